package cn.screening.workstation.ui.today;

import cn.screening.workstation.service.today.TodayPort;
import cn.screening.workstation.service.today.WorkItem;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.Section;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 今日待办: referrals, follow-ups, samples and sync problems waiting here, each opening its screen. */
public final class TodayViewModel {

    private final TodayPort port;
    private final Tasks tasks;
    private final I18n i18n;
    private final Clock clock;
    private final Consumer<Section> open;
    private final ObservableList<TodayRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public TodayViewModel(TodayPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.i18n = kit.i18n();
        this.clock = kit.clock();
        this.open = kit.navigator()::show;
    }

    public void load() {
        tasks.run(this::read).onSuccess(this::show).busy(busy).start();
    }

    private Read read() {
        List<Waiting> waiting = new ArrayList<>();
        for (WorkItem i : port.waiting()) {
            TodayKind.of(i).ifPresent(kind -> waiting.add(new Waiting(kind, i.title(), i.due())));
        }
        return new Read(waiting.stream().filter(w -> !w.kind().summed() && !w.kind().report() && w.kind().opens() != Section.FOLLOW_UPS).toList(),
                waiting.stream().filter(w -> w.kind().opens() == Section.FOLLOW_UPS).toList(),
                waiting.stream().filter(w -> w.kind().report()).toList(),
                waiting.stream().filter(w -> w.kind().summed()).toList(),
                port.samplesOverdue(), port.openConflicts(), port.quarantined());
    }

    private void show(Read r) {
        List<TodayRow> all = new ArrayList<>();
        r.referrals().forEach(w -> all.add(row(w)));
        r.followUps().forEach(w -> all.add(row(w)));
        r.reports().forEach(w -> all.add(row(w)));
        summed(all, r.ledger(), TodayKind.CERTIFICATION_WAITING);
        summed(all, r.ledger(), TodayKind.ADMISSION_WITHOUT_COSTS);
        summed(all, r.ledger(), TodayKind.AWAITING_CONSENT);
        count(all, TodayKind.SAMPLES_OVERDUE, r.samples());
        count(all, TodayKind.CONFLICTS, r.conflicts());
        count(all, TodayKind.QUARANTINED, r.quarantined());
        rows.setAll(all);
        summary.set(i18n.get("today.summary", r.referrals().size(), r.followUps().size(), r.samples(),
                r.conflicts() + r.quarantined()));
    }

    private TodayRow row(Waiting w) {
        return new TodayRow(w.kind(), i18n.label(w.kind()), w.title(), w.date() == null ? "" : w.date().toString());
    }

    /** One line for the kind: how many, and since when the oldest waits. */
    private void summed(List<TodayRow> into, List<Waiting> waiting, TodayKind kind) {
        List<Waiting> mine = waiting.stream().filter(w -> w.kind() == kind).toList();
        LocalDate oldest = mine.stream().map(Waiting::date).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        if (!mine.isEmpty()) {
            long days = oldest == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(oldest, LocalDate.now(clock)));
            into.add(new TodayRow(kind, i18n.label(kind), oldest == null ? i18n.get("today.count", mine.size())
                    : i18n.get("today.countOldest", mine.size(), days), oldest == null ? "" : oldest.toString()));
        }
    }

    private void count(List<TodayRow> into, TodayKind kind, int n) {
        if (n > 0) {
            into.add(new TodayRow(kind, i18n.label(kind), i18n.get("today.count", n), ""));
        }
    }

    /** One thing waiting for somebody here; its title names the patient masked. */
    private record Waiting(TodayKind kind, String title, LocalDate date) {
    }

    /** Opens the screen that does the row's work. */
    public void open(TodayRow row) {
        if (row != null) {
            open.accept(row.kind().opens());
        }
    }

    public ObservableList<TodayRow> rows() {
        return rows;
    }

    public StringProperty summary() {
        return summary;
    }

    public BooleanProperty busy() {
        return busy;
    }

    private record Read(List<Waiting> referrals, List<Waiting> followUps, List<Waiting> reports, List<Waiting> ledger, int samples, int conflicts,
                        int quarantined) {
    }
}
