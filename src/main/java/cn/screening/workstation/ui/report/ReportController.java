package cn.screening.workstation.ui.report;

import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportLine;
import cn.screening.workstation.domain.report.ReportTable;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.PatientView;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The 月报表 page: the period and version pickers, the state line (与已报数据不一致 in red), tables A, B
 * and C in tabs; a double click or Enter on a figure lists the ledger rows behind it.
 */
public final class ReportController implements ShellContent {

    /** Shows the rows behind a figure; {@code open} opens one's patient. */
    @FunctionalInterface
    public interface RowsBehindView {
        void show(String heading, List<LedgerRow> rows, Consumer<LedgerRow> open);
    }

    private final ReportViewModel vm;
    private final I18n i18n;
    private final FileTargets files;
    private final RowsBehindView rowsBehind;
    private final PatientView patients;
    private final ReportTables tables;

    @FXML private ComboBox<String> periodBox;
    @FXML private ComboBox<ReportViewModel.Shown> versionBox;
    @FXML private Label stateLabel;
    @FXML private Label differsLabel;
    @FXML private TableView<ReportLine> tableA;
    @FXML private TableView<ReportLine> tableB;
    @FXML private TableView<ReportLine> tableC;
    @FXML private Label messageLabel;
    @FXML private Button showButton;
    @FXML private Button submitButton;
    @FXML private Button reviseButton;
    @FXML private Button xlsxButton;
    @FXML private Button pdfButton;

    public ReportController(ReportViewModel vm, I18n i18n, FileTargets files, RowsBehindView rowsBehind, PatientView patients) {
        this.vm = vm;
        this.i18n = i18n;
        this.files = files;
        this.rowsBehind = rowsBehind;
        this.patients = patients;
        this.tables = new ReportTables(i18n);
    }

    @FXML
    private void initialize() {
        periodBox.getItems().setAll(vm.recentPeriods());
        periodBox.valueProperty().bindBidirectional(vm.period());
        periodBox.setOnAction(e -> vm.load());
        versionBox.setItems(vm.versions());
        versionBox.valueProperty().bindBidirectional(vm.version());
        vm.version().addListener((obs, old, now) -> showFigures(now == null ? null : now.figures()));
        stateLabel.textProperty().bind(vm.stateText());
        differsLabel.visibleProperty().bind(vm.differs());
        differsLabel.managedProperty().bind(vm.differs());
        messageLabel.textProperty().bind(vm.message());
        vm.failed().addListener((obs, old, now) -> messageLabel.getStyleClass().setAll(now ? List.of("label", "message-error")
                : List.of("label", "message-ok")));
        var noReport = vm.state().isNull().or(vm.busy());
        submitButton.disableProperty().bind(noReport.or(vm.submitted()));
        reviseButton.disableProperty().bind(noReport.or(vm.submitted().not()));
        xlsxButton.disableProperty().bind(noReport);
        pdfButton.disableProperty().bind(noReport);
        showButton.disableProperty().bind(vm.busy());
        for (TableView<ReportLine> t : List.of(tableA, tableB, tableC)) {
            t.getSelectionModel().setCellSelectionEnabled(true);
            t.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    openCell(t);
                }
            });
            t.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    openCell(t);
                }
            });
        }
    }

    @Override
    public void activated() {
        vm.load();
    }

    @Override
    public void pulled(Set<String> entityTypes) {
        if (entityTypes.contains(EntityTypes.MONTHLY_REPORT) || entityTypes.contains(EntityTypes.LEDGER_ENTRY)) {
            vm.load();
        }
    }

    private void showFigures(ReportFigures figures) {
        Map<String, TableView<ReportLine>> views = Map.of("A", tableA, "B", tableB, "C", tableC);
        views.forEach((key, view) -> {
            if (figures == null) {
                view.getItems().clear();
            } else {
                ReportTable table = figures.table(key);
                tables.fill(view, table);
                view.setUserData(key);
            }
        });
    }

    /** The picked cell's rows behind: its table, line and column; the line's name column lists nothing. */
    private void openCell(TableView<ReportLine> view) {
        List<TablePosition> picked = view.getSelectionModel().getSelectedCells();
        if (picked.isEmpty() || picked.get(0).getTableColumn() == null) {
            return;
        }
        TablePosition<?, ?> cell = picked.get(0);
        String column = ReportTables.columnKey(cell.getTableColumn());
        ReportLine line = view.getItems().get(cell.getRow());
        if (column == null || line == null) {
            return;
        }
        String table = (String) view.getUserData();
        String heading = i18n.get("report.rows.heading", ReportLine.TOTAL.equals(line.key()) ? i18n.get("report.total") : line.label(),
                i18n.get("report.column." + column));
        vm.rowsBehind(table, line.key(), column, rows -> rowsBehind.show(heading, rows,
                row -> vm.open(row, patients, vm.message()::set)));
    }

    @FXML
    private void onShow() {
        vm.load();
    }

    @FXML
    private void onSubmit() {
        vm.submit(this::confirmSubmit);
    }

    /** Submitting freezes the figures: the user says yes to this period. */
    private boolean confirmSubmit(String question) {
        ButtonType yes = new ButtonType(i18n.get("report.submit.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.get("report.submit.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.initOwner(window());
        alert.setTitle(i18n.get("report.submit.title"));
        alert.setHeaderText(i18n.get("report.submit.header"));
        alert.getDialogPane().setId("submitDialog");
        alert.getDialogPane().lookupButton(yes).setId("confirmSubmitButton");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** 修订 asks for the reason; an empty one goes to the rules, which refuse it naming the field. */
    @FXML
    private void onRevise() {
        ButtonType ok = new ButtonType(i18n.get("report.revise.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("report.revise.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        TextField reason = new TextField();
        reason.setId("reasonField");
        reason.setPrefColumnCount(30);
        Label label = new Label(i18n.get("report.revise.reason"));
        label.setLabelFor(reason);
        Label hint = new Label(i18n.get("report.revise.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(i18n.get("report.revise.title"));
        dialog.getDialogPane().setId("reviseDialog");
        dialog.getDialogPane().setContent(new VBox(8, hint, label, reason));
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("reviseOkButton");
        dialog.getDialogPane().getStylesheets().addAll(window() == null ? List.of() : window().getScene().getStylesheets());
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.showAndWait().filter(ok::equals).ifPresent(b -> vm.revise(reason.getText()));
    }

    @FXML
    private void onExportXlsx() {
        files.saveAs(window(), i18n.get("report.export.xlsx.title"), vm.fileName("xlsx"), "XLSX", "*.xlsx").ifPresent(vm::exportXlsx);
    }

    @FXML
    private void onExportPdf() {
        files.saveAs(window(), i18n.get("report.export.pdf.title"), vm.fileName("pdf"), "PDF", "*.pdf").ifPresent(vm::exportPdf);
    }

    private Window window() {
        return stateLabel.getScene() == null ? null : stateLabel.getScene().getWindow();
    }
}
