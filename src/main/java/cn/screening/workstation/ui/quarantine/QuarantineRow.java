package cn.screening.workstation.ui.quarantine;

import java.util.UUID;

/**
 * One refused change, or one pulled record not stored here, as the table shows it: which record, why,
 * and who changed it when.
 *
 * @param pulled a record sent by the server that this workstation could not store (nothing to send again)
 */
public record QuarantineRow(long seq, String entityType, UUID entityId, String record, String reasons, String changed,
                            boolean pulled) {
}
