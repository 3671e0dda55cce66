package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.CaseQuery;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.CaseListRow;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The case list and the case record: masked by default, full ID numbers only for roles that may, audited. */
public final class CaseBrowser implements CaseSource {

    private final Workspace ws;
    private final RuleBook rules;
    private final Locale locale;

    public CaseBrowser(Workspace ws, RuleBook rules, Locale locale) {
        this.ws = ws;
        this.rules = rules;
        this.locale = locale;
    }

    /**
     * The list counts at most this many matches and shows "1000+" past it. An exact count of a
     * one-character surname (a twelfth of the county) reads every match, which at a million cases
     * is most of a search's time; counting to 10,000 still cost 10-80 ms a search at 100,000 cases
     * (each match is an index entry, a patient row and a case row). Twenty pages of 50 is more than
     * anyone pages through: past it the user types another character or picks a filter.
     */
    public static final long COUNT_CAP = 1_000;

    public Page<CaseListItem> search(CaseQuery query) {
        return ws.database().read(tx -> {
            List<CaseListItem> items = ws.cases().search(tx, query).stream().map(this::masked).toList();
            long counted = ws.cases().countUpTo(tx, query, COUNT_CAP + 1);
            boolean capped = counted > COUNT_CAP;
            return new Page<>(items, capped ? COUNT_CAP : counted, capped, query.offset(), query.limit());
        });
    }

    /** Opens a case; the view is audited (PIPL: who looked at which record). */
    public CaseDetails open(UUID caseId) {
        return ws.database().write(ws.session().actor(), tx -> {
            var c = ws.cases().findById(tx, caseId).orElseThrow(() -> new ServiceException("error.case.missing"));
            Patient p = ws.patients().findById(tx, c.patientId()).orElseThrow(() -> new ServiceException("error.case.missing"));
            String caseNo = ws.cases().caseNumber(tx, caseId).orElse("");
            ws.audit().append(tx, AuditAction.VIEW, EntityTypes.CASE, caseId.toString(), caseNo);
            var screening = c.screening() == null ? null : rules.classifier().classify(c.screening(), p.sex());
            String township = p.address() == null ? null : townshipName(p.address().townshipCode());
            return new CaseDetails(caseNo, c, p, Masking.idNumber(p.idNumber()), diseaseName(c.diseaseCode()), township, screening);
        });
    }

    /** The full ID number of the case's patient, for a role that may see it; every reveal is audited. */
    public String revealIdNumber(UUID caseId) {
        ws.session().require(Permission.REVEAL_ID);
        return ws.database().write(ws.session().actor(), tx -> {
            var c = ws.cases().findById(tx, caseId).orElseThrow(() -> new ServiceException("error.case.missing"));
            Patient p = ws.patients().findById(tx, c.patientId()).orElseThrow(() -> new ServiceException("error.case.missing"));
            ws.audit().append(tx, AuditAction.REVEAL_ID, EntityTypes.PATIENT, p.id().toString(), "case " + caseId);
            return p.idNumber();
        });
    }

    public boolean mayReveal() {
        return ws.session().may(Permission.REVEAL_ID);
    }

    private CaseListItem masked(CaseListRow r) {
        return new CaseListItem(r.caseId(), r.caseNo(), r.patientId(), Masking.name(r.patientName()), Masking.idNumber(r.idNumber()),
                r.sex(), r.birthDate(), r.diseaseCode(), diseaseName(r.diseaseCode()), r.status(), r.classification(),
                r.townshipCode(), townshipName(r.townshipCode()), r.registeredAt());
    }

    String diseaseName(String code) {
        return rules.diseases().find(code).map(d -> d.name(locale)).orElse(code);
    }

    String townshipName(String code) {
        return code == null ? null : rules.divisions().find(code).map(Division::name).orElse(code);
    }
}
