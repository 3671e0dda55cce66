package cn.screening.workstation.ui.followup;

import cn.screening.workstation.domain.followup.BleedCause;
import cn.screening.workstation.domain.followup.BleedEpisode;
import cn.screening.workstation.domain.followup.VisitMode;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The follow-up page: the due / overdue / 失访 list on the left, the visit form on the right. */
public final class FollowUpsController implements ShellContent {

    private final FollowUpsViewModel vm;
    private final I18n i18n;

    @FXML private ComboBox<FollowUpFilter> filterBox;
    @FXML private TableView<FollowUpRow> table;
    @FXML private TableColumn<FollowUpRow, String> patientColumn;
    @FXML private TableColumn<FollowUpRow, String> caseColumn;
    @FXML private TableColumn<FollowUpRow, String> kindColumn;
    @FXML private TableColumn<FollowUpRow, String> dueColumn;
    @FXML private TableColumn<FollowUpRow, String> statusColumn;
    @FXML private TableColumn<FollowUpRow, String> lastColumn;
    @FXML private Label messageLabel;
    @FXML private VBox visitForm;
    @FXML private Label visitTitle;
    @FXML private Label contactLabel;
    @FXML private DatePicker visitDatePicker;
    @FXML private ComboBox<VisitMode> modeBox;
    @FXML private CheckBox reachedBox;
    @FXML private VBox reachedPart;
    @FXML private DatePicker bleedDatePicker;
    @FXML private TextField bleedSiteField;
    @FXML private CheckBox bleedJointBox;
    @FXML private ComboBox<BleedCause> bleedCauseBox;
    @FXML private TextField bleedTreatmentField;
    @FXML private TableView<BleedEpisode> bleedTable;
    @FXML private TableColumn<BleedEpisode, String> bleedDateColumn;
    @FXML private TableColumn<BleedEpisode, String> bleedSiteColumn;
    @FXML private TableColumn<BleedEpisode, String> bleedCauseColumn;
    @FXML private TableColumn<BleedEpisode, String> bleedTreatmentColumn;
    @FXML private Button removeBleedButton;
    @FXML private TextField jointStatusField;
    @FXML private TextField targetJointsField;
    @FXML private TextField factorUseField;
    @FXML private TextArea notesArea;
    @FXML private Label problemLabel;
    @FXML private Button saveButton;

    public FollowUpsController(FollowUpsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        Forms.enumChoice(filterBox, FollowUpFilter.class, i18n, vm.filter());
        Tables.text(patientColumn, FollowUpRow::patient);
        Tables.text(caseColumn, FollowUpRow::caseNo);
        Tables.text(kindColumn, FollowUpRow::kind);
        Tables.text(dueColumn, FollowUpRow::nextDue);
        Tables.text(statusColumn, FollowUpRow::status);
        Tables.text(lastColumn, FollowUpRow::lastVisit);
        table.setItems(vm.rows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FollowUpRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("verdict-error");
                if (!empty && row != null && row.overdue()) {
                    getStyleClass().add("verdict-error");
                }
            }
        });
        vm.selected().bind(table.getSelectionModel().selectedItemProperty());
        visitForm.disableProperty().bind(vm.selected().isNull());
        visitTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selected().get() == null
                ? i18n.get("followup.visit.pick") : i18n.get("followup.visit.for", vm.selected().get().patient()), vm.selected()));
        messageLabel.textProperty().bind(vm.message());
        contactLabel.textProperty().bind(vm.contact());
        Forms.isoDate(visitDatePicker, vm.visitDate());
        Forms.enumChoice(modeBox, VisitMode.class, i18n, vm.mode());
        reachedBox.selectedProperty().bindBidirectional(vm.reached());
        reachedPart.disableProperty().bind(vm.reached().not());
        Forms.isoDate(bleedDatePicker, vm.bleeds().date());
        bleedSiteField.textProperty().bindBidirectional(vm.bleeds().site());
        bleedJointBox.selectedProperty().bindBidirectional(vm.bleeds().joint());
        Forms.enumChoice(bleedCauseBox, BleedCause.class, i18n, vm.bleeds().cause());
        bleedTreatmentField.textProperty().bindBidirectional(vm.bleeds().treatment());
        bleedTable.setItems(vm.bleeds().bleeds());
        bleedDateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().date().toString()));
        bleedSiteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().joint()
                ? i18n.get("followup.bleed.jointSite", c.getValue().site()) : c.getValue().site()));
        bleedCauseColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.label(c.getValue().cause())));
        bleedTreatmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().treatment() == null ? "" : c.getValue().treatment()));
        removeBleedButton.disableProperty().bind(bleedTable.getSelectionModel().selectedItemProperty().isNull());
        jointStatusField.textProperty().bindBidirectional(vm.jointStatus());
        targetJointsField.textProperty().bindBidirectional(vm.targetJoints());
        factorUseField.textProperty().bindBidirectional(vm.factorUse());
        notesArea.textProperty().bindBidirectional(vm.notes());
        problemLabel.textProperty().bind(vm.problem());
        saveButton.disableProperty().bind(vm.busy());
    }

    @Override
    public void activated() {
        vm.load();
    }

    @FXML
    private void onAddBleed() {
        vm.addBleed();
        bleedDatePicker.requestFocus();
    }

    @FXML
    private void onRemoveBleed() {
        vm.removeBleed(bleedTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onSave() {
        vm.save();
    }
}
