package cn.screening.workstation.ui.quarantine;

import cn.screening.workstation.ui.shell.ShellContent;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
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
        column(recordColumn, QuarantineRow::record);
        column(reasonColumn, QuarantineRow::reasons);
        column(changedColumn, QuarantineRow::changed);
        table.setItems(vm.rows());
        vm.selected().bind(table.getSelectionModel().selectedItemProperty());
        var nothingPicked = table.getSelectionModel().selectedItemProperty().isNull().or(vm.busy());
        openButton.disableProperty().bind(nothingPicked);
        requeueButton.disableProperty().bind(nothingPicked);
        messageLabel.textProperty().bind(vm.message());
    }

    private static void column(TableColumn<QuarantineRow, String> column, Function<QuarantineRow, String> value) {
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
    private void onOpen() {
        vm.open();
    }

    @FXML
    private void onRequeue() {
        vm.requeue();
    }
}
