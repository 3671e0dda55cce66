package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReferralPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final ZoneId zone;
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
    private final BooleanProperty mayEditDraft = new SimpleBooleanProperty();
    private final BooleanProperty mayPrintLetter = new SimpleBooleanProperty();
    private final BooleanProperty mayPrintBack = new SimpleBooleanProperty();
    private final BooleanProperty mayBackRefer = new SimpleBooleanProperty();
    private final StringProperty backDiagnosis = new SimpleStringProperty("");
    private final StringProperty backInpatientNo = new SimpleStringProperty("");
    private final StringProperty backKeyResults = new SimpleStringProperty("");
    private final StringProperty backTreatment = new SimpleStringProperty("");
    private final StringProperty backNextPlan = new SimpleStringProperty("");
    private final StringProperty backRehabilitation = new SimpleStringProperty("");
    private final StringProperty backPhone = new SimpleStringProperty("");
    /** For a disease other than hemophilia: the hospital's answer (已确诊 / 已排除), or null. */
    private final javafx.beans.property.ObjectProperty<CaseStatus> backConclusion = new javafx.beans.property.SimpleObjectProperty<>();
    private String siteCode;
    private UUID shownId;

    /**
     * @param editDraft opens the letter form on a draft
     * @param changed   told after a move was saved
     */
    public ReferralsViewModel(ReferralPort port, ScreenKit kit, Consumer<UUID> editDraft) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.zone = kit.zone();
        this.clock = kit.clock();
        this.editDraft = editDraft;
        this.changed = kit::changed;
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
        rows.setAll(all.stream().map(this::row).filter(r -> r.side() != null)
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

    private ReferralRow row(ReferralEntry i) {
        Referral r = i.referral();
        ReferralSide side = r.sideOf(siteCode);
        String way = side == ReferralSide.RECEIVER ? i18n.get("referral.list.from", i.fromName())
                : i18n.get("referral.list.to", i.toName());
        return new ReferralRow(r, side, r.referralNo() == null ? "" : r.referralNo(), i.patient(), way, i18n.label(r.status()),
                i18n.label(r.urgency()), r.validUntil() == null ? "" : r.validUntil().toString());
    }

    private void select(ReferralRow row) {
        timeline.clear();
        moves.clear();
        if (row == null) {
            details.set("");
            mayEditDraft.set(false);
            mayPrintLetter.set(false);
            mayPrintBack.set(false);
            mayBackRefer.set(false);
            return;
        }
        Referral r = row.referral();
        details.set(describe(r, itemOf(r)));
        r.history().forEach(e -> timeline.add(step(e)));
        moves.setAll(choices(r, row.side()));
        boolean sender = row.side() == ReferralSide.SENDER;
        mayEditDraft.set(sender && r.status() == ReferralStatus.DRAFT);
        mayPrintLetter.set(true);
        mayPrintBack.set(r.backReferral() != null);
        mayBackRefer.set(!sender && r.status() == ReferralStatus.ADMITTED && port.maySignBackReferral());
        if (mayBackRefer.get() && backDiagnosis.get().isBlank()) {
            BackReferral draft = itemOf(r).backDraft();
            String diagnosis = draft != null && draft.diagnosis() != null ? draft.diagnosis() : r.preliminaryDiagnosis();
            backDiagnosis.set(diagnosis == null ? "" : diagnosis);
            if (draft != null && draft.keyResults() != null && backKeyResults.get().isBlank()) {
                backKeyResults.set(draft.keyResults());
            }
            backInpatientNo.set(r.receipt().inpatientNo() == null ? "" : r.receipt().inpatientNo());
        }
    }

    private ReferralEntry itemOf(Referral r) {
        return all.stream().filter(i -> i.referral().id().equals(r.id())).findFirst().orElseThrow();
    }

    /** The buttons for this side now: the machine's moves, the arrival offered as outpatient or admission. */
    List<MoveChoice> choices(Referral r, ReferralSide side) {
        List<MoveChoice> out = new ArrayList<>();
        for (ReferralMove m : ReferralMove.from(r.status(), side)) {
            switch (m) {
                case ADMIT -> {
                    out.add(MoveChoice.ARRIVED);
                    out.add(MoveChoice.ADMITTED);
                }
                case BACK_REFER -> { } // written in the back-referral form
                case EXPIRE -> {
                    if (r.expiredOn(LocalDate.now(clock))) {
                        out.add(MoveChoice.EXPIRE);
                    }
                }
                default -> out.add(MoveChoice.valueOf(m.name()));
            }
        }
        return out;
    }

    private String describe(Referral r, ReferralEntry i) {
        StringBuilder s = new StringBuilder();
        s.append(i18n.get("referral.details.head", r.referralNo(), i.patient(), i.caseNo() == null ? "" : i.caseNo()));
        s.append('\n').append(i18n.get("referral.details.route", i.fromName(), i.toName(),
                r.toDepartment() == null ? "" : r.toDepartment()));
        s.append('\n').append(i18n.get("referral.details.letter", i18n.label(r.urgency()), String.valueOf(r.validFrom()),
                String.valueOf(r.validUntil()), nz(r.purpose()), nz(r.preliminaryDiagnosis())));
        if (r.receipt().rejectReason() != null) {
            s.append('\n').append(i18n.get("referral.details.rejected", r.receipt().rejectReason()));
        }
        if (r.receipt().inpatientNo() != null) {
            s.append('\n').append(i18n.get("referral.details.inpatient", r.receipt().inpatientNo()));
        }
        if (r.backReferral() != null) {
            s.append('\n').append(i18n.get("referral.details.back", nz(r.backReferral().diagnosis()),
                    nz(r.backReferral().nextTreatmentPlan())));
        }
        return s.toString();
    }

    private TimelineRow step(ReferralEvent e) {
        String who = i18n.get("referral.timeline.by", nz(e.by()), nz(e.site()));
        String move = e.from() == null ? i18n.label(e.to()) : i18n.get("referral.timeline.move", i18n.label(e.from()),
                i18n.label(e.to()));
        return new TimelineRow(e.at() == null ? "" : WHEN.format(e.at().atZone(zone)), who, move, nz(e.note()));
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
        BackReferral back = new BackReferral(backDiagnosis.get(), blankToNull(backInpatientNo.get()),
                blankToNull(backKeyResults.get()), blankToNull(backTreatment.get()), backNextPlan.get(),
                blankToNull(backRehabilitation.get()), null, blankToNull(backPhone.get()), LocalDate.now(clock),
                backConclusion.get());
        UUID id = row.referral().id();
        run(() -> port.backRefer(id, back), i18n.get("referral.back.sent", row.number()), id, false);
    }

    private void run(Callable<ReferralEntry> work, String said, UUID id, boolean readAll) {
        error.set("");
        message.set("");
        tasks.run(work)
                .onSuccess(entry -> {
                    changed.run();
                    clearBackForm();
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

    private void clearBackForm() {
        backDiagnosis.set("");
        backInpatientNo.set("");
        backKeyResults.set("");
        backTreatment.set("");
        backNextPlan.set("");
        backRehabilitation.set("");
        backPhone.set("");
        backConclusion.set(null);
    }

    public void editDraft() {
        ReferralRow row = selected.get();
        if (row != null && mayEditDraft.get()) {
            editDraft.accept(row.referral().id());
        }
    }

    /** Prints the 转诊单 (or the 下转单); with no printer, asks where to save the PDF. */
    public void print(boolean back, Function<String, Optional<Path>> whereToSave) {
        ReferralRow row = selected.get();
        if (row == null) {
            return;
        }
        UUID id = row.referral().id();
        String number = row.number();
        error.set("");
        tasks.run(() -> back ? port.printBackLetter(id) : port.printLetter(id))
                .onSuccess(printed -> {
                    if (printed == ReferralPort.Printed.SENT) {
                        message.set(i18n.get("referral.print.sent", number));
                        return;
                    }
                    String name = i18n.get(back ? "referral.print.backFileName" : "referral.print.fileName", number);
                    whereToSave.apply(name).ifPresentOrElse(file -> tasks.run(() -> {
                        if (back) {
                            port.saveBackLetter(id, file);
                        } else {
                            port.saveLetter(id, file);
                        }
                    }).onSuccess(v -> message.set(i18n.get("referral.print.saved", number, file.toString())))
                            .onError(ServiceException.class, e -> error.set(texts.of(e)))
                            .busy(busy).start(), () -> message.set(i18n.get("referral.print.cancelled")));
                })
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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

    public BooleanProperty mayEditDraft() {
        return mayEditDraft;
    }

    public BooleanProperty mayPrintLetter() {
        return mayPrintLetter;
    }

    public BooleanProperty mayPrintBack() {
        return mayPrintBack;
    }

    public BooleanProperty mayBackRefer() {
        return mayBackRefer;
    }

    public StringProperty backDiagnosis() {
        return backDiagnosis;
    }

    public StringProperty backInpatientNo() {
        return backInpatientNo;
    }

    public StringProperty backKeyResults() {
        return backKeyResults;
    }

    public StringProperty backTreatment() {
        return backTreatment;
    }

    public StringProperty backNextPlan() {
        return backNextPlan;
    }

    public StringProperty backRehabilitation() {
        return backRehabilitation;
    }

    public StringProperty backPhone() {
        return backPhone;
    }

    public javafx.beans.property.ObjectProperty<CaseStatus> backConclusion() {
        return backConclusion;
    }

    private record Read(String site, List<ReferralEntry> items) {
    }
}
