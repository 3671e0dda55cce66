package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the ledger list: the patient masked (unless full names were asked for and allowed),
 * the disease and township by name, and the admissions' totals in fen; {@code hospital} and
 * {@code lastAdmittedOn} are the latest admission's.
 */
public record LedgerRow(UUID id, UUID patientId, String name, String idNumber, String township, String diseaseCode,
                        String disease, TreatmentStatus status, Certification certification, String hospital,
                        LocalDate diagnosedOn, int admissions, long totalFen, long outOfPocketFen, LocalDate lastAdmittedOn) {
}
