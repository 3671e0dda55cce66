package cn.screening.workstation.service;

/** What an import wrote: rows read, patients created, rows skipped as already registered, rows refused. */
public record ImportSummary(int rows, int imported, int alreadyRegistered, int refused, int withWarnings) {

    /** What an import of the preview would report, having written nothing. */
    public static ImportSummary dryRun(ImportPreview preview) {
        return new ImportSummary(preview.rows().size(), 0, (int) preview.alreadyRegisteredCount(), (int) preview.errorCount(),
                (int) preview.warningCount());
    }

    /** The `key=value` line the CLI prints. */
    public String line() {
        return "rows=" + rows + " imported=" + imported + " already_registered=" + alreadyRegistered
                + " errors=" + refused + " warnings=" + withWarnings;
    }
}
