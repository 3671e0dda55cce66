package cn.screening.workstation.ui.report;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportVersion;
import cn.screening.workstation.service.PatientSource;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.ledger.LedgerListPort;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.service.report.MonthlyReports;
import cn.screening.workstation.service.report.ReportBuilder;
import cn.screening.workstation.service.report.ReportState;
import cn.screening.workstation.ui.common.Confirmer;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.PatientView;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 月报表 page: a period's report as {@link MonthlyReports} gives it (the last submitted version,
 * else the ledger's figures now), its state line, 与已报数据不一致, the versions to read, and the
 * commands submit, revise with a reason and export. Looking at a period saves nothing; the rows
 * behind a figure are always the ledger's now (a submitted version keeps figures only).
 */
public final class ReportViewModel {

    private final MonthlyReports reports;
    private final LedgerListPort ledger;
    private final PatientSource patients;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Clock clock;
    private final StringProperty period = new SimpleStringProperty();
    private final ObjectProperty<ReportState> state = new SimpleObjectProperty<>();
    private final ObservableList<Shown> versions = FXCollections.observableArrayList();
    private final ObjectProperty<Shown> version = new SimpleObjectProperty<>();
    private final StringProperty stateText = new SimpleStringProperty("");
    private final BooleanProperty differs = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private ReportPeriod loaded;

    /** What the version chooser offers: a submitted version (read-only), or the ledger's figures now ({@code number} 0). */
    public record Shown(int number, String text, ReportFigures figures) {
        @Override
        public String toString() {
            return text;
        }
    }

    public ReportViewModel(MonthlyReports reports, LedgerListPort ledger, PatientSource patients, ScreenKit kit) {
        this.reports = reports;
        this.ledger = ledger;
        this.patients = patients;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.clock = kit.clock();
        period.set(YearMonth.now(clock).minusMonths(1).toString()); // the month just ended
    }

    /** The periods the picker offers: the twelve months before this one, latest first. */
    public List<String> recentPeriods() {
        YearMonth now = YearMonth.now(clock);
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            out.add(now.minusMonths(i).toString());
        }
        return out;
    }

    /** Reads the typed period's report (nothing saved); a malformed period is said in the message line. */
    public void load() {
        Optional<ReportPeriod> p = parsed();
        if (p.isEmpty()) {
            return;
        }
        run(() -> reports.state(p.get()), null);
    }

    /** 提交, once confirmed: the ledger's figures now are frozen as the version. */
    public void submit(Confirmer confirmer) {
        Optional<ReportPeriod> p = parsed();
        if (p.isPresent() && confirmer.confirm(i18n.get("report.submit.confirm", p.get().toString()))) {
            run(() -> reports.submit(p.get()), "report.submitted");
        }
    }

    /** 修订 with its reason; a blank reason is refused by the report's rules, naming the field. */
    public void revise(String reason) {
        parsed().ifPresent(p -> run(() -> reports.revise(p, reason), "report.revised"));
    }

    public void exportXlsx(Path file) {
        parsed().ifPresent(p -> run(() -> reports.exportXlsx(p, file), "report.exported", file.getFileName()));
    }

    public void exportPdf(Path file) {
        parsed().ifPresent(p -> run(() -> reports.exportPdf(p, file), "report.exported", file.getFileName()));
    }

    /** The proposed file name of an export, e.g. 月报表-2026-11.xlsx. */
    public String fileName(String extension) {
        return i18n.get("report.export.fileName", period.get() == null ? "" : period.get().strip(), extension);
    }

    private void run(Callable<ReportState> work, String doneKey, Object... doneArgs) {
        message.set("");
        failed.set(false);
        tasks.run(work)
                .onSuccess(s -> {
                    show(s);
                    if (doneKey != null) {
                        message.set(i18n.get(doneKey, doneArgs));
                    }
                })
                .onError(ServiceException.class, this::refused)
                .busy(busy)
                .start();
    }

    private Optional<ReportPeriod> parsed() {
        try {
            ReportPeriod p = ReportBuilder.period(period.get());
            return Optional.of(p);
        } catch (ServiceException e) {
            refused(e);
            return Optional.empty();
        }
    }

    private void refused(ServiceException e) {
        failed.set(true);
        message.set(texts.of(e));
    }

    private void show(ReportState s) {
        loaded = s.live().period();
        state.set(s);
        differs.set(s.differsFromLedger());
        stateText.set(stateLine(s));
        List<Shown> choices = new ArrayList<>();
        s.report().ifPresent(r -> r.versions().stream().filter(ReportVersion::frozen)
                .forEach(v -> choices.add(new Shown(v.number(), i18n.get("report.version.submitted", v.number(), v.submittedOn()),
                        v.figures()))));
        Shown now = new Shown(0, i18n.get("report.version.ledger"), s.live().figures());
        choices.add(now);
        versions.setAll(choices);
        // the last submitted version when there is one, as the exports show it
        version.set(choices.size() > 1 ? choices.get(choices.size() - 2) : now);
    }

    private String stateLine(ReportState s) {
        if (s.report().isEmpty()) {
            return i18n.get("report.state.none");
        }
        MonthlyReport r = s.report().get();
        ReportVersion latest = r.latest();
        if (!latest.frozen()) {
            return i18n.get("report.state.draft", latest.number());
        }
        StringBuilder b = new StringBuilder(i18n.get("report.state.submitted", latest.number(), latest.submittedOn(),
                latest.submittedBy()));
        b.append(latest.late() ? i18n.get("report.state.late") : i18n.get("report.state.onTime"));
        if (latest.number() > 1) {
            b.append(i18n.get("report.state.revision", latest.reason()));
        }
        return b.toString();
    }

    /**
     * The ledger rows behind one cell, masked, handed to {@code show}; the ledger's rows now, whichever
     * version is being read (a line the ledger no longer has lists nothing).
     */
    public void rowsBehind(String table, String line, String column, Consumer<List<LedgerRow>> show) {
        ReportState s = state.get();
        if (s == null) {
            return;
        }
        List<UUID> ids;
        try {
            ids = s.live().figures().rowsBehind(table, line, column);
        } catch (NoSuchElementException e) {
            ids = List.of();
        }
        List<UUID> wanted = ids;
        tasks.run(() -> ledger.rows(wanted))
                .onSuccess(show)
                .onError(ServiceException.class, this::refused)
                .start();
    }

    /** Opens a row's patient as the 救治台账 list does (an audited view). */
    public void open(LedgerRow row, PatientView view, Consumer<String> refused) {
        if (row == null) {
            return;
        }
        tasks.run(() -> patients.open(row.patientId()))
                .onSuccess(r -> view.show(r, null, null))
                .onError(ServiceException.class, e -> refused.accept(texts.of(e)))
                .start();
    }

    /** 提交 is offered until a version is submitted; 修订 after. */
    public BooleanBinding submitted() {
        return Bindings.createBooleanBinding(() -> state.get() != null && state.get().report()
                .flatMap(MonthlyReport::lastSubmitted).isPresent(), state);
    }

    /** The period whose report is shown (null before the first read). */
    public ReportPeriod loadedPeriod() {
        return loaded;
    }

    public StringProperty period() {
        return period;
    }

    public ObjectProperty<ReportState> state() {
        return state;
    }

    public ObservableList<Shown> versions() {
        return versions;
    }

    public ObjectProperty<Shown> version() {
        return version;
    }

    public StringProperty stateText() {
        return stateText;
    }

    public BooleanProperty differs() {
        return differs;
    }

    public StringProperty message() {
        return message;
    }

    /** Whether the message line says why something was refused (shown in red). */
    public BooleanProperty failed() {
        return failed;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
