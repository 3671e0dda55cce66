package cn.screening.workstation.ui.dashboard;

import cn.screening.workstation.service.report.DashboardPort;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 统计看板: the county's four charts for the twelve months to the chosen end month, read in the
 * background whenever the month changes; a chart's picture is written as PNG in the background too.
 */
public final class DashboardViewModel {

    /** How far back the end month may be picked. */
    static final int PICKABLE_MONTHS = 36;

    private final DashboardPort port;
    private final Tasks tasks;
    private final I18n i18n;
    private final DashboardCharts charts;
    private final ObjectProperty<YearMonth> end = new SimpleObjectProperty<>();
    private final ObservableList<YearMonth> ends = FXCollections.observableArrayList();
    private final ObservableList<ChartData> shown = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public DashboardViewModel(DashboardPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.i18n = kit.i18n();
        this.charts = new DashboardCharts(kit.i18n());
        YearMonth now = YearMonth.now(kit.clock());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < PICKABLE_MONTHS; i++) {
            months.add(now.minusMonths(i));
        }
        ends.setAll(months);
        end.set(now);
        end.addListener((obs, old, month) -> load());
    }

    public void load() {
        YearMonth month = end.get();
        if (month == null) {
            return;
        }
        tasks.run(() -> charts.of(port.dashboard(month))).onSuccess(list -> {
            shown.setAll(list);
            message.set(i18n.get("dashboard.loaded", month.toString()));
        }).busy(busy).start();
    }

    /** Writes a chart's picture (taken on the JavaFX thread) to {@code file} as PNG, off that thread. */
    public void savePng(BufferedImage picture, Path file) {
        tasks.run(() -> {
            if (!ImageIO.write(picture, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
            return file;
        }).onSuccess(v -> message.set(i18n.get("dashboard.saved", file.getFileName().toString())))
                .onError(IOException.class, e -> message.set(i18n.get("dashboard.saveFailed", file.toString())))
                .busy(busy).start();
    }

    /** The name a chart's picture is offered under, e.g. 救治对象状态-2026-11.png. */
    public String fileName(ChartData chart) {
        return i18n.get("dashboard.file." + chart.key(), end.get() == null ? "" : end.get().toString());
    }

    public ObjectProperty<YearMonth> end() {
        return end;
    }

    public ObservableList<YearMonth> ends() {
        return ends;
    }

    public ObservableList<ChartData> charts() {
        return shown;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
