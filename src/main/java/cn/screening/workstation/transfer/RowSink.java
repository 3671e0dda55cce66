package cn.screening.workstation.transfer;

import java.util.List;

/** Takes the rows of a CSV or a sheet as they are read, one at a time. */
interface RowSink {

    /**
     * @param line  the row's line number in the file, 1 for the first
     * @param cells the row's cells as text, untrimmed
     */
    void accept(int line, List<String> cells) throws PatientListException;
}
