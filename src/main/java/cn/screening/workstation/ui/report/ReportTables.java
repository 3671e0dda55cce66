package cn.screening.workstation.ui.report;

import cn.screening.workstation.domain.report.Figure;
import cn.screening.workstation.domain.report.Measure;
import cn.screening.workstation.domain.report.ReportColumn;
import cn.screening.workstation.domain.report.ReportLine;
import cn.screening.workstation.domain.report.ReportTable;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.TextAlignment;

/**
 * Fills a report table's {@link TableView}: the line's name, then one column per figure with its
 * heading wrapped over up to three lines so that table A's 29 columns stay readable at 1366 pixels
 * (the rest scrolls); counts whole, amounts in yuan with two decimals, rates as percentages, 合计 bold.
 */
final class ReportTables {

    /** The column's {@link ReportColumn#key()}, kept in its user data for the cell a double click names. */
    static String columnKey(TableColumn<?, ?> column) {
        return column.getUserData() instanceof String key ? key : null;
    }

    private static final double HEADING_HEIGHT = 54;

    private final I18n i18n;

    ReportTables(I18n i18n) {
        this.i18n = i18n;
    }

    void fill(TableView<ReportLine> view, ReportTable table) {
        view.getColumns().clear();
        TableColumn<ReportLine, String> name = column(i18n.get("report.line." + table.key()), 150);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                ReportLine.TOTAL.equals(c.getValue().key()) ? i18n.get("report.total") : c.getValue().label()));
        view.getColumns().add(name);
        for (int i = 0; i < table.columns().size(); i++) {
            ReportColumn rc = table.columns().get(i);
            int index = i;
            TableColumn<ReportLine, String> col = column(i18n.get("report.column." + rc.key()), width(rc.measure()));
            col.setUserData(rc.key());
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(rc.measure(), c.getValue().figures().get(index))));
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
            view.getColumns().add(col);
        }
        view.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ReportLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("report-total");
                if (!empty && line != null && ReportLine.TOTAL.equals(line.key())) {
                    getStyleClass().add("report-total");
                }
            }
        });
        view.getItems().setAll(table.lines());
    }

    /** A column whose heading wraps instead of being cut short. */
    private static TableColumn<ReportLine, String> column(String heading, double width) {
        TableColumn<ReportLine, String> col = new TableColumn<>();
        Label label = new Label(heading);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        // the header row takes its height from the graphic's, which does not wrap by itself: room for three lines
        label.setMinHeight(HEADING_HEIGHT);
        label.setPrefHeight(HEADING_HEIGHT);
        label.prefWidthProperty().bind(col.widthProperty().subtract(10));
        col.setGraphic(label);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setReorderable(false);
        return col;
    }

    /** Amounts are the widest figures; a rate's heading holds the longest words. */
    private static double width(Measure m) {
        return switch (m) {
            case COUNT -> 92;
            case RATE -> 102;
            case FEN -> 110;
        };
    }

    /** 12; 1,234.50; 66.67% (— when the denominator is 0). */
    static String text(Measure measure, Figure f) {
        return switch (measure) {
            case COUNT -> Long.toString(f.value());
            case FEN -> Numbers.yuan(f.value());
            case RATE -> f.ratio() == null ? "—"
                    : f.ratio().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        };
    }
}
