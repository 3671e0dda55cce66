package cn.screening.workstation.domain.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One stay in a designated hospital under a ledger row.
 *
 * @param hospitalSite     the hospital's site code where the province's registry has it, else null
 * @param hospitalCounty   the 6-digit GB/T 2260 county the hospital lies in (先诊疗后付费 needs the patient's own)
 * @param clinicalPathway  入临床路径; a patient who left the pathway has a {@code pathwayVariance}
 * @param transfer         转市级, or null when the stay was not a move up to the city
 * @param costs            null until the settlement is known
 */
public record Admission(UUID id, String hospitalSite, String hospitalName, HospitalLevel level, String hospitalCounty,
                        LocalDate admittedOn, LocalDate dischargedOn, String inpatientNo, String treatment,
                        boolean clinicalPathway, String pathwayVariance, CityTransfer transfer, TreatmentOutcome outcome,
                        Costs costs) {

    /** The hospital's name, level and county where this admission leaves them empty (from the hospital's site). */
    public Admission withHospital(String name, HospitalLevel lvl, String county) {
        return new Admission(id, hospitalSite, hospitalName != null ? hospitalName : name, level != null ? level : lvl,
                hospitalCounty != null ? hospitalCounty : county, admittedOn, dischargedOn, inpatientNo, treatment, clinicalPathway,
                pathwayVariance, transfer, outcome, costs);
    }

    public Admission withCosts(Costs c) {
        return new Admission(id, hospitalSite, hospitalName, level, hospitalCounty, admittedOn, dischargedOn, inpatientNo, treatment,
                clinicalPathway, pathwayVariance, transfer, outcome, c);
    }
}
