package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The referral page: the list on the left; details, timeline, this side's moves and the 下转单 on the right. */
public final class ReferralsController implements ShellContent {

    private final ReferralsViewModel vm;
    private final I18n i18n;
    private final FileTargets files;

    @FXML private ComboBox<ReferralDirection> directionBox;
    @FXML private TableView<ReferralRow> table;
    @FXML private TableColumn<ReferralRow, String> numberColumn;
    @FXML private TableColumn<ReferralRow, String> patientColumn;
    @FXML private TableColumn<ReferralRow, String> directionColumn;
    @FXML private TableColumn<ReferralRow, String> statusColumn;
    @FXML private TableColumn<ReferralRow, String> urgencyColumn;
    @FXML private TableColumn<ReferralRow, String> validColumn;
    @FXML private VBox detailPane;
    @FXML private Label detailsLabel;
    @FXML private TableView<TimelineRow> timelineTable;
    @FXML private TableColumn<TimelineRow, String> whenColumn;
    @FXML private TableColumn<TimelineRow, String> whoColumn;
    @FXML private TableColumn<TimelineRow, String> moveColumn;
    @FXML private TableColumn<TimelineRow, String> noteColumn;
    @FXML private TextField noteField;
    @FXML private FlowPane moveButtons;
    @FXML private Button editDraftButton;
    @FXML private Button printLetterButton;
    @FXML private Button printBackButton;
    @FXML private VBox backForm;
    @FXML private TextField backDiagnosisField;
    @FXML private TextField backInpatientField;
    @FXML private TextArea backResultsArea;
    @FXML private TextArea backTreatmentArea;
    @FXML private TextArea backPlanArea;
    @FXML private TextArea backRehabArea;
    @FXML private TextField backPhoneField;
    @FXML private ComboBox<CaseStatus> backConclusionBox;
    @FXML private Button backReferButton;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;

    public ReferralsController(ReferralsViewModel vm, I18n i18n, FileTargets files) {
        this.vm = vm;
        this.i18n = i18n;
        this.files = files;
    }

    @FXML
    private void initialize() {
        Forms.enumChoice(directionBox, ReferralDirection.class, i18n, vm.direction());
        Tables.text(numberColumn, ReferralRow::number);
        Tables.text(patientColumn, ReferralRow::patient);
        Tables.text(directionColumn, ReferralRow::direction);
        Tables.text(statusColumn, ReferralRow::status);
        Tables.text(urgencyColumn, ReferralRow::urgency);
        Tables.text(validColumn, ReferralRow::validUntil);
        table.setItems(vm.rows());
        vm.selected().bind(table.getSelectionModel().selectedItemProperty());
        vm.reselected().addListener((obs, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
            }
        });
        detailPane.disableProperty().bind(vm.selected().isNull());
        detailsLabel.textProperty().bind(vm.details());
        Tables.text(whenColumn, TimelineRow::when);
        Tables.text(whoColumn, TimelineRow::who);
        Tables.text(moveColumn, TimelineRow::move);
        Tables.text(noteColumn, TimelineRow::note);
        timelineTable.setItems(vm.timeline());
        noteField.textProperty().bindBidirectional(vm.note());
        vm.moves().addListener((ListChangeListener<MoveChoice>) c -> buttons());
        editDraftButton.visibleProperty().bind(vm.actions().editDraft());
        editDraftButton.managedProperty().bind(vm.actions().editDraft());
        printLetterButton.disableProperty().bind(vm.actions().printLetter().not().or(vm.busy()));
        printBackButton.disableProperty().bind(vm.actions().printBack().not().or(vm.busy()));
        backForm.visibleProperty().bind(vm.actions().backRefer());
        backForm.managedProperty().bind(vm.actions().backRefer());
        backDiagnosisField.textProperty().bindBidirectional(vm.backForm().diagnosis());
        backInpatientField.textProperty().bindBidirectional(vm.backForm().inpatientNo());
        backResultsArea.textProperty().bindBidirectional(vm.backForm().keyResults());
        backTreatmentArea.textProperty().bindBidirectional(vm.backForm().treatment());
        backPlanArea.textProperty().bindBidirectional(vm.backForm().nextPlan());
        backRehabArea.textProperty().bindBidirectional(vm.backForm().rehabilitation());
        backPhoneField.textProperty().bindBidirectional(vm.backForm().phone());
        backConclusionBox.setItems(javafx.collections.FXCollections.observableArrayList(null, CaseStatus.CONFIRMED, CaseStatus.EXCLUDED));
        backConclusionBox.setConverter(i18n.converter(CaseStatus.class, i18n.get("referral.back.conclusion.none")));
        backConclusionBox.valueProperty().bindBidirectional(vm.backForm().conclusion());
        backReferButton.disableProperty().bind(vm.busy());
        errorLabel.textProperty().bind(vm.error());
        messageLabel.textProperty().bind(vm.message());
    }

    /** One button per move this side may make now, e.g. #move-ACCEPT. */
    private void buttons() {
        moveButtons.getChildren().setAll(vm.moves().stream().map(choice -> {
            Button b = new Button(i18n.label(choice));
            b.setId("move-" + choice.name());
            b.disableProperty().bind(vm.busy());
            b.setOnAction(e -> vm.move(choice));
            if (choice == MoveChoice.REJECT || choice == MoveChoice.WITHDRAW || choice == MoveChoice.NO_SHOW) {
                b.getStyleClass().add("move-" + choice.name().toLowerCase(Locale.ROOT));
            }
            return b;
        }).toList());
    }

    @Override
    public void activated() {
        vm.load();
    }

    @FXML
    private void onEditDraft() {
        vm.editDraft();
    }

    @FXML
    private void onPrintLetter() {
        vm.print(false, name -> files.saveAs(table.getScene().getWindow(), i18n.get("referral.print.saveTitle"), name,
                i18n.get("referral.print.pdf"), "*.pdf"));
    }

    @FXML
    private void onPrintBack() {
        vm.print(true, name -> files.saveAs(table.getScene().getWindow(), i18n.get("referral.print.saveTitle"), name,
                i18n.get("referral.print.pdf"), "*.pdf"));
    }

    @FXML
    private void onBackRefer() {
        vm.backRefer();
    }
}
