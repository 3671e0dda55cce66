package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralPatient;
import cn.screening.workstation.domain.referral.ReferralRoutes;
import cn.screening.workstation.domain.referral.ReferralRules;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.referral.Urgency;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The letter before it is sent: drafted from a case, stored and numbered, checked against the reference data. */
final class ReferralDrafts {

    private final Workspace ws;
    private final RuleBook rules;
    private final ReferenceData reference;
    private final Texts texts;
    private final ZoneId zone;
    private final LabFindings findings;
    private final Function<Referral, ReferralSide> side;

    ReferralDrafts(Workspace ws, RuleBook rules, ReferenceData reference, Texts texts, ZoneId zone, LabFindings findings,
                   Function<Referral, ReferralSide> side) {
        this.ws = ws;
        this.rules = rules;
        this.reference = reference;
        this.texts = texts;
        this.zone = zone;
        this.findings = findings;
        this.side = side;
    }

    Referral fromCase(UUID caseId, LocalDate today) {
        return ws.database().read(tx -> {
            ScreeningCase c = ws.cases().findById(tx, caseId).orElseThrow(() -> new ServiceException("referral.case_not_found"));
            // what the lab confirmed outranks the screening's suspicion
            String diagnosis = findings.confirmed(tx, c.id()).map(findings::diagnosis).orElse(texts.get("referral.diagnosis.suspected",
                    c.screening() != null && c.screening().classification() != null
                            ? texts.get("class." + c.screening().classification().name()) : c.diseaseCode()));
            Patient p = ws.patients().findById(tx, c.patientId()).orElseThrow(() -> new ServiceException("referral.case_not_found"));
            ReferralPatient named = LetterPatient.of(p, rules, texts).withCaseNo(ws.cases().caseNumber(tx, c.id()).orElse(null));
            return new Referral(RecordIds.next(), null, c.patientId(), named, c.id(), ws.session().site().siteCode(), null, null, null,
                    diagnosis, ClinicalSummary.of(c, texts, zone), null, Urgency.ROUTINE, today,
                    today.plusDays(reference.referralValidityDays()), ws.session().user().displayName(), null,
                    ReferralStatus.DRAFT, null, null, List.of(), null);
        });
    }

    Referral save(Referral draft) {
        ws.session().require(Permission.REFER);
        return ws.database().write(ws.session().actor(), tx -> {
            check(tx, draft);
            Optional<Referral> stored = ws.referrals().findById(tx, draft.id());
            if (stored.isEmpty()) {
                Referral fresh = new Referral(draft.id(), nextNumber(tx), draft.patientId(), draft.patient(), draft.caseId(),
                        draft.fromSite() == null ? ws.session().site().siteCode() : draft.fromSite(), draft.toSite(),
                        draft.toDepartment(), draft.purpose(), draft.preliminaryDiagnosis(), draft.clinicalSummary(),
                        draft.precautions(), draft.urgency(), draft.validFrom(), draft.validUntil(), draft.doctorName(),
                        draft.doctorPhone(), ReferralStatus.DRAFT, null, null, List.of(), null);
                requirePatient(tx, fresh);
                return ws.referrals().insert(tx, fresh);
            }
            Referral before = stored.get();
            if (before.status() != ReferralStatus.DRAFT || side.apply(before) != ReferralSide.SENDER) {
                throw new ServiceException("referral.not_editable", before.status().zh());
            }
            Referral edited = new Referral(before.id(), before.referralNo(), before.patientId(), draft.patient(), before.caseId(),
                    before.fromSite(),
                    draft.toSite(), draft.toDepartment(), draft.purpose(), draft.preliminaryDiagnosis(), draft.clinicalSummary(),
                    draft.precautions(), draft.urgency(), draft.validFrom(), draft.validUntil(), draft.doctorName(),
                    draft.doctorPhone(), before.status(), before.receipt(), before.backReferral(), before.history(), before.meta());
            return ws.referrals().update(tx, edited, "draft");
        });
    }

    /** The letter's rules: receiving site in the reference data and on the province's routes, purpose, diagnosis, validity. */
    void check(Tx tx, Referral r) throws SQLException {
        List<String> known = reference.sites(tx).stream().map(SiteInfo::code).toList();
        ValidationResult v = ReferralRules.checkLetter(r, known::contains);
        if (!v.hasErrors() && reference.receivingSites(tx).stream().noneMatch(s -> s.code().equals(r.toSite()))) {
            // the route rule the server holds the letter to as well
            v = v.and(new ValidationResult(List.of(ReferralRoutes.outsideRoutes(r.toSite()))));
        }
        if (v.hasErrors()) {
            throw new InvalidInput(v);
        }
    }

    private void requirePatient(Tx tx, Referral r) throws SQLException {
        if (r.patientId() == null || ws.patients().findById(tx, r.patientId()).isEmpty()) {
            throw new InvalidInput(new ValidationResult(List.of(ReferralRules.unknownPatient())));
        }
    }

    /** ZZ-&lt;site&gt;-&lt;year&gt;-&lt;00001&gt;, counted per year in the writing transaction. */
    private String nextNumber(Tx tx) throws SQLException {
        int year = LocalDate.ofInstant(tx.now(), zone).getYear();
        long n = ws.numbers().next(tx, "referral-" + year);
        return String.format("ZZ-%s-%d-%05d", ws.session().site().siteCode(), year, n);
    }
}
