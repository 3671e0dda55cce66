package cn.screening.workstation.ui.dashboard;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.shell.ShellContent;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.util.StringConverter;

/** The 统计看板 page: the end month, the four charts (each with 保存为PNG) and what was last done. */
public final class DashboardController implements ShellContent {

    private final DashboardViewModel vm;
    private final I18n i18n;
    private final FileTargets files;

    @FXML private ComboBox<YearMonth> endBox;
    @FXML private ProgressIndicator progress;
    @FXML private StackedBarChart<String, Number> statusChart;
    @FXML private BarChart<String, Number> ratesChart;
    @FXML private LineChart<String, Number> turnaroundChart;
    @FXML private LineChart<String, Number> loopChart;
    @FXML private NumberAxis statusAxis;
    @FXML private NumberAxis ratesAxis;
    @FXML private NumberAxis turnaroundAxis;
    @FXML private NumberAxis loopAxis;
    @FXML private Button saveStatusButton;
    @FXML private Button saveRatesButton;
    @FXML private Button saveTurnaroundButton;
    @FXML private Button saveLoopButton;
    @FXML private Label messageLabel;

    public DashboardController(DashboardViewModel vm, I18n i18n, FileTargets files) {
        this.vm = vm;
        this.i18n = i18n;
        this.files = files;
    }

    @FXML
    private void initialize() {
        endBox.setItems(vm.ends());
        endBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? "" : m.toString();
            }

            @Override
            public YearMonth fromString(String text) {
                return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
            }
        });
        endBox.valueProperty().bindBidirectional(vm.end());
        progress.visibleProperty().bind(vm.busy());
        messageLabel.textProperty().bind(vm.message());
        for (Button b : new Button[] {saveStatusButton, saveRatesButton, saveTurnaroundButton, saveLoopButton}) {
            b.disableProperty().bind(vm.busy().or(javafx.beans.binding.Bindings.isEmpty(vm.charts())));
        }
        vm.charts().addListener((javafx.collections.ListChangeListener<ChartData>) c -> show());
        // people are counted whole: no 0.5 on the axis when only a few are
        statusAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.valueOf(text);
            }
        });
    }

    private Map<String, XYChart<String, Number>> charts() {
        return Map.of(DashboardCharts.STATUS, statusChart, DashboardCharts.RATES, ratesChart,
                DashboardCharts.TURNAROUND, turnaroundChart, DashboardCharts.LOOP, loopChart);
    }

    private void show() {
        Map<String, NumberAxis> axes = Map.of(DashboardCharts.STATUS, statusAxis, DashboardCharts.RATES, ratesAxis,
                DashboardCharts.TURNAROUND, turnaroundAxis, DashboardCharts.LOOP, loopAxis);
        for (ChartData data : vm.charts()) {
            XYChart<String, Number> chart = charts().get(data.key());
            chart.setTitle(data.empty() ? i18n.get("dashboard.none", data.title()) : data.title());
            axes.get(data.key()).setLabel(data.unit());
            chart.getData().clear();
            ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(data.categories()));
            for (ChartData.Line line : data.series()) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(line.name());
                for (int i = 0; i < data.categories().size(); i++) {
                    Double v = line.values().get(i);
                    if (v != null) {
                        series.getData().add(new XYChart.Data<>(data.categories().get(i), v));
                    }
                }
                chart.getData().add(series);
            }
        }
    }

    @Override
    public void activated() {
        vm.load();
        endBox.requestFocus();
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public void pulled(Set<String> entityTypes) {
        if (changesCharts(entityTypes)) {
            vm.load();
        }
    }

    /** The records the charts are drawn from: the ledger, and the samples, verdicts and referrals the timings read. */
    static final Set<String> CHART_SOURCES = Set.of(EntityTypes.LEDGER_ENTRY, EntityTypes.SAMPLE, EntityTypes.TUBE_VERDICT,
            EntityTypes.REFERRAL);

    /** Whether a sync that pulled these types changes what the page shows (then it reads again). */
    static boolean changesCharts(Set<String> pulledTypes) {
        return pulledTypes.stream().anyMatch(CHART_SOURCES::contains);
    }

    @FXML
    private void onSaveStatus() {
        save(DashboardCharts.STATUS);
    }

    @FXML
    private void onSaveRates() {
        save(DashboardCharts.RATES);
    }

    @FXML
    private void onSaveTurnaround() {
        save(DashboardCharts.TURNAROUND);
    }

    @FXML
    private void onSaveLoop() {
        save(DashboardCharts.LOOP);
    }

    /** Asks where, takes the chart's picture here on the JavaFX thread, and leaves the writing to the background. */
    private void save(String key) {
        ChartData data = vm.charts().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
        if (data == null) {
            return;
        }
        XYChart<String, Number> chart = charts().get(key);
        files.saveAs(chart.getScene().getWindow(), i18n.get("dashboard.saveTitle"), vm.fileName(data), "PNG", "*.png")
                .ifPresent(file -> vm.savePng(ChartPictures.of(chart), file));
    }
}
