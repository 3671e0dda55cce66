package cn.screening.workstation.domain.report;

import static cn.screening.workstation.domain.report.ReportColumns.*;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.CertificationRecord;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.StatusChange;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Computes tables A, B and C of a county's monthly report from its ledger rows (docs/report.md):
 * <ul>
 * <li>the people counted are the rows certified 已认定 on or before the period's last day;</li>
 * <li>a status count takes each row's status as of that day (its latest history step dated then or before);</li>
 * <li>stays (人次) and amounts are the admissions discharged — settled — within the period.</li>
 * </ul>
 * Every figure keeps the ids of the ledger rows behind it.
 */
public final class MonthlyFigures {

    public static final String BY_DISEASE_TABLE = "A";
    public static final String BY_TOWNSHIP_TABLE = "B";
    public static final String BY_HOSPITAL_TABLE = "C";

    private final ReportPeriod period;
    private final String countyCode;

    public MonthlyFigures(ReportPeriod period, String countyCode) {
        this.period = period;
        this.countyCode = countyCode;
    }

    /**
     * @param diseases  table A's lines: the active list, in its order
     * @param townships table B's lines: the county's townships, in code order
     */
    public ReportFigures build(List<LedgerEntry> rows, List<Label> diseases, List<Label> townships) {
        Map<String, Tally> byDisease = lines(diseases);
        Map<String, Tally> byTownship = lines(townships);
        Map<String, Tally> byHospital = new TreeMap<>();
        Tally total = new Tally();
        Tally hospitalTotal = new Tally();
        Map<String, String> extraDiseases = new LinkedHashMap<>();
        Map<String, String> extraTownships = new LinkedHashMap<>();
        for (LedgerEntry e : rows) {
            Optional<TreatmentStatus> status = statusAsOf(e, period.last());
            if (e.meta() != null && e.meta().deleted() || status.isEmpty() || !certified(e.certification())) {
                continue;
            }
            String disease = e.diseaseCode();
            String township = e.townshipCode() == null ? "" : e.townshipCode();
            if (!byDisease.containsKey(disease)) {
                extraDiseases.put(disease, disease);
            }
            if (!byTownship.containsKey(township)) {
                extraTownships.put(township, township.isEmpty() ? "（未填乡镇）" : township);
            }
            List<Tally> targets = List.of(byDisease.computeIfAbsent(disease, k -> new Tally()),
                    byTownship.computeIfAbsent(township, k -> new Tally()), total);
            for (Tally t : targets) {
                count(t, e, status.get());
            }
            for (Admission a : e.admissions()) {
                if (!period.contains(a.dischargedOn())) {
                    continue;
                }
                for (Tally t : targets) {
                    stay(t, e, a);
                }
                String hospital = a.hospitalName() == null ? "（未填医院）" : a.hospitalName();
                for (Tally t : List.of(byHospital.computeIfAbsent(hospital, k -> new Tally()), hospitalTotal)) {
                    hospitalStay(t, e.id(), a);
                }
            }
        }
        List<Label> diseaseLines = withExtra(diseases, extraDiseases);
        List<Label> townshipLines = withExtra(townships, extraTownships);
        List<Label> hospitalLines = byHospital.keySet().stream().map(h -> new Label(h, h)).toList();
        return new ReportFigures(List.of(
                table(BY_DISEASE_TABLE, "表A 按病种统计", BY_DISEASE, diseaseLines, byDisease, total),
                table(BY_TOWNSHIP_TABLE, "表B 按乡镇统计", BY_TOWNSHIP, townshipLines, byTownship, total),
                table(BY_HOSPITAL_TABLE, "表C 按定点医院统计", BY_HOSPITAL, hospitalLines, byHospital, hospitalTotal)));
    }

    /** 已认定 on or before the period's last day (a verdict without a date counts from when it was made: today). */
    private boolean certified(CertificationRecord c) {
        return c.status() == Certification.CERTIFIED && (c.on() == null || !c.on().isAfter(period.last()));
    }

