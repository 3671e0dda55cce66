package cn.screening.workstation.service.report;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.report.Label;
import cn.screening.workstation.domain.report.MonthlyFigures;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Builds the monthly report of the session's county from the ledger rows of its townships
 * (docs/report.md): the county hospital that keeps the ledger and the county's health bureau alike.
 */
public final class ReportBuilder {

    private final Workspace ws;
    private final RuleBook rules;

    public ReportBuilder(Workspace ws, RuleBook rules) {
        this.ws = ws;
        this.rules = rules;
    }

    /** The period typed as YYYY-MM, or a refusal naming the field 报告期. */
    public static ReportPeriod period(String text) {
        return ReportPeriod.parse(text).orElseThrow(() -> new ServiceException("report.period.invalid", text == null ? "" : text));
    }

    /** Whether the session may report: who keeps the ledger or certifies it, at a county hospital or health bureau. */
    boolean mayReport() {
        InstitutionType type = ws.session().site().type();
        return (ws.session().may(Permission.KEEP_LEDGER) || ws.session().may(Permission.CERTIFY))
                && (type == InstitutionType.COUNTY || type == InstitutionType.BUREAU);
    }

    /** Who may build, submit and export the report: who keeps the ledger or certifies it. */
    void requireReporting() {
        if (!ws.session().may(Permission.KEEP_LEDGER) && !ws.session().may(Permission.CERTIFY)) {
            ws.session().require(Permission.KEEP_LEDGER);
        }
        InstitutionType type = ws.session().site().type();
        if (type != InstitutionType.COUNTY && type != InstitutionType.BUREAU) {
            // the county reports its own month; a township's or a hospital's ledger is part of a county's
            throw new ServiceException("report.county_only");
        }
    }

    public BuiltReport build(ReportPeriod period) {
        requireReporting();
        return ws.database().read(tx -> build(tx, period));
    }

    BuiltReport build(Tx tx, ReportPeriod period) throws SQLException {
        String county = ws.session().site().countyCode();
        String countyName = rules.divisions().find(county).map(Division::name).orElse(county);
        return new BuiltReport(period, county, countyName, ws.session().site().name(),
                new MonthlyFigures(period, county).build(rows(tx), diseases(), townships()));
    }

    /** The ledger rows of the county's townships. */
    List<LedgerEntry> rows(Tx tx) throws SQLException {
        return ws.ledger().where(tx, "township_code LIKE ?", "id", ws.session().site().countyCode() + "%");
    }

    /** Table A's lines: the active disease list, in its order, named in Chinese as the report is written. */
    List<Label> diseases() {
        return diseases(Locale.SIMPLIFIED_CHINESE);
    }

    /** The same lines named in {@code locale} (the dashboard's page speaks the window's language). */
    List<Label> diseases(Locale locale) {
        return rules.diseases().active().stream().sorted(Comparator.comparingInt(Disease::sortOrder))
                .map(d -> new Label(d.code(), d.name(locale))).toList();
    }

    /** Table B's lines: the county's townships, in code order. */
    List<Label> townships() {
        return rules.divisions().children(ws.session().site().countyCode()).stream().sorted(Comparator.comparing(Division::code))
                .map(d -> new Label(d.code(), d.name())).toList();
    }
}
