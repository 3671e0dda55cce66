package cn.screening.workstation.service;

import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.transfer.ImportStatus;
import cn.screening.workstation.transfer.ImportVerdictLine;
import java.util.List;

/**
 * What the import makes of one row: the patient it would register, and the report lines
 * (one `ok` line, or one line per problem).
 *
 * @param alreadyRegistered the ID number is in the store: the row is skipped, not imported twice
 */
public record ImportRowVerdict(int line, Patient patient, List<ImportVerdictLine> lines, boolean alreadyRegistered) {

    public ImportRowVerdict {
        lines = List.copyOf(lines);
    }

    public boolean hasError() {
        return lines.stream().anyMatch(l -> l.status() == ImportStatus.ERROR);
    }

    public boolean hasWarning() {
        return lines.stream().anyMatch(l -> l.status() == ImportStatus.WARNING);
    }

    /** Rows with an error are not imported; warnings are; rows already registered are skipped. */
    public boolean importable() {
        return !hasError() && !alreadyRegistered && patient != null;
    }

    public ImportStatus status() {
        if (hasError()) {
            return ImportStatus.ERROR;
        }
        return hasWarning() ? ImportStatus.WARNING : alreadyRegistered ? ImportStatus.SKIPPED : ImportStatus.OK;
    }
}
