package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.patient.PovertyStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of the 核对认定 list: the patient masked, 人员类别, township and disease by name, the
 * diagnosis day, since when the row waits (the day it was opened) and the verdict so far.
 *
 * @param waitingSince the day the row was opened (待核对 since then)
 * @param daysWaiting  whole days from {@code waitingSince} to today
 */
public record CertificationRow(UUID id, String name, String idNumber, PovertyStatus group, String township, String disease,
                               LocalDate diagnosedOn, LocalDate waitingSince, long daysWaiting, Certification certification,
                               String reason, String by, LocalDate on, List<String> officesConsulted) {
}
