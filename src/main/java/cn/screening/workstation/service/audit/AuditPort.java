package cn.screening.workstation.service.audit;

import cn.screening.workstation.service.Page;
import java.nio.file.Path;
import java.util.List;

/** What the 审计日志 screen needs (store reads, file writes: off the FX thread); administrators only. */
public interface AuditPort {

    /** The names of the actions a line may record, for the filter. */
    List<String> actions();

    Page<AuditLine> page(AuditFilter filter, int offset, int limit);

    /** Writes the filtered lines to CSV or XLSX (by the file's extension) and audits the export; how many. */
    int export(AuditFilter filter, Path file);

    /** Walks the whole chain: 审计链完整，共 N 条, or where it breaks. */
    Verified verify();

    record Verified(boolean intact, String sentence) {
    }
}
