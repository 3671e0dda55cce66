package cn.screening.workstation.ui.followup;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.followup.BleedEpisode;
import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.FollowUpSchedule;
import cn.screening.workstation.domain.followup.FollowUpStatus;
import cn.screening.workstation.domain.followup.Visit;
import cn.screening.workstation.domain.followup.VisitMode;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.followup.FollowUpPort;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Follow-ups of this site: due (within a week), overdue, 失访, and the visit form — bleeds since the
 * last visit, joints, factor use — whose saving moves the schedule to its next due date.
 */
public final class FollowUpsViewModel {

    /** Due means: today or within this many days. */
    static final int DUE_AHEAD_DAYS = 7;

    private final FollowUpPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Clock clock;
    private final String user;
    private final Runnable changed;
    private final List<FollowUpPort.Listed> all = new ArrayList<>();
    private final ObservableList<FollowUpRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FollowUpFilter> filter = new SimpleObjectProperty<>(FollowUpFilter.DUE);
    private final ObjectProperty<FollowUpRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitMode> mode = new SimpleObjectProperty<>(VisitMode.PHONE);
    private final BooleanProperty reached = new SimpleBooleanProperty(true);
    private final BleedForm bleeds = new BleedForm();
    private final StringProperty jointStatus = new SimpleStringProperty("");
    private final StringProperty targetJoints = new SimpleStringProperty("");
    private final StringProperty factorUse = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    /** @param user who records visits here */
    public FollowUpsViewModel(FollowUpPort port, ScreenKit kit, String user) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.clock = kit.clock();
        this.user = user;
        this.changed = kit::changed;
        filter.addListener((obs, old, now) -> show());
        selected.addListener((obs, old, now) -> showContact(now));
        clearForm();
    }

    public void load() {
        load(null);
    }

    private void load(String said) {
        tasks.run(port::list).onSuccess(list -> {
            all.clear();
            all.addAll(list);
            show();
            message.set(said == null ? "" : said);
        }).busy(busy).start();
    }

    private void show() {
        LocalDate today = LocalDate.now(clock);
        rows.setAll(all.stream().filter(i -> shown(i.followUp(), today))
                .sorted(Comparator.comparing(i -> i.followUp().nextDue() == null ? LocalDate.MAX : i.followUp().nextDue()))
                .map(i -> row(i, today)).toList());
    }

    private boolean shown(FollowUp f, LocalDate today) {
        return switch (filter.get() == null ? FollowUpFilter.ALL : filter.get()) {
            case DUE -> FollowUpSchedule.isDue(f, today, DUE_AHEAD_DAYS) || FollowUpSchedule.isOverdue(f, today);
            case OVERDUE -> FollowUpSchedule.isOverdue(f, today);
            case LOST -> f.status() == FollowUpStatus.LOST;
            case ALL -> true;
        };
    }

    private FollowUpRow row(FollowUpPort.Listed i, LocalDate today) {
        FollowUp f = i.followUp();
        boolean overdue = FollowUpSchedule.isOverdue(f, today);
        String status = i18n.label(f.status());
        if (overdue) {
            status = i18n.get("followup.overdueBy", status, today.toEpochDay() - f.nextDue().toEpochDay());
        } else if (f.failedAttempts() > 0 && f.status() == FollowUpStatus.ACTIVE) {
            status = i18n.get("followup.failedAttempts", status, f.failedAttempts());
        }
        String last = f.visits().isEmpty() ? "" : f.visits().get(f.visits().size() - 1).date().toString();
        return new FollowUpRow(f.id(), i.maskedName(), i.caseNo() == null ? "" : i.caseNo(), i18n.label(f.kind()),
                f.nextDue() == null ? "" : f.nextDue().toString(), status, last, overdue);
    }

    /** Whom to call for the selected schedule: in full for a role that may reveal it, else a note that it is hidden. */
    public StringProperty contact() {
        return contact;
    }

    private void showContact(FollowUpRow row) {
        contact.set("");
        if (row == null) {
            return;
        }
        tasks.run(() -> port.contact(row.id())).onSuccess(c -> {
            if (row.equals(selected.get())) {
                contact.set(c.map(x -> i18n.get("followup.contact", x.name(), x.phone().isEmpty() ? "—" : x.phone(),
                        x.familyContact().isEmpty() ? "—" : x.familyContact())).orElse(i18n.get("followup.contact.hidden")));
            }
        }).start();
    }

    /** Adds the bleed typed into the bleed fields to the visit's list. */
    public void addBleed() {
        String missing = bleeds.add();
        problem.set(missing == null ? "" : i18n.get(missing));
    }

    public void removeBleed(BleedEpisode bleed) {
        bleeds.bleeds().remove(bleed);
    }

    /** Saves the visit for the selected schedule; refused with the field named when something is missing. */
    public void save() {
        FollowUpRow row = selected.get();
        problem.set("");
        if (row == null) {
            problem.set(i18n.get("followup.problem.noneSelected"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (visitDate.get() == null) {
            problem.set(i18n.get("followup.problem.visitDate"));
            return;
        }
        if (visitDate.get().isAfter(today)) {
            problem.set(i18n.get("followup.problem.visitFuture"));
            return;
        }
        if (bleeds.bleeds().stream().anyMatch(b -> b.date().isAfter(visitDate.get()))) {
            problem.set(i18n.get("followup.problem.bleedAfterVisit"));
            return;
        }
        Visit visit = reached.get()
                ? new Visit(RecordIds.next(), visitDate.get(), mode.get(), true, user, List.copyOf(bleeds.bleeds()),
                        blankToNull(jointStatus.get()), joints(targetJoints.get()), blankToNull(factorUse.get()),
                        blankToNull(notes.get()))
                : Visit.failedAttempt(visitDate.get(), mode.get(), user, blankToNull(notes.get()));
        UUID id = row.id();
        String patient = row.patient();
        tasks.run(() -> port.recordVisit(id, visit))
                .onSuccess(after -> {
                    changed.run();
                    clearForm();
                    load(after.status() == FollowUpStatus.LOST ? i18n.get("followup.savedLost", patient)
                            : i18n.get("followup.saved", patient, String.valueOf(after.nextDue())));
                })
                .onError(ServiceException.class, e -> problem.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void clearForm() {
        visitDate.set(LocalDate.now(clock));
        mode.set(VisitMode.PHONE);
        reached.set(true);
        bleeds.clear();
        jointStatus.set("");
        targetJoints.set("");
        factorUse.set("");
        notes.set("");
    }

    static List<String> joints(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<FollowUpRow> rows() {
        return rows;
    }

    public ObjectProperty<FollowUpFilter> filter() {
        return filter;
    }

    public ObjectProperty<FollowUpRow> selected() {
        return selected;
    }

    public StringProperty message() {
        return message;
    }

    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObjectProperty<LocalDate> visitDate() {
        return visitDate;
    }

    public ObjectProperty<VisitMode> mode() {
        return mode;
    }

    public BooleanProperty reached() {
        return reached;
    }

    /** The bleeds the visit records. */
    public BleedForm bleeds() {
        return bleeds;
    }

    public StringProperty jointStatus() {
        return jointStatus;
    }

    public StringProperty targetJoints() {
        return targetJoints;
    }

    public StringProperty factorUse() {
        return factorUse;
    }

    public StringProperty notes() {
        return notes;
    }
}
