package cn.screening.workstation.service;

import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PatientQuery;
import cn.screening.workstation.domain.patient.PatientRules;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.ConsentHolds;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The patient list and one patient's record, for the 患者 screen: masked as the case list is, the
 * full ID only for roles that may see it, every opening and reveal audited (PIPL).
 */
public final class PatientBrowser implements PatientSource {

    private final Workspace ws;
    private final RuleBook rules;
    private final Texts texts;
    private final CaseBrowser names;

    public PatientBrowser(Workspace ws, RuleBook rules, Texts texts) {
        this.ws = ws;
        this.rules = rules;
        this.texts = texts;
        this.names = new CaseBrowser(ws, rules, texts.locale());
    }

    /** One page; the total is counted up to {@link CaseBrowser#COUNT_CAP}, as in the case list. */
    public Page<PatientListItem> search(PatientQuery query) {
        return ws.database().read(tx -> {
            List<PatientListItem> items = ws.patients().search(tx, query).stream().map(this::masked).toList();
            long counted = ws.patients().countUpTo(tx, query, CaseBrowser.COUNT_CAP + 1);
            boolean capped = counted > CaseBrowser.COUNT_CAP;
            return new Page<>(items, capped ? CaseBrowser.COUNT_CAP : counted, capped, query.offset(), query.limit());
        });
    }

    private PatientListItem masked(Patient p) {
        Address a = p.address() == null ? Address.NONE : p.address();
        return new PatientListItem(p.id(), Masking.name(p.name()), Masking.idNumber(p.idNumber()), p.sex(), p.birthDate(),
                names.townshipName(a.townshipCode()), a.villageName(), p.povertyStatus());
    }

    /** Opens a patient with their cases, samples, referrals and follow-ups; the view is audited. */
    public PatientRecord open(UUID patientId) {
        return ws.database().write(ws.session().actor(), tx -> {
            Patient p = ws.patients().findById(tx, patientId).orElseThrow(() -> new ServiceException("error.patient.missing"));
            ws.audit().append(tx, AuditAction.VIEW, EntityTypes.PATIENT, patientId.toString(), null);
            Address a = p.address() == null ? Address.NONE : p.address();
            List<PatientRecord.CaseLine> cases = new ArrayList<>();
            List<PatientRecord.SampleLine> samples = new ArrayList<>();
            for (var c : ws.cases().ofPatient(tx, patientId)) {
                String caseNo = ws.cases().caseNumber(tx, c.id()).orElse("");
                cases.add(new PatientRecord.CaseLine(c.id(), caseNo, names.diseaseName(c.diseaseCode()), c.status(), c.registeredAt()));
                ws.specimens().samples().ofCase(tx, c.id()).forEach(s ->
                        samples.add(new PatientRecord.SampleLine(s.sampleNo(), caseNo, s.status(), s.drawnAt())));
            }
            return new PatientRecord(p.id(), Masking.name(p.name()), Masking.idNumber(p.idNumber()), p.sex(), p.birthDate(),
                    p.phone() == null ? null : Masking.phone(p.phone()), names.townshipName(a.townshipCode()), a.villageName(),
                    p.povertyStatus(), p.insurance(), cases, samples, referrals(tx, patientId), followUps(tx, patientId),
                    PatientRules.awaitsConsent(p, ConsentHolds.today(tx)));
        });
    }

    private List<PatientRecord.ReferralLine> referrals(Tx tx, UUID patientId) throws SQLException {
        ReferenceData reference = new ReferenceData(ws);
        List<PatientRecord.ReferralLine> out = new ArrayList<>();
        for (var r : ws.referrals().where(tx, "patient_id = ?", "referral_no", patientId)) {
            out.add(new PatientRecord.ReferralLine(r.referralNo(), reference.siteName(tx, r.toSite()), r.status(), r.validFrom()));
        }
        return out;
    }

    private List<PatientRecord.FollowUpLine> followUps(Tx tx, UUID patientId) throws SQLException {
        return ws.followUps().where(tx, "patient_id = ?", "next_due", patientId).stream()
                .map(f -> new PatientRecord.FollowUpLine(f.kind(), f.status(), f.nextDue(), f.visits().size())).toList();
    }

    @Override
    public PatientRecord recordConsent(UUID patientId, String guardianName, String relation, LocalDate consentDate) {
        new GuardianConsents(ws).record(patientId, guardianName, relation, consentDate);
        return open(patientId);
    }

    /** The patient's full ID number, for a role that may see it; every reveal is audited. */
    public String revealIdNumber(UUID patientId) {
        ws.session().require(Permission.REVEAL_ID);
        return ws.database().write(ws.session().actor(), tx -> {
            Patient p = ws.patients().findById(tx, patientId).orElseThrow(() -> new ServiceException("error.patient.missing"));
            ws.audit().append(tx, AuditAction.REVEAL_ID, EntityTypes.PATIENT, p.id().toString(), "patient list");
            return p.idNumber();
        });
    }

    public boolean mayReveal() {
        return ws.session().may(Permission.REVEAL_ID);
    }

    /**
     * A filter as the export command is given it: a township by its code or its name in this
     * county, a poverty group by its code (REGISTERED_POOR) or its name (建档立卡贫困户).
     */
    public PatientQuery filter(String name, String idNumber, String township, String poverty) {
        String id = idNumber == null || idNumber.isBlank() ? null : IdNumber.normalise(idNumber);
        return new PatientQuery(blankToNull(name), id, townshipCode(township), povertyGroup(poverty), 0, 0);
    }

    private String townshipCode(String township) {
        if (township == null || township.isBlank()) {
            return null;
        }
        String t = township.strip();
        return rules.divisions().children(ws.session().site().countyCode()).stream()
                .filter(d -> d.code().equals(t) || d.name().equals(t)).map(d -> d.code()).findFirst()
                .orElseThrow(() -> new ServiceException("patients.filter.township.unknown", t));
    }

    private PovertyStatus povertyGroup(String poverty) {
        if (poverty == null || poverty.isBlank()) {
            return null;
        }
        String g = poverty.strip();
        return Arrays.stream(PovertyStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(g) || texts.get("poverty." + s.name()).equals(g)).findFirst()
                .orElseThrow(() -> new ServiceException("patients.filter.poverty.unknown", g));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
