package cn.screening.workstation.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What every list import takes: the file, the report to write, and whether to import at all. */
final class ListImportOptions {
    @Option(names = "--file", required = true, description = "the list: CSV in UTF-8 or GBK, or XLSX")
    Path file;
    @Option(names = "--report", required = true, description = "report CSV: row,status,field,message")
    Path report;
    @Option(names = "--dry-run", description = "judge every line and write the report, import nothing")
    boolean dryRun;
}
