package cn.screening.workstation.ui.conflicts;

import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The conflict screen: the table of open conflicts and the two picks for the selected row. */
public final class ConflictsController implements ShellContent {

    private final ConflictsViewModel vm;

    @FXML private TableView<ConflictRow> table;
    @FXML private TableColumn<ConflictRow, String> recordColumn;
    @FXML private TableColumn<ConflictRow, String> fieldColumn;
    @FXML private TableColumn<ConflictRow, String> localColumn;
    @FXML private TableColumn<ConflictRow, String> localByColumn;
    @FXML private TableColumn<ConflictRow, String> serverColumn;
    @FXML private TableColumn<ConflictRow, String> serverByColumn;
    @FXML private Button keepLocalButton;
    @FXML private Button takeServerButton;
    @FXML private Label messageLabel;

    public ConflictsController(ConflictsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Tables.text(recordColumn, ConflictRow::record);
        Tables.text(fieldColumn, ConflictRow::field);
        Tables.text(localColumn, ConflictRow::localValue);
        Tables.text(localByColumn, ConflictRow::localBy);
        Tables.text(serverColumn, ConflictRow::serverValue);
        Tables.text(serverByColumn, ConflictRow::serverBy);
        Tables.bind(table, vm, messageLabel, keepLocalButton, takeServerButton);
    }

    @Override
    public void activated() {
        vm.load();
    }

    @FXML
    private void onKeepLocal() {
        vm.keepLocal();
    }

    @FXML
    private void onTakeServer() {
        vm.takeServer();
    }
}
