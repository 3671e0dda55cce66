package cn.screening.workstation.ui.conflicts;

import cn.screening.workstation.ui.shell.ShellContent;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
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
        column(recordColumn, ConflictRow::record);
        column(fieldColumn, ConflictRow::field);
        column(localColumn, ConflictRow::localValue);
        column(localByColumn, ConflictRow::localBy);
        column(serverColumn, ConflictRow::serverValue);
        column(serverByColumn, ConflictRow::serverBy);
        table.setItems(vm.rows());
        vm.selected().bind(table.getSelectionModel().selectedItemProperty());
        var nothingPicked = table.getSelectionModel().selectedItemProperty().isNull().or(vm.busy());
        keepLocalButton.disableProperty().bind(nothingPicked);
        takeServerButton.disableProperty().bind(nothingPicked);
        messageLabel.textProperty().bind(vm.message());
    }

    private static void column(TableColumn<ConflictRow, String> column, Function<ConflictRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @Override
    public void activated() {
        vm.load();
    }

    @Override
    public void refresh() {
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
