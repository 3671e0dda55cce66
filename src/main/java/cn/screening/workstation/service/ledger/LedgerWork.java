package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.today.WorkItem;
import cn.screening.workstation.service.today.WorkSource;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;

/**
 * What the ledger puts on 今日待办: rows waiting for 核对认定 (for those who certify) and discharged
 * admissions with no costs yet (for those who keep the ledger). Each item's due day is the oldest
 * day it waits from, so the page can say how long the oldest has waited.
 */
public final class LedgerWork {

    public static final String CERTIFICATION_WAITING = "ledger.certificationWaiting";
    public static final String ADMISSION_WITHOUT_COSTS = "ledger.admissionWithoutCosts";
    public static final List<String> KINDS = List.of(CERTIFICATION_WAITING, ADMISSION_WITHOUT_COSTS);

    private LedgerWork() {
    }

    /** Rows 待核对, one item each, due from the day the row was opened; nothing for a user who may not certify. */
    public static WorkSource certificationsWaiting(Workspace ws, Locale locale) {
        return (tx, today) -> {
            if (!ws.session().may(Permission.CERTIFY)) {
                return List.of();
            }
            List<WorkItem> out = new ArrayList<>();
            for (LedgerEntry e : ws.ledger().where(tx, "certification = ?", "diagnosed_on, id", Certification.PENDING.name())) {
                out.add(new WorkItem(CERTIFICATION_WAITING, e.id(), title(ws, tx, e, locale), Certifications.openedOn(e), false));
            }
            return out;
        };
    }

    /**
     * Admissions discharged without costs (none recorded, or a 总费用 of 0), one item each, due from the
     * discharge day; a stay still going on has no settlement yet and is not listed. Nothing for a user
     * who may not keep the ledger.
     */
    public static WorkSource admissionsWithoutCosts(Workspace ws, Locale locale) {
        return (tx, today) -> {
            if (!ws.session().may(Permission.KEEP_LEDGER)) {
                return List.of();
            }
            List<WorkItem> out = new ArrayList<>();
            // a 待救治 row has no admission: the status column leaves those rows unread
            for (LedgerEntry e : ws.ledger().where(tx, "status <> ?", "diagnosed_on, id", TreatmentStatus.WAITING.name())) {
                for (Admission a : e.admissions()) {
                    if (withoutCosts(a)) {
                        String hospital = a.hospitalName() == null ? "" : " · " + a.hospitalName();
                        out.add(new WorkItem(ADMISSION_WITHOUT_COSTS, e.id(), title(ws, tx, e, locale) + hospital, a.dischargedOn(), false));
                    }
                }
            }
            return out;
        };
    }

    static boolean withoutCosts(Admission a) {
        return a.dischargedOn() != null && (a.costs() == null || a.costs().totalFen() == 0);
    }

    /** e.g. 张*明 · 肺癌 */
    private static String title(Workspace ws, Tx tx, LedgerEntry e, Locale locale) throws SQLException {
        String name = ws.patients().findById(tx, e.patientId()).map(p -> Masking.name(p.name())).orElse("");
        return name + " · " + Certifications.diseaseName(ws.rules(), e.diseaseCode(), locale);
    }
}
