package cn.screening.workstation.service;

import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PatientRules;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.store.ConsentHolds;
import java.time.LocalDate;
import java.util.UUID;

/**
 * DOMAIN rule 10 after registration: the clinic registers a child first and records the guardian's
 * signed consent later; until then the child's records stay on this workstation (the push holds
 * them back, {@link ConsentHolds}).
 */
public final class GuardianConsents {

    private final Workspace ws;

    public GuardianConsents(Workspace ws) {
        this.ws = ws;
    }

    /**
     * Records that {@code guardianName} ({@code relation}) consented on {@code consentDate}; the
     * patient's records go with the next sync. The guardian's phone, if any, is kept.
     *
     * @throws InvalidInput naming the field when the name or the date is missing, or the date is after today
     */
    public Patient record(UUID patientId, String guardianName, String relation, LocalDate consentDate) {
        ws.session().require(Permission.REGISTER);
        LocalDate today = LocalDate.ofInstant(ws.database().clock().instant(), ConsentHolds.PROVINCE_ZONE);
        ValidationResult wrong = PatientRules.checkConsent(guardianName, consentDate, today);
        if (wrong.hasErrors()) {
            throw new InvalidInput(wrong);
        }
        return ws.database().write(ws.session().actor(), tx -> {
            Patient p = ws.patients().findById(tx, patientId).orElseThrow(() -> new IllegalArgumentException("no patient " + patientId));
            String phone = p.guardian() == null ? null : p.guardian().phone();
            Guardian consented = new Guardian(guardianName.strip(), relation == null || relation.isBlank() ? null : relation.strip(),
                    phone, true, consentDate);
            return ws.patients().update(tx, new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(),
                    p.ethnicityCode(), p.phone(), p.address(), consented, p.povertyStatus(), p.insurance(), p.registeredSite(), p.meta()));
        });
    }

    /** How many minors wait for consent: the "待监护人同意 N 人" of the sync status. */
    public long waitingCount() {
        return ws.database().read(tx -> (long) ConsentHolds.waitingPatients(tx, ConsentHolds.today(tx)).size());
    }
}
