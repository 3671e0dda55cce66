package cn.screening.workstation.ui.patients;

import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.PatientSource;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One patient opened from the list: the masked identity (the full ID on request, for roles that
 * may, audited by the service), their records, and the way to a new case or to one of their cases.
 */
public final class PatientDetailsViewModel {

    private final PatientSource source;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final boolean mayStartCase;
    private final Consumer<UUID> openCase;
    private final ObjectProperty<PatientRecord> record = new SimpleObjectProperty<>();
    private final StringProperty idNumberText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty offerText = new SimpleStringProperty("");
    private final StringProperty consentGuardian = new SimpleStringProperty("");
    private final StringProperty consentRelation = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    private final StringProperty consentMessage = new SimpleStringProperty("");
    private final BooleanBinding awaitingConsent;
    private Runnable startCase = () -> { };
    private Runnable offer = () -> { };

    /** @param openCase opens one of the patient's cases by its id (the case record, itself an audited view) */
    public PatientDetailsViewModel(PatientSource source, ScreenKit kit, boolean mayStartCase, Consumer<UUID> openCase) {
        this.source = source;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.mayStartCase = mayStartCase;
        this.openCase = openCase;
        this.awaitingConsent = Bindings.createBooleanBinding(
                () -> mayStartCase && record.get() != null && record.get().awaitingConsent(), record);
    }

    /** @param startCase leaves this record for the registration form, set to a new case for the patient */
    public void show(PatientRecord r, Runnable startCase) {
        record.set(r);
        idNumberText.set(r.maskedIdNumber());
        message.set("");
        consentMessage.set("");
        this.startCase = startCase;
    }

    public boolean mayReveal() {
        return source.mayReveal();
    }

    public boolean mayStartCase() {
        return mayStartCase;
    }

    /** Puts the full number in place of the masked one; the service checks the role and audits it. */
    public void reveal() {
        PatientRecord r = record.get();
        if (r == null) {
            return;
        }
        tasks.run(() -> source.revealIdNumber(r.patientId()))
                .onSuccess(full -> {
                    idNumberText.set(full);
                    message.set(i18n.get("patients.details.revealed"));
                })
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .start();
    }

    /**
     * Records the guardian's signed consent for a child registered without it (rule 10); the record
     * is read again, and the child's records go with the next sync. A refusal names the field.
     */
    public void recordConsent() {
        PatientRecord r = record.get();
        if (r == null || !mayStartCase) {
            return;
        }
        String guardian = consentGuardian.get();
        String relation = consentRelation.get();
        LocalDate day = consentDate.get();
        tasks.run(() -> source.recordConsent(r.patientId(), guardian, relation, day))
                .onSuccess(updated -> {
                    record.set(updated);
                    consentMessage.set(i18n.get("patients.details.consentRecorded"));
                })
                .onError(ServiceException.class, e -> consentMessage.set(texts.of(e)))
                .start();
    }

    /** Shown only for a child waiting for the consent, to a user who may register. */
    public BooleanBinding awaitingConsent() {
        return awaitingConsent;
    }

    public StringProperty consentGuardian() {
        return consentGuardian;
    }

    public StringProperty consentRelation() {
        return consentRelation;
    }

    public ObjectProperty<LocalDate> consentDate() {
        return consentDate;
    }

    public StringProperty consentMessage() {
        return consentMessage;
    }

    /** One more action another screen offers on this record (e.g. the ledger's admission form). */
    public void offer(String text, Runnable action) {
        offerText.set(text);
        offer = action;
    }

    public void runOffer() {
        offer.run();
    }

    /** The offered action's button text; empty when nothing is offered. */
    public StringProperty offerText() {
        return offerText;
    }

    public void startCase() {
        if (mayStartCase && record.get() != null) {
            startCase.run();
        }
    }

    public void openCase(PatientRecord.CaseLine line) {
        if (line != null) {
            openCase.accept(line.caseId());
        }
    }

    public ObjectProperty<PatientRecord> record() {
        return record;
    }

    public StringProperty idNumberText() {
        return idNumberText;
    }

    public StringProperty message() {
        return message;
    }
}
