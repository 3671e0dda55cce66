package cn.screening.workstation.service;

import java.nio.file.Path;
import java.util.List;

/** A patient list read and judged, before anything is written. */
public record ImportPreview(Path file, List<ImportRowVerdict> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long importableCount() {
        return rows.stream().filter(ImportRowVerdict::importable).count();
    }

    public long errorCount() {
        return rows.stream().filter(ImportRowVerdict::hasError).count();
    }

    public long warningCount() {
        return rows.stream().filter(r -> !r.hasError() && r.hasWarning()).count();
    }

    public long alreadyRegisteredCount() {
        return rows.stream().filter(ImportRowVerdict::alreadyRegistered).count();
    }
}
