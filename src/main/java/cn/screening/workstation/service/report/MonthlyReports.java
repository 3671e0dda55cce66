package cn.screening.workstation.service.report;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportRules;
import cn.screening.workstation.domain.report.ReportStatus;
import cn.screening.workstation.domain.report.ReportVersion;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.ExportMark;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.Tx;
import cn.screening.workstation.documents.report.MonthlyReportPdf;
import cn.screening.workstation.documents.report.ReportSheet;
import cn.screening.workstation.transfer.ReportWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monthly report's life-cycle (docs/report.md): a draft refreshed from the ledger on every build,
 * submitted as a frozen snapshot (逾期 after the 25th of the month after), revised as a new version
 * with a reason; older versions stay as they were. Each step saves the one record of the county and
 * period, with its outbox entry and audit line, in the transaction that read the ledger.
 */
public final class MonthlyReports {

    /** the report's files are Chinese whatever the window's language, and so is their mark */
    private static final Texts MARK_TEXTS = new Texts(java.util.Locale.SIMPLIFIED_CHINESE);

    private final Workspace ws;
    private final ReportBuilder builder;
    private final Dashboards dashboards;
    private final ZoneId zone;

    public MonthlyReports(Workspace ws, RuleBook rules, ZoneId zone) {
        this.ws = ws;
        this.builder = new ReportBuilder(ws, rules);
        this.dashboards = new Dashboards(ws, rules, zone, Locale.SIMPLIFIED_CHINESE);
        this.zone = zone;
    }

    /** The period's report now: built from the ledger, kept as the draft unless a version has been submitted. */
    public ReportState monthly(ReportPeriod period) {
        builder.requireReporting();
        return ws.database().write(ws.session().actor(), tx -> {
            BuiltReport live = builder.build(tx, period);
            Optional<MonthlyReport> stored = stored(tx, period);
            if (stored.isEmpty() || !stored.get().latest().frozen()) {
                int number = stored.map(r -> r.latest().number()).orElse(1);
                String reason = stored.map(r -> r.latest().reason()).orElse(null);
                save(tx, stored, period, new ReportVersion(number, ReportStatus.DRAFT, reason, null, null, null, false,
                        live.figures().withoutRows()), "draft");
            }
            return state(tx, period, live);
        });
    }

    /** 已提交: the figures of the ledger now, frozen; refused when the period's latest version is already submitted. */
    public ReportState submit(ReportPeriod period) {
        builder.requireReporting();
        return ws.database().write(ws.session().actor(), tx -> {
            BuiltReport live = builder.build(tx, period);
            Optional<MonthlyReport> stored = stored(tx, period);
            if (stored.isPresent() && stored.get().latest().frozen()) {
                throw new ServiceException("report.already_submitted", period.toString(), stored.get().latest().number());
            }
            int number = stored.map(r -> r.latest().number()).orElse(1);
            String reason = stored.map(r -> r.latest().reason()).orElse(null);
            save(tx, stored, period, submitted(tx, period, number, reason, live), "submit");
            return state(tx, period, live);
        });
    }

