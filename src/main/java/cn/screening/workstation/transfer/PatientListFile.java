package cn.screening.workstation.transfer;

import java.util.List;

/**
 * A patient list as read from a file, before any validation.
 *
 * @param headerCells the header row's cells as written (BOM and surrounding spaces removed)
 * @param rows        the non-blank rows after the header, in file order
 */
public record PatientListFile(List<String> headerCells, List<PatientListRow> rows) {

    public PatientListFile {
        headerCells = List.copyOf(headerCells);
        rows = List.copyOf(rows);
    }
}
