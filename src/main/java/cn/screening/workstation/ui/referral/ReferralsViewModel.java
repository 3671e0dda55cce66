package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.referral.ReferralEntry;
import cn.screening.workstation.service.referral.ReferralPort;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The referrals this site sent and received: status, timeline, and the moves this side may make
 * now. A move the other side made meanwhile is caught by the service; its refusal is shown as the
 * domain says it. At the receiving hospital the back-referral (下转单) is written here.
 */
public final class ReferralsViewModel {

    private final ReferralPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final ReferralTexts wording;
    private final Clock clock;
    private final Consumer<UUID> editDraft;
    private final Runnable changed;
    private final List<ReferralEntry> all = new ArrayList<>();
    private final ObservableList<ReferralRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReferralDirection> direction = new SimpleObjectProperty<>(ReferralDirection.ALL);
    private final ObjectProperty<ReferralRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObservableList<MoveChoice> moves = FXCollections.observableArrayList();
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BackReferralForm backForm = new BackReferralForm();
    private final ReferralActions actions = new ReferralActions();
    private final LetterPrintout printout;
    private String siteCode;
    private UUID shownId;

    /** @param editDraft opens the letter form on a draft */
    public ReferralsViewModel(ReferralPort port, ScreenKit kit, Consumer<UUID> editDraft) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.wording = new ReferralTexts(i18n, kit.zone());
        this.clock = kit.clock();
        this.editDraft = editDraft;
        this.changed = kit::changed;
        this.printout = new LetterPrintout(port, tasks, texts, i18n, message, error, busy);
        direction.addListener((obs, old, now) -> show());
        selected.addListener((obs, old, now) -> {
            // a reload re-selects the same referral (through none): what was said about it stays
            if (now != null && !now.referral().id().equals(shownId)) {
                error.set("");
                note.set("");
                shownId = now.referral().id();
            }
            select(now);
        });
    }

    public void load() {
        load(null, null);
    }

    private void load(String said, UUID keep) {
        tasks.run(() -> new Read(port.siteCode(), port.list()))
                .onSuccess(r -> {
                    siteCode = r.site();
                    all.clear();
                    all.addAll(r.items());
                    UUID wanted = keep != null ? keep : selected.get() == null ? null : selected.get().referral().id();
                    show();
                    if (said != null) {
                        message.set(said);
                    }
                    reselect(wanted);
                })
                .busy(busy)
                .start();
    }

    private void show() {
        ReferralDirection d = direction.get() == null ? ReferralDirection.ALL : direction.get();
        rows.setAll(all.stream().map(i -> wording.row(i, siteCode)).filter(r -> r.side() != null)
                .filter(r -> d == ReferralDirection.ALL || (d == ReferralDirection.OUTGOING) == (r.side() == ReferralSide.SENDER))
                .toList());
    }

    /** Selects the row of this referral again after a reload (the table listens to this). */
    private void reselect(UUID id) {
        Optional<ReferralRow> again = id == null ? Optional.empty()
                : rows.stream().filter(r -> r.referral().id().equals(id)).findFirst();
        reselected.set(again.orElse(null));
        if (again.isPresent()) {
            select(again.get());
        }
    }

    private final ObjectProperty<ReferralRow> reselected = new SimpleObjectProperty<>();

    private void select(ReferralRow row) {
        timeline.clear();
        moves.clear();
        if (row == null) {
            details.set("");
            actions.none();
            return;
        }
        Referral r = row.referral();
        details.set(wording.describe(r, itemOf(r)));
        r.history().forEach(e -> timeline.add(wording.step(e)));
        moves.setAll(MoveChoice.offered(r, row.side(), LocalDate.now(clock)));
        actions.offerFor(r, row.side(), port.maySignBackReferral());
        if (actions.backRefer().get()) {
            backForm.startFrom(r, itemOf(r).backDraft());
        }
    }

    private ReferralEntry itemOf(Referral r) {
        return all.stream().filter(i -> i.referral().id().equals(r.id())).findFirst().orElseThrow();
    }

    /** Makes a move; the note is the reason of a rejection and the inpatient number of an admission. */
    public void move(MoveChoice choice) {
        ReferralRow row = selected.get();
        if (row == null || choice == null) {
            return;
        }
        UUID id = row.referral().id();
        String text = note.get() == null ? "" : note.get().strip();
        Callable<ReferralEntry> work = switch (choice) {
            case ARRIVED -> () -> port.arrived(id, false, null);
            case ADMITTED -> () -> port.arrived(id, true, text);
            default -> () -> port.move(id, choice.move(), text);
        };
        // an expiry sweeps every stale referral of this side: the whole list is read again
        run(work, i18n.get("referral.moved", row.number(), i18n.label(choice)), id, choice == MoveChoice.EXPIRE);
    }

    /** Sends the back-referral down; refused with the fields named when diagnosis or plan is missing. */
    public void backRefer() {
        ReferralRow row = selected.get();
        if (row == null) {
            return;
        }
        BackReferral back = backForm.read(LocalDate.now(clock));
        UUID id = row.referral().id();
        run(() -> port.backRefer(id, back), i18n.get("referral.back.sent", row.number()), id, false);
    }

    private void run(Callable<ReferralEntry> work, String said, UUID id, boolean readAll) {
        error.set("");
        message.set("");
        tasks.run(work)
                .onSuccess(entry -> {
                    changed.run();
                    backForm.clear();
                    note.set("");
                    if (readAll) {
                        load(said, id);
                    } else {
                        moved(entry, said);
                    }
                })
                .onError(ServiceException.class, e -> {
                    error.set(texts.of(e));
                    load(null, id); // the other side may have moved it: show where it stands now
                })
                .busy(busy)
                .start();
    }

    // the answer is the referral as the list shows it now, just changed: the newest, so first
    private void moved(ReferralEntry entry, String said) {
        UUID id = entry.referral().id();
        all.removeIf(i -> i.referral().id().equals(id));
        all.add(0, entry);
        show();
        message.set(said);
        reselect(id);
    }

    public void editDraft() {
        ReferralRow row = selected.get();
        if (row != null && actions.editDraft().get()) {
            editDraft.accept(row.referral().id());
        }
    }

    /** Prints the 转诊单 (or the 下转单); with no printer, asks where to save the PDF. */
    public void print(boolean back, Function<String, Optional<Path>> whereToSave) {
        ReferralRow row = selected.get();
        if (row == null) {
            return;
        }
        printout.print(row.referral().id(), row.number(), back, whereToSave);
    }

    public ObservableList<ReferralRow> rows() {
        return rows;
    }

    public ObjectProperty<ReferralDirection> direction() {
        return direction;
    }

    public ObjectProperty<ReferralRow> selected() {
        return selected;
    }

    /** The row to select again after a reload; the controller puts it into the table's selection. */
    public ObjectProperty<ReferralRow> reselected() {
        return reselected;
    }

    public ObservableList<TimelineRow> timeline() {
        return timeline;
    }

    public ObservableList<MoveChoice> moves() {
        return moves;
    }

    public StringProperty details() {
        return details;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty message() {
        return message;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Edit, print, write the 下转单: what the selected referral allows. */
    public ReferralActions actions() {
        return actions;
    }

    /** The 下转单 the hospital writes for the selected referral. */
    public BackReferralForm backForm() {
        return backForm;
    }

    private record Read(String site, List<ReferralEntry> items) {
    }
}
