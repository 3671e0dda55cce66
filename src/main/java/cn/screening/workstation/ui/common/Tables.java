package cn.screening.workstation.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Wiring shared by the table screens. */
public final class Tables {

    private Tables() {
    }

    /** A column showing one text of the row. */
    public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Binds a table to its view model; the buttons act on the picked row, so they wait for one. */
    public static <R> void bind(TableView<R> table, RowListViewModel<R> vm, Label messageLabel, Button... needPick) {
        table.setItems(vm.rows());
        vm.selected().bind(table.getSelectionModel().selectedItemProperty());
        var nothingPicked = table.getSelectionModel().selectedItemProperty().isNull().or(vm.busy());
        for (Button b : needPick) {
            b.disableProperty().bind(nothingPicked);
        }
        messageLabel.textProperty().bind(vm.message());
    }
}
