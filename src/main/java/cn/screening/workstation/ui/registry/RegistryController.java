package cn.screening.workstation.ui.registry;

import cn.screening.workstation.service.registry.RegistryRow;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The registry page: one row per confirmed patient, 导出 XLSX through a save dialog. */
public final class RegistryController implements ShellContent {

    private final RegistryViewModel vm;
    private final I18n i18n;
    private final FileTargets files;

    @FXML private TableView<RegistryRow> table;
    @FXML private TableColumn<RegistryRow, String> nameColumn;
    @FXML private TableColumn<RegistryRow, String> idColumn;
    @FXML private TableColumn<RegistryRow, String> typeColumn;
    @FXML private TableColumn<RegistryRow, String> severityColumn;
    @FXML private TableColumn<RegistryRow, String> inhibitorColumn;
    @FXML private TableColumn<RegistryRow, String> regimenColumn;
    @FXML private TableColumn<RegistryRow, String> abrColumn;
    @FXML private TableColumn<RegistryRow, String> jointsColumn;
    @FXML private TableColumn<RegistryRow, String> followUpColumn;
    @FXML private Button exportButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;

    public RegistryController(RegistryViewModel vm, I18n i18n, FileTargets files) {
        this.vm = vm;
        this.i18n = i18n;
        this.files = files;
    }

    @FXML
    private void initialize() {
        Tables.text(nameColumn, RegistryRow::name);
        Tables.text(idColumn, RegistryRow::idNumber);
        Tables.text(typeColumn, r -> i18n.label(r.type()));
        Tables.text(severityColumn, r -> r.severity() == null ? "" : i18n.label(r.severity()));
        Tables.text(inhibitorColumn, r -> r.inhibitorHistory()
                ? i18n.get("registry.inhibitor.yes", r.peakTitre() == null ? "" : String.valueOf(r.peakTitre()))
                : i18n.get("registry.inhibitor.no"));
        Tables.text(regimenColumn, r -> r.regimen() == null ? "" : r.regimen());
        Tables.text(abrColumn, r -> r.annualBleedingRate() == null ? "" : i18n.get("registry.abr.value",
                String.valueOf(r.annualBleedingRate()),
                r.annualJointBleedingRate() == null ? "" : String.valueOf(r.annualJointBleedingRate())));
        Tables.text(jointsColumn, r -> String.join("、", r.targetJoints()));
        Tables.text(followUpColumn, r -> r.followUpStatus() == null ? i18n.get("registry.followUp.none")
                : r.nextDue() == null ? i18n.label(r.followUpStatus())
                : i18n.get("registry.followUp.next", i18n.label(r.followUpStatus()), r.nextDue().toString()));
        table.setItems(vm.rows());
        exportButton.disableProperty().bind(vm.busy());
        progress.visibleProperty().bind(vm.busy());
        messageLabel.textProperty().bind(vm.message());
        errorLabel.textProperty().bind(vm.error());
    }

    @Override
    public void activated() {
        vm.load();
    }

    @FXML
    private void onExport() {
        vm.export(name -> files.saveAs(table.getScene().getWindow(), i18n.get("registry.export.title"), name,
                i18n.get("registry.export.xlsx"), "*.xlsx"));
    }
}
