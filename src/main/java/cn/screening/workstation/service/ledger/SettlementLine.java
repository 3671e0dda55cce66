package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.DesignatedHospitals;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.transfer.SettlementList;
import cn.screening.workstation.transfer.TableFile;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One line of a settlement list, its cells read: amounts in fen, 是/否 flags, dates, the hospital by name. */
final class SettlementLine {
    /** What the line says, each field null where its cell was missing or unreadable. */
    String idNumber;
    String disease;
    DesignatedHospitals.Hospital hospital;
    LocalDate admitted;
    LocalDate discharged;
    TreatmentStatus status;
    Costs costs;

    private SettlementLine() {
    }

    /** Reads one line; each cell that cannot be read adds a violation naming its column to {@code found}. */
    static SettlementLine read(TableFile.Row row, List<Disease> diseases, DesignatedHospitals hospitals, List<Violation> found) {
        SettlementLine p = new SettlementLine();
        String id = row.value(SettlementList.ID).toUpperCase();
        if (id.isEmpty()) {
            found.add(Violation.error("ledger.import.id", "common.required"));
        } else {
            p.idNumber = id;
        }
        String disease = row.value(SettlementList.DISEASE);
        p.disease = diseases.stream().filter(d -> d.nameZh().equals(disease) || d.code().equals(disease))
                .map(Disease::code).findFirst().orElse(null);
        if (p.disease == null) {
            found.add(Violation.error("ledger.disease", disease.isEmpty() ? "common.required" : "ledger.disease.off_list"));
        }
        String hospital = row.value(SettlementList.HOSPITAL);
        p.hospital = hospitals.byName(hospital).orElse(null);
        if (p.hospital == null) {
            found.add(hospital.isEmpty() ? Violation.error("admission.hospital", "common.required")
                    : Violation.error("admission.hospital", "ledger.import.hospital_unknown", hospital));
        }
        p.admitted = date(row, SettlementList.ADMITTED, "admission.admittedOn", true, found);
        p.discharged = date(row, SettlementList.DISCHARGED, "admission.dischargedOn", false, found);
        String status = row.value(SettlementList.STATUS);
        if (!status.isEmpty()) {
            p.status = TreatmentStatus.ofZh(status).orElse(null);
            if (p.status == null) {
                found.add(Violation.error("ledger.status", "ledger.import.status", status));
            }
        }
        Map<Payer, Long> paid = new EnumMap<>(Payer.class);
        for (Payer payer : Payer.values()) {
            paid.put(payer, amount(row, payer.zh(), "costs." + payer.name(), found));
        }
        long total = amount(row, SettlementList.TOTAL, "costs.total", found);
        if (row.value(SettlementList.TOTAL).isEmpty()) {
            found.add(Violation.error("costs.total", "common.required"));
        }
        long waiver = amount(row, SettlementList.WAIVER, "costs.hospitalWaiver", found);
        long other = amount(row, SettlementList.OTHER, "costs.other", found);
        long own = amount(row, SettlementList.OWN, "costs.outOfPocket", found);
        boolean oneStop = flag(row, SettlementList.ONE_STOP, "costs.oneStopSettlement", found);
        boolean payLater = flag(row, SettlementList.PAY_LATER, "costs.treatFirstPayLater", found);
        p.costs = new Costs(total, paid, waiver, other, own, oneStop, payLater);
        return p;
    }

    private static LocalDate date(TableFile.Row row, String column, String field, boolean required, List<Violation> found) {
        String cell = row.value(column);
        if (cell.isEmpty()) {
            if (required) {
                found.add(Violation.error(field, "common.required"));
            }
            return null;
        }
        Optional<LocalDate> d = SettlementList.date(cell);
        if (d.isEmpty()) {
            found.add(Violation.error(field, "ledger.import.date", cell));
        }
        return d.orElse(null);
    }

    /** The cell in fen (an empty cell is 0); an unreadable one names its column. */
    private static long amount(TableFile.Row row, String column, String field, List<Violation> found) {
        String cell = row.value(column);
        if (cell.isEmpty()) {
            return 0;
        }
        Optional<Long> fen = SettlementList.fen(cell);
        if (fen.isEmpty()) {
            found.add(Violation.error(field, "ledger.import.amount", cell));
        }
        return fen.orElse(0L);
    }

    private static boolean flag(TableFile.Row row, String column, String field, List<Violation> found) {
        String cell = row.value(column);
        Optional<Boolean> f = SettlementList.flag(cell);
        if (f.isEmpty()) {
            found.add(Violation.error(field, "ledger.import.flag", cell));
        }
        return f.orElse(false);
    }
}
