package cn.screening.workstation.ui.today;

import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The first page after login: the list of what waits, Enter or a double click opens the item's screen. */
public final class TodayController implements ShellContent {

    private final TodayViewModel vm;

    @FXML private Label summaryLabel;
    @FXML private TableView<TodayRow> table;
    @FXML private TableColumn<TodayRow, String> whatColumn;
    @FXML private TableColumn<TodayRow, String> detailColumn;
    @FXML private TableColumn<TodayRow, String> whenColumn;
    @FXML private Button openButton;

    public TodayController(TodayViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Tables.text(whatColumn, TodayRow::what);
        Tables.text(detailColumn, TodayRow::detail);
        Tables.text(whenColumn, TodayRow::when);
        table.setItems(vm.rows());
        summaryLabel.textProperty().bind(vm.summary());
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
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
    }

    @Override
    public void activated() {
        vm.load();
    }

    @FXML
    private void onOpen() {
        vm.open(table.getSelectionModel().getSelectedItem());
    }
}
