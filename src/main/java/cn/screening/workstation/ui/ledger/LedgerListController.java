package cn.screening.workstation.ui.ledger;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.PatientView;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The 救治台账 page: five filters, the masked table; Enter or a double click opens the patient. */
public final class LedgerListController implements ShellContent {

    private final LedgerListViewModel vm;
    private final I18n i18n;
    private final PatientView patientView;
    private final BiConsumer<LedgerRow, Runnable> admissionForm;

    @FXML private ComboBox<Disease> diseaseFilter;
    @FXML private ComboBox<TreatmentStatus> statusFilter;
    @FXML private ComboBox<Division> townshipFilter;
    @FXML private ComboBox<String> hospitalFilter;
    @FXML private ComboBox<Certification> certificationFilter;
    @FXML private TableView<LedgerRow> table;
    @FXML private TableColumn<LedgerRow, String> nameColumn;
    @FXML private TableColumn<LedgerRow, String> townshipColumn;
    @FXML private TableColumn<LedgerRow, String> diseaseColumn;
    @FXML private TableColumn<LedgerRow, String> statusColumn;
    @FXML private TableColumn<LedgerRow, String> certificationColumn;
    @FXML private TableColumn<LedgerRow, String> hospitalColumn;
    @FXML private TableColumn<LedgerRow, String> admittedColumn;
    @FXML private TableColumn<LedgerRow, String> totalColumn;
    @FXML private Button openButton;
    @FXML private Button admissionButton;
    @FXML private Label messageLabel;

    /** @param admissionForm opens the admission form of a row, telling the second argument after each save */
    public LedgerListController(LedgerListViewModel vm, I18n i18n, PatientView patientView,
                                BiConsumer<LedgerRow, Runnable> admissionForm) {
        this.vm = vm;
        this.i18n = i18n;
        this.patientView = patientView;
        this.admissionForm = admissionForm;
    }

    @FXML
    private void initialize() {
        String all = i18n.get("cases.filter.all");
        Forms.choiceWithAll(diseaseFilter, vm.diseases(), d -> d.name(i18n.locale()), all);
        diseaseFilter.valueProperty().bindBidirectional(vm.disease());
        Forms.choiceWithAll(statusFilter, vm.statuses(), i18n::label, all);
        statusFilter.valueProperty().bindBidirectional(vm.status());
        Forms.choiceWithAll(townshipFilter, vm.townships(), Division::name, all);
        townshipFilter.valueProperty().bindBidirectional(vm.township());
        Forms.choiceWithAll(hospitalFilter, vm.hospitals(), h -> h, all);
        hospitalFilter.valueProperty().bindBidirectional(vm.hospital());
        Forms.choiceWithAll(certificationFilter, vm.certifications(), i18n::label, all);
        certificationFilter.valueProperty().bindBidirectional(vm.certification());
        table.setItems(vm.rows());
        Tables.text(nameColumn, LedgerRow::name);
        Tables.text(townshipColumn, LedgerRow::township);
        Tables.text(diseaseColumn, LedgerRow::disease);
        Tables.text(statusColumn, r -> i18n.label(r.status()));
        Tables.text(certificationColumn, r -> i18n.label(r.certification()));
        Tables.text(hospitalColumn, r -> Objects.toString(r.hospital(), ""));
        Tables.text(admittedColumn, r -> Objects.toString(r.lastAdmittedOn(), ""));
        Tables.text(totalColumn, r -> r.totalFen() == 0 ? "" : Yuan.show(r.totalFen())); // blank until a settlement is known
        totalColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onOpen();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onOpen();
            }
        });
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        openButton.disableProperty().bind(noSelection);
        admissionButton.disableProperty().bind(noSelection);
        admissionButton.setVisible(vm.mayKeep());
        admissionButton.setManaged(vm.mayKeep());
        messageLabel.textProperty().bind(vm.message());
        vm.load();
    }

    @Override
    public void activated() {
        vm.reload();
    }

    @Override
    public void pulled(Set<String> entityTypes) {
        if (entityTypes.contains(EntityTypes.LEDGER_ENTRY)) {
            vm.reload();
        }
    }

    @FXML
    private void onClearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void onOpen() {
        vm.open(table.getSelectionModel().getSelectedItem(), patientView, this::admission);
    }

    @FXML
    private void onAdmission() {
        admission(table.getSelectionModel().getSelectedItem());
    }

    private void admission(LedgerRow row) {
        if (row != null && vm.mayKeep()) {
            admissionForm.accept(row, vm::reload);
        }
    }
}
