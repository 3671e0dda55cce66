package cn.screening.workstation.ui.certification;

import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.ledger.CertificationRow;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import java.time.LocalDate;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/** The 核对认定 page: the rows of the verdict chosen; 核对认定… (or Enter, or a double click) opens the dialog. */
public final class CertificationsController implements ShellContent {

    private final CertificationsViewModel vm;
    private final I18n i18n;

    @FXML private ComboBox<Certification> filterBox;
    @FXML private TableView<CertificationRow> table;
    @FXML private TableColumn<CertificationRow, String> nameColumn;
    @FXML private TableColumn<CertificationRow, String> idColumn;
    @FXML private TableColumn<CertificationRow, String> groupColumn;
    @FXML private TableColumn<CertificationRow, String> townshipColumn;
    @FXML private TableColumn<CertificationRow, String> diseaseColumn;
    @FXML private TableColumn<CertificationRow, String> diagnosedColumn;
    @FXML private TableColumn<CertificationRow, String> waitingColumn;
    @FXML private TableColumn<CertificationRow, String> verdictColumn;
    @FXML private Button certifyButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label messageLabel;

    public CertificationsController(CertificationsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        Forms.enumChoice(filterBox, Certification.class, i18n, vm.filter());
        Tables.text(nameColumn, CertificationRow::name);
        Tables.text(idColumn, CertificationRow::idNumber);
        Tables.text(groupColumn, r -> r.group() == null ? "" : i18n.label(r.group()));
        Tables.text(townshipColumn, CertificationRow::township);
        Tables.text(diseaseColumn, CertificationRow::disease);
        Tables.text(diagnosedColumn, r -> date(r.diagnosedOn()));
        Tables.text(waitingColumn, r -> r.certification() == Certification.PENDING
                ? i18n.get("certification.days", r.daysWaiting()) : date(r.on()));
        Tables.text(verdictColumn, this::verdict);
        table.setItems(vm.rows());
        table.setRowFactory(t -> {
            TableRow<CertificationRow> row = new TableRow<>();
            // a long reason does not fit its column: the whole verdict shows when the pointer rests on the row
            row.itemProperty().addListener((obs, old, now) -> row.setTooltip(now == null || verdict(now).isEmpty()
                    ? null : new Tooltip(verdict(now))));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.certify(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.certify(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        vm.selected().bind(table.getSelectionModel().selectedItemProperty());
        certifyButton.setVisible(vm.mayCertify());
        certifyButton.setManaged(vm.mayCertify());
        certifyButton.disableProperty().bind(vm.selected().isNull().or(vm.busy()));
        progress.visibleProperty().bind(vm.busy());
        messageLabel.textProperty().bind(vm.message());
    }

    private String verdict(CertificationRow r) {
        if (r.certification() == Certification.PENDING) {
            return "";
        }
        String who = r.by() == null ? "" : r.by();
        String offices = r.officesConsulted().isEmpty() ? "" : i18n.get("certification.offices.with", String.join("、", r.officesConsulted()));
        String reason = r.reason() == null ? "" : i18n.get("certification.reason.with", r.reason());
        return who + offices + reason;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    @Override
    public void activated() {
        vm.load();
        table.requestFocus();
    }

    @Override
    public void pulled(Set<String> entityTypes) {
        if (entityTypes.contains(EntityTypes.LEDGER_ENTRY)) {
            vm.load();
        }
    }

    @FXML
    private void onCertify() {
        vm.certify(vm.selected().get());
    }
}
