package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.Urgency;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.referral.ReferralPort;
import cn.screening.workstation.ui.common.FieldProblems;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The up-referral form (上转单) of one case: pre-filled from the case, saved as a draft or submitted,
 * then printed with its counterfoil — on the printer when there is one, else saved as a PDF.
 */
public final class ReferralFormViewModel {

    private final ReferralPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Runnable changed;
    private final FieldProblems problems;
    private final ObservableList<ReferralPort.Hospital> hospitals = FXCollections.observableArrayList();
    private final ObjectProperty<ReferralPort.Hospital> hospital = new SimpleObjectProperty<>();
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty diagnosis = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty precautions = new SimpleStringProperty("");
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(Urgency.ROUTINE);
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
    private final StringProperty doctorPhone = new SimpleStringProperty("");
    private final StringProperty patient = new SimpleStringProperty("");
    private final StringProperty referralNo = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LetterPrintout printout;
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final BooleanProperty printable = new SimpleBooleanProperty(false);
    private UUID referralId;
    private UUID caseId;

    public ReferralFormViewModel(ReferralPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.changed = kit::changed;
        this.printout = new LetterPrintout(port, tasks, texts, i18n, message, error, busy);
        this.problems = new FieldProblems(texts, i18n);
    }

    /** Starts a new letter for a case. */
    public void openCase(UUID forCase) {
        open(() -> port.prefill(forCase));
    }

    /** Opens a saved draft to finish it. */
    public void openDraft(UUID draft) {
        open(() -> port.prefillDraft(draft));
    }

    private void open(Supplier<ReferralPort.Prefill> read) {
        tasks.run(() -> new Opened(port.hospitals(), read.get()))
                .onSuccess(o -> {
                    hospitals.setAll(o.hospitals());
                    fill(o.prefill());
                    if (hospitals.isEmpty()) {
                        error.set(i18n.get("referral.form.noHospitals"));
                    }
                })
                .busy(busy)
                .start();
    }

    private void fill(ReferralPort.Prefill p) {
        ReferralPort.Letter l = p.letter();
        referralId = p.referralId();
        caseId = p.caseId();
        patient.set(i18n.get("referral.form.patient", p.patient(), p.caseNo() == null ? "" : p.caseNo()));
        hospital.set(hospitals.stream().filter(h -> h.code().equals(l.toSite())).findFirst()
                .orElse(hospitals.size() == 1 ? hospitals.get(0) : null));
        department.set(orEmpty(l.toDepartment()));
        purpose.set(orEmpty(l.purpose()));
        diagnosis.set(orEmpty(l.preliminaryDiagnosis()));
        summary.set(orEmpty(l.clinicalSummary()));
        precautions.set(orEmpty(l.precautions()));
        urgency.set(l.urgency() == null ? Urgency.ROUTINE : l.urgency());
        validFrom.set(l.validFrom());
        validUntil.set(l.validUntil());
        doctorPhone.set(orEmpty(l.doctorPhone()));
        referralNo.set("");
        status.set(i18n.get("referral.form.new"));
        editable.set(true);
        printable.set(false);
        message.set("");
        error.set("");
        problems.clear();
    }

    ReferralPort.Letter letter() {
        return new ReferralPort.Letter(referralId, caseId, hospital.get() == null ? null : hospital.get().code(),
                department.get(), purpose.get(), diagnosis.get(), summary.get(), precautions.get(), urgency.get(),
                validFrom.get(), validUntil.get(), doctorPhone.get());
    }

    public void saveDraft() {
        ReferralPort.Letter letter = letter(); // the fields are read here, on the FX thread, as they stand
        write(() -> port.saveDraft(letter), "referral.form.draftSaved");
    }

    public void submit() {
        ReferralPort.Letter letter = letter();
        write(() -> port.submit(letter), "referral.form.submitted");
    }

    private void write(Supplier<Referral> work, String saidKey) {
        error.set("");
        message.set("");
        problems.clear();
        tasks.run(work::get)
                .onSuccess(r -> {
                    saved(r);
                    message.set(i18n.get(saidKey, r.referralNo()));
                    changed.run();
                })
                .onError(InvalidInput.class, e -> {
                    problems.showAll(e.result().violations());
                    error.set(i18n.get("referral.form.fixFields"));
                })
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void saved(Referral r) {
        referralId = r.id();
        referralNo.set(r.referralNo());
        status.set(i18n.label(r.status()));
        editable.set(r.status() == cn.screening.workstation.domain.referral.ReferralStatus.DRAFT);
        printable.set(true); // a draft prints too, for checking; it has its number already
    }

    /**
     * Prints the letter; with no printer, asks where to save the PDF instead.
     *
     * @param whereToSave asks the user for a file, given a proposed name; empty when cancelled
     */
    public void print(Function<String, Optional<Path>> whereToSave) {
        UUID id = referralId;
        if (id == null || !printable.get()) {
            error.set(i18n.get("referral.form.submitFirst"));
            return;
        }
        printout.print(id, referralNo.get(), false, whereToSave);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public FieldProblems problems() {
        return problems;
    }

    public ObservableList<ReferralPort.Hospital> hospitals() {
        return hospitals;
    }

    public ObjectProperty<ReferralPort.Hospital> hospital() {
        return hospital;
    }

    public StringProperty department() {
        return department;
    }

    public StringProperty purpose() {
        return purpose;
    }

    public StringProperty diagnosis() {
        return diagnosis;
    }

    public StringProperty summary() {
        return summary;
    }

    public StringProperty precautions() {
        return precautions;
    }

    public ObjectProperty<Urgency> urgency() {
        return urgency;
    }

    public ObjectProperty<LocalDate> validFrom() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validUntil() {
        return validUntil;
    }

    public StringProperty doctorPhone() {
        return doctorPhone;
    }

    public StringProperty patient() {
        return patient;
    }

    public StringProperty referralNo() {
        return referralNo;
    }

    public StringProperty status() {
        return status;
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

    public BooleanProperty editable() {
        return editable;
    }

    public BooleanProperty printable() {
        return printable;
    }

    private record Opened(List<ReferralPort.Hospital> hospitals, ReferralPort.Prefill prefill) {
    }
}
