package cn.screening.workstation.ui.report;

import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Numbers;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.Dialogs;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The ledger rows behind one figure of the report, masked as the 救治台账 list shows them; Enter or a double click opens the patient. */
public final class RowsBehindDialog {

    private final Dialogs dialogs;

    public RowsBehindDialog(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    public void show(String heading, List<LedgerRow> rows, Consumer<LedgerRow> open) {
        I18n i18n = dialogs.i18n();
        TableView<LedgerRow> table = new TableView<>();
        table.setId("rowsBehindTable");
        table.setPlaceholder(new Label(i18n.get("report.rows.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(i18n.get("ledger.column.name"), 70, LedgerRow::name));
        table.getColumns().add(column(i18n.get("ledger.column.township"), 90, LedgerRow::township));
        table.getColumns().add(column(i18n.get("ledger.column.disease"), 110, LedgerRow::disease));
        table.getColumns().add(column(i18n.get("ledger.column.status"), 90, r -> i18n.label(r.status())));
        table.getColumns().add(column(i18n.get("ledger.column.certification"), 80, r -> i18n.label(r.certification())));
        table.getColumns().add(column(i18n.get("ledger.column.hospital"), 150, r -> Objects.toString(r.hospital(), "")));
        table.getColumns().add(column(i18n.get("ledger.column.total"), 100, r -> r.totalFen() == 0 ? "" : Numbers.yuan(r.totalFen())));
        table.getItems().setAll(rows);
        table.setPrefSize(760, 360);
        Runnable openPicked = () -> {
            LedgerRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                open.accept(row);
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openPicked.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openPicked.run();
            }
        });
        Button openButton = new Button(i18n.get("ledger.open"));
        openButton.setId("openRowButton");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> openPicked.run());
        Label title = new Label(heading);
        title.getStyleClass().add("subsection-title");
        title.setWrapText(true);
        Label hint = new Label(i18n.get("report.rows.hint", rows.size()));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox content = new VBox(8, title, hint, table, new HBox(openButton));
        Dialog<ButtonType> dialog = dialogs.closable(i18n.get("report.rows.title"), content);
        dialog.setResizable(true);
        dialog.setOnShown(e -> table.requestFocus());
        dialogs.show(dialog);
    }

    private static TableColumn<LedgerRow, String> column(String heading, double width,
                                                         java.util.function.Function<LedgerRow, String> value) {
        TableColumn<LedgerRow, String> c = new TableColumn<>(heading);
        c.setPrefWidth(width);
        Tables.text(c, value);
        return c;
    }
}
