package cn.screening.workstation.service.referral;

import cn.screening.workstation.documents.MaskedPatient;
import cn.screening.workstation.documents.PatientIdentity;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.documents.SignedBy;
import cn.screening.workstation.documents.referral.BackReferralLetter;
import cn.screening.workstation.documents.referral.ReferralClinical;
import cn.screening.workstation.documents.referral.ReferralLetter;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralPatient;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import cn.screening.workstation.domain.specimen.LabResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The printed referral letter (转诊单 + 存根) and back-referral (下转单) of a stored referral, with the
 * patient masked as every printed document must be. Building one is audited as a print.
 */
public final class ReferralLetters {

    private final Workspace ws;
    private final ReferenceData reference;
    private final Texts texts;
    private final ZoneId zone;
    private final LabFindings findings;

    public ReferralLetters(Workspace ws, Texts texts, ZoneId zone) {
        this.ws = ws;
        this.reference = new ReferenceData(ws);
        this.texts = texts;
        this.zone = zone;
        this.findings = new LabFindings(ws, texts, zone);
    }

    /** The up-referral letter; a draft prints too (for checking), its number already given. */
    public ReferralLetter letter(UUID referralId) {
        return ws.database().write(ws.session().actor(), tx -> {
            Referral r = find(tx, referralId);
            // the letter half travels with the patient: named in full for those who may reveal identities
            PatientIdentity identity = ws.session().may(Permission.REVEAL_ID) && r.patient() != null && r.patient().name() != null
                    ? new PatientIdentity(r.patient().name(), r.patient().idNumber()) : null;
            ws.audit().append(tx, AuditAction.PRINT, EntityTypes.REFERRAL, r.id().toString(), "letter " + r.referralNo()
                    + (identity != null ? " with full name and ID number" : " masked"));
            LocalDate written = r.history().stream().filter(e -> e.to() == ReferralStatus.SUBMITTED).findFirst()
                    .map(e -> LocalDate.ofInstant(e.at(), zone)).orElse(r.validFrom());
            return new ReferralLetter(r.referralNo(), reference.siteName(tx, r.fromSite()), reference.siteName(tx, r.toSite()),
                    r.toDepartment(), patient(tx, r), new ReferralClinical(r.purpose(), r.preliminaryDiagnosis(),
                    r.clinicalSummary(), results(tx, r), r.precautions()), r.urgency() == null ? "" : r.urgency().zh(), r.validFrom(),
                    r.validUntil(), new SignedBy(r.doctorName(), r.doctorPhone(), written), identity);
        });
    }

    /** The back-referral as the receiving hospital wrote it; refused while none is written. */
    public BackReferralLetter backLetter(UUID referralId) {
        return ws.database().write(ws.session().actor(), tx -> {
            Referral r = find(tx, referralId);
            BackReferral b = r.backReferral();
            if (b == null) {
                throw new ServiceException("referral.back.none");
            }
            ws.audit().append(tx, AuditAction.PRINT, EntityTypes.REFERRAL, r.id().toString(), "back-referral " + r.referralNo());
            String plan = b.nextTreatmentPlan() + (b.rehabilitationAdvice() == null || b.rehabilitationAdvice().isBlank()
                    ? "" : "\n" + texts.get("referral.letter.rehabilitation", b.rehabilitationAdvice()));
            return new BackReferralLetter(r.referralNo(), reference.siteName(tx, r.toSite()), reference.siteName(tx, r.fromSite()),
                    patient(tx, r), b.diagnosis(), b.inpatientNo() != null ? b.inpatientNo() : r.receipt().inpatientNo(),
                    b.keyResults(), b.treatmentGiven(), plan,
                    new SignedBy(b.doctorName(), b.doctorPhone(), b.writtenOn() != null ? b.writtenOn() : LocalDate.ofInstant(tx.now(), zone)));
        });
    }

    /** 筛查及检验结果: the county's screening tests (where the case is held) and what the lab confirmed. */
    private String results(Tx tx, Referral r) throws SQLException {
        List<String> parts = new ArrayList<>();
        if (r.caseId() != null) {
            ws.cases().findById(tx, r.caseId()).ifPresent(c -> parts.addAll(ClinicalSummary.screeningTests(c.screening(), texts)));
        }
        Optional<LabResult> lab = findings.confirmed(tx, r.caseId());
        if (lab.isPresent()) {
            parts.add(findings.keyResults(lab.get(), reference.siteName(tx, lab.get().labSite())));
        }
        return String.join("；", parts);
    }

    private Referral find(Tx tx, UUID id) throws SQLException {
        return ws.referrals().findById(tx, id).orElseThrow(() -> new ServiceException("referral.not_found"));
    }

    private MaskedPatient patient(Tx tx, Referral r) throws SQLException {
        ReferralPatient p = r.patient();
        // the hospital holds no cases: the number the letter carries stands in
        String caseNo = r.caseId() == null ? "" : ws.cases().caseNumber(tx, r.caseId())
                .orElse(r.patient() == null || r.patient().caseNo() == null ? "" : r.patient().caseNo());
        if (p == null) {
            return new MaskedPatient("*", "", "", caseNo, "");
        }
        return new MaskedPatient(Masking.name(p.name()), p.sex() == null ? "" : texts.get("sex." + p.sex().name()),
                age(p.birthDate(), LocalDate.ofInstant(tx.now(), zone)), caseNo,
                p.idNumber() == null ? "" : Masking.idNumber(p.idNumber()));
    }

    private String age(LocalDate birth, LocalDate today) {
        if (birth == null) {
            return "";
        }
        Period p = Period.between(birth, today);
        return p.getYears() > 0 ? texts.get("referral.letter.age.years", p.getYears())
                : texts.get("referral.letter.age.months", p.toTotalMonths());
    }
}
