package cn.screening.workstation.ui.conflicts;

import java.util.UUID;

/** One conflicting field as the table shows it: both values with who changed them and when. */
public record ConflictRow(UUID id, String record, String field, String localValue, String localBy, String serverValue,
                          String serverBy) {
}
