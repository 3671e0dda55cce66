package cn.screening.workstation.service;

/** What an import wrote: rows read, patients created, rows skipped as already registered, rows refused. */
public record ImportSummary(int rows, int imported, int alreadyRegistered, int refused, int withWarnings) {

    /** The `key=value` line the CLI prints. */
    public String line() {
        return "rows=" + rows + " imported=" + imported + " already_registered=" + alreadyRegistered
                + " errors=" + refused + " warnings=" + withWarnings;
    }
}
