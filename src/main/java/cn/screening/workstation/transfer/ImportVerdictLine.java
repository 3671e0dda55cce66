package cn.screening.workstation.transfer;

import java.util.Objects;

/**
 * One line of the import report. A row may have several: one per problem found.
 *
 * @param row     the row's line number in the imported file
 * @param field   the column the verdict is about, "" for the whole row
 * @param message the sentence the user reads, already in their language
 */
public record ImportVerdictLine(int row, ImportStatus status, String field, String message) {

    public ImportVerdictLine {
        Objects.requireNonNull(status, "status");
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }
}
