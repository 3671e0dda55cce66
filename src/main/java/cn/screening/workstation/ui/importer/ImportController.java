package cn.screening.workstation.ui.importer;

import cn.screening.workstation.transfer.ImportVerdictLine;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.shell.ShellContent;
import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;

/** The import wizard page: choose, preview with per-row verdicts, import, summary and report. */
public final class ImportController implements ShellContent {

    private final ImportViewModel vm;
    private final I18n i18n;

    @FXML private Label fileLabel;
    @FXML private Button chooseButton;
    @FXML private Button importButton;
    @FXML private Button reportButton;
    @FXML private Button restartButton;
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<ImportVerdictLine> table;
    @FXML private TableColumn<ImportVerdictLine, String> rowColumn;
    @FXML private TableColumn<ImportVerdictLine, String> statusColumn;
    @FXML private TableColumn<ImportVerdictLine, String> fieldColumn;
    @FXML private TableColumn<ImportVerdictLine, String> messageColumn;

    public ImportController(ImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(Bindings.createStringBinding(
                () -> vm.file().get() == null ? i18n.get("import.file.none") : vm.file().get().toString(), vm.file()));
        table.setItems(vm.lines());
        rowColumn.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().row())));
        statusColumn.setCellValueFactory(c -> new SimpleStringProperty(i18n.label(c.getValue().status())));
        fieldColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().field()));
        messageColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().message()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportVerdictLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("verdict-ok", "verdict-warning", "verdict-error", "verdict-skipped");
                if (!empty && line != null) {
                    getStyleClass().add("verdict-" + line.status().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        summaryLabel.textProperty().bind(vm.summary());
        messageLabel.textProperty().bind(vm.message());
        var preview = vm.step().isEqualTo(ImportViewModel.Step.PREVIEW);
        chooseButton.disableProperty().bind(vm.busy());
        importButton.disableProperty().bind(preview.not().or(vm.busy()));
        reportButton.disableProperty().bind(vm.hasPreview().not().or(vm.busy()));
        restartButton.disableProperty().bind(vm.step().isEqualTo(ImportViewModel.Step.CHOOSE).or(vm.busy()));
    }

    @FXML
    private void onChoose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("import.file.types"), "*.csv", "*.xlsx"));
        File chosen = chooser.showOpenDialog(table.getScene().getWindow());
        vm.choose(chosen == null ? null : chosen.toPath());
    }

    @FXML
    private void onImport() {
        vm.commit();
    }

    @FXML
    private void onSaveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("import.report.save"));
        chooser.setInitialFileName(i18n.get("import.report.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File target = chooser.showSaveDialog(table.getScene().getWindow());
        vm.saveReport(target == null ? null : target.toPath());
    }

    @FXML
    private void onRestart() {
        vm.restart();
    }
}
