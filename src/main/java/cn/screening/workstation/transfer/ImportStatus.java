package cn.screening.workstation.transfer;

import java.util.Locale;

/** The outcome of one check of an imported row, as the import report writes it. */
public enum ImportStatus {
    OK, WARNING, ERROR,
    /** the ID number is registered already: nothing wrong, the row is simply not imported again */
    SKIPPED;

    /** ok, warning, error or skipped: the report's status column. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
