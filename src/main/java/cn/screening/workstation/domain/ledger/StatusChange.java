package cn.screening.workstation.domain.ledger;

import java.time.LocalDate;

/** One dated step of a ledger row's 救治状态; {@code from} is null for the row's first status. */
public record StatusChange(TreatmentStatus from, TreatmentStatus to, LocalDate on, String by, String note) {
}
