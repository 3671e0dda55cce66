package cn.screening.workstation.ui.quarantine;

import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The quarantine screen: refused records with the server's reasons, 打开记录 and 重新提交. */
public final class QuarantineController implements ShellContent {

    private final QuarantineViewModel vm;

    @FXML private TableView<QuarantineRow> table;
    @FXML private TableColumn<QuarantineRow, String> recordColumn;
    @FXML private TableColumn<QuarantineRow, String> reasonColumn;
    @FXML private TableColumn<QuarantineRow, String> changedColumn;
    @FXML private Button openButton;
    @FXML private Button requeueButton;
    @FXML private Label messageLabel;

    public QuarantineController(QuarantineViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Tables.text(recordColumn, QuarantineRow::record);
        Tables.text(reasonColumn, QuarantineRow::reasons);
        Tables.text(changedColumn, QuarantineRow::changed);
        Tables.bind(table, vm, messageLabel, openButton, requeueButton);
        // Ctrl+A or Shift+click: a rule the province corrected may have refused a whole imported list
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }

    @Override
    public void activated() {
        vm.load();
    }

    @FXML
    private void onOpen() {
        vm.open();
    }

    @FXML
    private void onRequeue() {
        vm.requeue(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }
}
