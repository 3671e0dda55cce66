package cn.screening.workstation.ui.audit;

import cn.screening.workstation.service.audit.AuditLine;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The 审计日志 page (administrators): filters, a paged table, 导出 and 校验. */
public final class AuditController implements ShellContent {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditViewModel vm;
    private final I18n i18n;
    private final FileTargets files;
    private final ZoneId zone;

    @FXML private TextField userField;
    @FXML private ComboBox<String> actionBox;
    @FXML private TextField patientField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TableView<AuditLine> table;
    @FXML private TableColumn<AuditLine, String> seqColumn;
    @FXML private TableColumn<AuditLine, String> timeColumn;
    @FXML private TableColumn<AuditLine, String> userColumn;
    @FXML private TableColumn<AuditLine, String> actionColumn;
    @FXML private TableColumn<AuditLine, String> subjectColumn;
    @FXML private TableColumn<AuditLine, String> detailColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button exportXlsxButton;
    @FXML private Button exportCsvButton;
    @FXML private Button verifyButton;
    @FXML private Label pageLabel;
    @FXML private Label verdictLabel;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator progress;

    public AuditController(AuditViewModel vm, I18n i18n, FileTargets files, ZoneId zone) {
        this.vm = vm;
        this.i18n = i18n;
        this.files = files;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        actionBox.getItems().setAll(vm.actions());
        actionBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String a) {
                return vm.actionLabel(a);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        actionBox.valueProperty().bindBidirectional(vm.action());
        userField.textProperty().bindBidirectional(vm.username());
        patientField.textProperty().bindBidirectional(vm.patient());
        fromPicker.valueProperty().bindBidirectional(vm.from());
        toPicker.valueProperty().bindBidirectional(vm.to());
        Tables.text(seqColumn, l -> String.valueOf(l.seq()));
        Tables.text(timeColumn, l -> TIME.format(l.at().atZone(zone)));
        Tables.text(userColumn, l -> l.username() == null ? "" : l.username());
        Tables.text(actionColumn, l -> vm.actionLabel(l.action()));
        Tables.text(subjectColumn, l -> l.subject() == null ? "" : l.subject());
        Tables.text(detailColumn, l -> l.detail() == null ? "" : l.detail());
        table.setItems(vm.rows());
        previousButton.disableProperty().bind(vm.hasPrevious().not().or(vm.busy()));
        nextButton.disableProperty().bind(vm.hasNext().not().or(vm.busy()));
        exportXlsxButton.disableProperty().bind(vm.busy());
        exportCsvButton.disableProperty().bind(vm.busy());
        verifyButton.disableProperty().bind(vm.busy());
        progress.visibleProperty().bind(vm.busy());
        pageLabel.textProperty().bind(vm.pageText());
        verdictLabel.textProperty().bind(vm.verdict());
        vm.broken().addListener((obs, was, now) -> verdictLabel.getStyleClass().setAll(now ? "message-error" : "message-ok"));
        messageLabel.textProperty().bind(vm.message());
        errorLabel.textProperty().bind(vm.error());
    }

    @Override
    public void activated() {
        vm.load();
    }

    @Override
    public boolean focusSearch() {
        userField.requestFocus();
        return true;
    }

    @FXML
    private void onSearch() {
        vm.search();
    }

    @FXML
    private void onPrevious() {
        vm.previous();
    }

    @FXML
    private void onNext() {
        vm.next();
    }

    @FXML
    private void onVerify() {
        vm.verify();
    }

    @FXML
    private void onExportXlsx() {
        export("xlsx");
    }

    @FXML
    private void onExportCsv() {
        export("csv");
    }

    private void export(String extension) {
        vm.export(extension, name -> files.saveAs(table.getScene().getWindow(), i18n.get("audit.export.title"), name,
                extension.toUpperCase(), "*." + extension));
    }
}
