package cn.screening.workstation.ui.conflicts;

/** A patient the province refused as a duplicate: ours masked, beside the existing record's site and id. */
public record DuplicateRow(long seq, String localPatient, String localIdNumber, String existingSite, String existingId) {
}