    /** 修订: a new submitted version with the ledger's figures now and the reason; the earlier versions stay read-only. */
    public ReportState revise(ReportPeriod period, String reason) {
        builder.requireReporting();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(new ValidationResult(List.of(Violation.error("report.reason", "report.reason.required"))));
        }
        return ws.database().write(ws.session().actor(), tx -> {
            BuiltReport live = builder.build(tx, period);
            Optional<MonthlyReport> stored = stored(tx, period);
            if (stored.isEmpty() || stored.get().lastSubmitted().isEmpty()) {
                throw new ServiceException("report.not_submitted", period.toString());
            }
            // a draft of a revision already started is replaced by this submitted revision
            int number = stored.get().latest().frozen() ? stored.get().latest().number() + 1 : stored.get().latest().number();
            save(tx, stored, period, submitted(tx, period, number, reason.strip(), live), "revise");
            return state(tx, period, live);
        });
    }

    /** The period's report and the ledger's figures now, without saving anything. */
    public ReportState state(ReportPeriod period) {
        builder.requireReporting();
        return ws.database().read(tx -> state(tx, period, builder.build(tx, period)));
    }

    /** Every stored report of this county, latest period first. */
    public List<ReportState> list() {
        builder.requireReporting();
        return ws.database().read(tx -> {
            List<ReportState> out = new ArrayList<>();
            for (MonthlyReport r : ws.reports().where(tx, "county_code = ?", "period DESC", ws.session().site().countyCode())) {
                ReportPeriod p = ReportBuilder.period(r.period());
                out.add(state(tx, p, builder.build(tx, p)));
            }
            return out;
        });
    }

    /**
     * {@code report monthly}: builds the period's report (refreshing the draft) and writes what it shows
     * — the last submitted version's frozen figures once there is one — as XLSX and, when asked, PDF
     * with the dashboard's charts on its last page.
     * Each file is audited.
     */
    public ReportState export(ReportPeriod period, Path xlsx, Path pdf) {
        ReportState state = monthly(period);
        writeXlsx(state, xlsx);
        if (pdf != null) {
            writePdf(period, state, pdf);
        }
        return state;
    }

    /** The workbook alone (the report screen's 导出 XLSX): built as {@code report monthly} builds it, audited. */
    public ReportState exportXlsx(ReportPeriod period, Path xlsx) {
        ReportState state = monthly(period);
        writeXlsx(state, xlsx);
        return state;
    }

    /** who exported it, when and what for, printed at the foot of every sheet and page */
    private String mark() {
        return ExportMark.of(ws.session(), ws.database().clock().instant(), zone, null, MARK_TEXTS);
    }

    private void writeXlsx(ReportState state, Path xlsx) {
        try {
            new ReportWorkbook().write(xlsx, state.shown(), mark());
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, xlsx.toString());
        }
        audited(state, xlsx.getFileName().toString(), "xlsx");
    }

    /** The printable report alone (the report screen's 导出 PDF), audited. */
    public ReportState exportPdf(ReportPeriod period, Path pdf) {
        ReportState state = monthly(period);
        writePdf(period, state, pdf);
        return state;
    }

    private void writePdf(ReportPeriod period, ReportState state, Path pdf) {
        try {
            // the charts show the ledger now, as the screen does, for the twelve months to the period
            new MonthlyReportPdf().write(pdf, sheet(state), mark(), dashboards.dashboard(period.month()));
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, pdf.toString());
        }
        audited(state, pdf.getFileName().toString(), "pdf");
    }

    private static ReportSheet sheet(ReportState s) {
        Optional<ReportVersion> v = s.report().flatMap(r -> r.lastSubmitted().or(() -> Optional.of(r.latest())));
        return new ReportSheet(s.live().unit(), s.live().period().toString(), s.statusText(), v.map(ReportVersion::number).orElse(1),
                v.map(ReportVersion::late).orElse(false), v.map(ReportVersion::submittedBy).orElse(null), s.differsFromLedger(), s.shown());
    }

    /** Records an export of the period's report in the audit log (what, which version, where). */
    private void audited(ReportState state, String file, String format) {
        ws.database().write(ws.session().actor(), tx -> {
            String version = state.report().map(r -> r.lastSubmitted().orElse(r.latest()).number() + " " + r.latest().status().zh()).orElse("-");
            ws.audit().append(tx, AuditAction.EXPORT, "monthly_report", file,
                    "format=" + format + " period=" + state.live().period() + " version=" + version);
            return null;
        });
    }

    private ReportVersion submitted(Tx tx, ReportPeriod period, int number, String reason, BuiltReport live) {
        LocalDate today = LocalDate.ofInstant(tx.now(), zone);
        return new ReportVersion(number, ReportStatus.SUBMITTED, reason, tx.now(), today, ws.session().user().displayName(),
                period.lateOn(today), live.figures().withoutRows());
    }

    private Optional<MonthlyReport> stored(Tx tx, ReportPeriod period) throws SQLException {
        return ws.reports().findById(tx, MonthlyReport.idOf(ws.session().site().countyCode(), period.toString()))
                .filter(r -> !r.meta().deleted());
    }

    private void save(Tx tx, Optional<MonthlyReport> stored, ReportPeriod period, ReportVersion v, String detail) throws SQLException {
        String county = ws.session().site().countyCode();
        MonthlyReport base = stored.orElseGet(() -> new MonthlyReport(MonthlyReport.idOf(county, period.toString()),
                ws.session().site().siteCode(), county, period.toString(), ws.session().site().name(), List.of(), null));
        MonthlyReport after = base.withVersion(v);
        List<Violation> errors = stored.isPresent() ? ReportRules.checkChange(stored.get(), after) : ReportRules.check(after);
        if (!errors.isEmpty()) {
            throw new InvalidInput(new ValidationResult(errors));
        }
        if (stored.isPresent()) {
            ws.reports().update(tx, stored.get(), after, detail + " " + period + " v" + v.number());
        } else {
            ws.reports().insert(tx, after, detail + " " + period + " v" + v.number());
        }
    }

    private ReportState state(Tx tx, ReportPeriod period, BuiltReport live) throws SQLException {
        Optional<MonthlyReport> stored = stored(tx, period);
        Optional<ReportFigures> frozen = stored.flatMap(MonthlyReport::lastSubmitted).map(ReportVersion::figures);
        boolean differs = frozen.isPresent() && !frozen.get().sameFiguresAs(live.figures());
        return new ReportState(stored, live, frozen.orElse(live.figures()), differs);
    }
}