    /** The row's status on {@code day}: its latest history step dated then or before; empty if it had none yet. */
    public static Optional<TreatmentStatus> statusAsOf(LedgerEntry e, LocalDate day) {
        if (e.history().isEmpty()) {
            return Optional.of(e.status());
        }
        TreatmentStatus found = null;
        for (StatusChange step : e.history()) {
            if (step.on() == null || !step.on().isAfter(day)) {
                found = step.to();
            }
        }
        return Optional.ofNullable(found);
    }

    private void count(Tally t, LedgerEntry e, TreatmentStatus status) {
        UUID id = e.id();
        t.add(CERTIFIED, 1, id);
        if (period.contains(e.certification().on())) {
            t.add(CERTIFIED_NEW, 1, id);
        }
        String column = switch (status) {
            case TREATED -> TREATED;
            case TREATING -> TREATING;
            case WAITING -> WAITING;
            case CHRONIC_CARE -> CHRONIC;
            case DIED -> DIED;
            case LOST -> LOST;
            default -> null;
        };
        if (column != null) {
            t.add(column, 1, id);
        }
        if (e.history().stream().anyMatch(s -> s.to() == TreatmentStatus.TREATED && period.contains(s.on()))) {
            t.add(TREATED_NEW, 1, id);
        }
        t.add(TREATMENT_RATE, status == TreatmentStatus.TREATED || status == TreatmentStatus.TREATING ? 1 : 0, id);
        t.addOf(TREATMENT_RATE, 1, id);
    }

    private void stay(Tally t, LedgerEntry e, Admission a) {
        UUID id = e.id();
        if (a.level() == HospitalLevel.COUNTY) {
            t.add(COUNTY_STAYS, 1, id);
        }
        if (a.level() == HospitalLevel.CITY || a.transfer() != null) {
            t.add(CITY_STAYS, 1, id);
        }
        t.add(IN_COUNTY_SHARE, countyCode.equals(a.hospitalCounty()) ? 1 : 0, id);
        t.addOf(IN_COUNTY_SHARE, 1, id);
        if (a.clinicalPathway()) {
            t.addOnce(PATHWAY, id);
        }
        Costs c = a.costs();
        if (c == null) {
            return;
        }
        t.add(TOTAL_COST, c.totalFen(), id);
        for (Payer p : Payer.values()) {
            t.add(payer(p), c.paid(p), id);
        }
        t.add(WAIVER, c.hospitalWaiverFen(), id);
        t.add(OTHER, c.otherFen(), id);
        t.add(OUT_OF_POCKET, c.outOfPocketFen(), id);
        t.add(OUT_OF_POCKET_SHARE, c.outOfPocketFen(), id);
        t.addOf(OUT_OF_POCKET_SHARE, c.totalFen(), id);
        if (c.treatFirstPayLater()) {
            t.add(TREAT_FIRST, 1, id);
        }
        if (c.oneStopSettlement()) {
            t.add(ONE_STOP, 1, id);
        }
    }

    private static void hospitalStay(Tally t, UUID id, Admission a) {
        t.add(STAYS, 1, id);
        Costs c = a.costs();
        if (c != null) {
            t.add(TOTAL_COST, c.totalFen(), id);
            t.add(OUT_OF_POCKET, c.outOfPocketFen(), id);
            t.add(WAIVER, c.hospitalWaiverFen(), id);
        }
    }

    private static Map<String, Tally> lines(List<Label> labels) {
        Map<String, Tally> out = new LinkedHashMap<>();
        labels.forEach(l -> out.put(l.key(), new Tally()));
        return out;
    }

    private static List<Label> withExtra(List<Label> listed, Map<String, String> extra) {
        List<Label> out = new ArrayList<>(listed);
        extra.forEach((k, v) -> out.add(new Label(k, v)));
        return out;
    }

    private static ReportTable table(String key, String title, List<ReportColumn> columns, List<Label> labels,
                                     Map<String, Tally> tallies, Tally total) {
        Function<Tally, List<Figure>> figures = t -> t.figures(columns);
        List<ReportLine> lines = new ArrayList<>();
        for (Label l : labels) {
            lines.add(new ReportLine(l.key(), l.text(), figures.apply(tallies.get(l.key()))));
        }
        lines.add(new ReportLine(ReportLine.TOTAL, "合计", figures.apply(total)));
        return new ReportTable(key, title, columns, lines);
    }
}
