package cn.screening.workstation.server;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportReview;
import cn.screening.workstation.domain.report.ReportStanding;
import cn.screening.workstation.domain.report.ReportVersion;
import cn.screening.workstation.domain.report.ReviewVerdict;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.ReferenceRecords;
import cn.screening.workstation.server.store.ServerDatabase;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoredRecord;
import cn.screening.workstation.server.store.Versions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The city's side of the monthly report (decision 0021): the roll of a period's reports over the
 * counties expected to report, and the review (已审核 / 已退回) of a county's last submitted version,
 * written into the county's one report record so that both its reporting sites pull it.
 */
public final class CityReports {

    /** The counties' calendar: 逾期 and the roll's day are judged in it. */
    public static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    private final ServerDatabase db;
    private final SiteRegistry sites;
    private final RecordStore records;

    public CityReports(ServerDatabase db, SiteRegistry sites, RecordStore records) {
        this.db = db;
        this.sites = sites;
        this.records = records;
    }

    /**
     * Every county expected to report the period — each county (6-digit division) with a registered
     * county hospital or county health bureau — whose code starts with {@code cityPrefix} (all when
     * blank), in code order, with its standing today.
     */
    public ReportRoll roll(String periodText, String cityPrefix) {
        ReportPeriod period = period(periodText);
        String prefix = cityPrefix == null ? "" : cityPrefix.strip();
        if (!prefix.matches("\\d{0,6}")) {
            throw new AdminRefused("--city 须为行政区划代码的前几位数字（如市 2107）：" + cityPrefix);
        }
        LocalDate today = LocalDate.ofInstant(db.clock().instant(), COUNTY_ZONE);
        DivisionCatalogue divisions = new DivisionCatalogue();
        return db.read(c -> {
            Map<String, String> expected = expectedCounties(c, prefix);
            Map<UUID, StoredRecord> stored = records.findAll(c, EntityTypes.MONTHLY_REPORT,
                    expected.keySet().stream().map(k -> MonthlyReport.idOf(k, period.toString())).toList());
            List<ReportRoll.County> lines = new ArrayList<>();
            int submitted = 0;
            int onTime = 0;
            for (Map.Entry<String, String> county : expected.entrySet()) {
                Optional<MonthlyReport> report = Optional.ofNullable(stored.get(MonthlyReport.idOf(county.getKey(), period.toString())))
                        .filter(r -> !r.deleted()).map(CityReports::report);
                ReportStanding standing = ReportStanding.of(report, period, today);
                Optional<ReportVersion> last = report.flatMap(MonthlyReport::lastSubmitted);
                boolean inTime = ReportStanding.onTime(report);
                submitted += standing.submitted() ? 1 : 0;
                onTime += inTime ? 1 : 0;
                String reason = report.flatMap(MonthlyReport::currentReview).map(ReportReview::reason)
                        .or(() -> last.map(ReportVersion::reason)).orElse(null);
                String name = divisions.find(county.getKey()).map(Division::name).orElse(county.getValue());
                lines.add(new ReportRoll.County(county.getKey(), name, standing, standing.zh(), last.map(ReportVersion::number).orElse(0),
                        last.map(ReportVersion::submittedAt).orElse(null), inTime, reason));
            }
            return new ReportRoll(period.toString(), today, lines, expected.size(), submitted, onTime);
        });
    }

    /**
     * The city's verdict on the county's last submitted version of the period: refused when nothing is
     * submitted, when {@code version} is given and is not that version (superseded by a revision, or
     * none such), when that version has been reviewed already, and a return without its reason.
     * Returns the report as the county will pull it.
     */
    public MonthlyReport review(String countyCode, String periodText, ReviewVerdict verdict, String reason, Integer version) {
        ReportPeriod period = period(periodText);
        String county = countyCode == null ? "" : countyCode.strip();
        if (!county.matches("\\d{6}")) {
            throw new AdminRefused("--county 须为 6 位县级行政区划代码：" + countyCode);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (verdict == ReviewVerdict.RETURNED && why == null) {
            throw new AdminRefused("退回月报表须写明退回原因（--reason）");
        }
        return db.write(c -> {
            Versions.lock(c);
            UUID id = MonthlyReport.idOf(county, period.toString());
            StoredRecord stored = records.find(c, EntityTypes.MONTHLY_REPORT, id).filter(r -> !r.deleted())
                    .orElseThrow(() -> new AdminRefused(county + " 的 " + period + " 月报表尚未上报，不能审核"));
            MonthlyReport report = report(stored);
            ReportVersion last = report.lastSubmitted()
                    .orElseThrow(() -> new AdminRefused(county + " 的 " + period + " 月报表只有草稿，尚未提交，不能审核"));
            if (version != null && version < last.number()) {
                throw new AdminRefused(county + " 的 " + period + " 月报表第 " + version + " 版已被第 " + last.number()
                        + " 版（修订）取代，不能再审核；请审核第 " + last.number() + " 版");
            }
            if (version != null && version != last.number()) {
                throw new AdminRefused(county + " 的 " + period + " 月报表没有已提交的第 " + version + " 版（最新为第 " + last.number() + " 版）");
            }
            Optional<ReportReview> earlier = report.currentReview();
            if (earlier.isPresent()) {
                throw new AdminRefused(county + " 的 " + period + " 月报表第 " + last.number() + " 版" + earlier.get().verdict().zh()
                        + "，不能重复审核；县里修订后再审核新版本");
            }
            Instant now = db.clock().instant();
            String returnedFor = verdict == ReviewVerdict.RETURNED ? why : null;
            MonthlyReport reviewed = report.withReview(new ReportReview(last.number(), verdict, returnedFor, now));
            write(c, stored, reviewed, now);
            return reviewed;
        });
    }

    /** The record with its reviews replaced and a new version: the rest of the payload stays byte for byte as the county sent it. */
    private void write(Connection c, StoredRecord stored, MonthlyReport reviewed, Instant now) throws SQLException {
        long version = Versions.next(c);
        ObjectNode payload = stored.payload().deepCopy();
        payload.set("reviews", WireJson.MAPPER.valueToTree(reviewed.reviews()));
        Map<String, Long> fieldVersions = new TreeMap<>(stored.fieldVersions());
        fieldVersions.put("reviews", version);
        records.update(c, new StoredRecord(stored.entityType(), stored.entityId(), version, payload, fieldVersions, stored.ownerSite(),
                stored.addressedTo(), now, ReferenceRecords.PROVINCE, false));
    }

    /** County code → the name of one of its reporting sites, for every county with a county hospital or health bureau. */
    private Map<String, String> expectedCounties(Connection c, String prefix) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (SiteInfo s : sites.all(c)) {
            if (SiteRegistry.REPORTERS.contains(s.type()) && s.divisionCode() != null && s.divisionCode().length() >= 6
                    && s.divisionCode().startsWith(prefix)) {
                out.putIfAbsent(s.divisionCode().substring(0, 6), s.name());
            }
        }
        return out;
    }

    private static ReportPeriod period(String text) {
        return ReportPeriod.parse(text).orElseThrow(() -> new AdminRefused(
                "报告期格式错误：“" + (text == null ? "" : text) + "”，应为“年-月”（YYYY-MM，如 2026-11）"));
    }

    private static MonthlyReport report(StoredRecord r) {
        try {
            return WireJson.MAPPER.treeToValue(r.payload(), MonthlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored monthly report " + r.entityId() + " is unreadable", e);
        }
    }
}
