package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.CertificationRecord;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The 核对认定 page's side of the ledger: the rows by verdict, masked, and the verdict written by {@link Ledger#certify}. */
public final class Certifications implements CertificationPort {

    private final Workspace ws;
    private final Ledger ledger;
    private final RuleBook rules;
    private final ZoneId zone;

    public Certifications(Workspace ws, Ledger ledger, RuleBook rules, ZoneId zone) {
        this.ws = ws;
        this.ledger = ledger;
        this.rules = rules;
        this.zone = zone;
    }

    @Override
    public List<CertificationRow> certifications(Certification status) {
        if (!ws.session().may(Permission.CERTIFY)) {
            ws.session().require(Permission.KEEP_LEDGER); // the hospital's physicians see the list, read-only
        }
        return ws.database().read(tx -> {
            LocalDate today = LocalDate.ofInstant(tx.now(), zone);
            List<CertificationRow> out = new ArrayList<>();
            for (LedgerEntry e : ws.ledger().where(tx, "certification = ?", "diagnosed_on, id", status.name())) {
                out.add(row(tx, e, today));
            }
            out.sort(Comparator.comparing(CertificationRow::waitingSince, Comparator.nullsLast(Comparator.naturalOrder())));
            return out;
        });
    }

    @Override
    public void certify(UUID rowId, Certification verdict, String reason, List<String> officesConsulted) {
        ledger.certify(rowId, verdict, reason == null || reason.isBlank() ? null : reason.strip(), officesConsulted);
    }

    @Override
    public boolean mayCertify() {
        return ws.session().may(Permission.CERTIFY);
    }

    @Override
    public String certifier() {
        return ws.session().user().displayName();
    }

    /** The day a row was opened: the first step of its history (待救治), else its diagnosis day. */
    static LocalDate openedOn(LedgerEntry e) {
        return e.history().isEmpty() || e.history().get(0).on() == null ? e.diagnosedOn() : e.history().get(0).on();
    }

    /** The disease's name from the catalogue in force, else its code. */
    static String diseaseName(RuleBook rules, String code, Locale locale) {
        return rules.diseases().find(code).map(d -> d.name(locale)).orElse(code);
    }

    private CertificationRow row(Tx tx, LedgerEntry e, LocalDate today) throws SQLException {
        Patient p = ws.patients().findById(tx, e.patientId()).orElse(null);
        String township = e.townshipCode() == null ? "" : rules.divisions().find(e.townshipCode()).map(d -> d.name())
                .orElse(e.townshipCode());
        LocalDate since = openedOn(e);
        CertificationRecord c = e.certification();
        return new CertificationRow(e.id(), p == null ? "" : Masking.name(p.name()), p == null ? "" : Masking.idNumber(p.idNumber()),
                e.group(), township, ledger.diseaseName(e.diseaseCode()), e.diagnosedOn(), since,
                since == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(since, today)), c.status(), c.reason(), c.by(), c.on(),
                c.officesConsulted());
    }
}
