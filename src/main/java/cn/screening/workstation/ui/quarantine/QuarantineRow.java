package cn.screening.workstation.ui.quarantine;

import java.util.UUID;

/** One refused change as the table shows it: which record, why, and who changed it when. */
public record QuarantineRow(long seq, String entityType, UUID entityId, String record, String reasons, String changed) {
}
