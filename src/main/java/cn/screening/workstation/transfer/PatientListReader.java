package cn.screening.workstation.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the patient list a county receives from the poverty-relief database, as a CSV (UTF-8 or
 * GBK) or an Excel workbook (.xlsx). The format is told by the file's first bytes; the extension
 * only has to be one a patient list can have. Old .xls workbooks are refused with a request to
 * save as .xlsx.
 */
public final class PatientListReader {

    public static final int DEFAULT_MAX_ROWS = 100_000;
    /** Far above 100,000 rows of a patient list; stops a wrong file from being streamed for minutes. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    static final Set<String> EXTENSIONS = Set.of("csv", "txt", "tsv", "xlsx", "xls");

    private static final Logger LOG = LoggerFactory.getLogger(PatientListReader.class);
    private static final int PREFIX_BYTES = 64 * 1024;

    private final int maxRows;

    public PatientListReader() {
        this(DEFAULT_MAX_ROWS);
    }

    /** @param maxRows the most data rows accepted; a longer file is refused, not cut short */
    public PatientListReader(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        this.maxRows = maxRows;
    }

    public PatientListFile read(Path file) throws PatientListException {
        PatientListCollector collector = new PatientListCollector(maxRows);
        long size = feed(file, collector);
        PatientListFile list = collector.finish();
        LOG.info("Read {} rows from {} ({} bytes)", list.rows().size(), file.getFileName(), size);
        return list;
    }

    /**
     * Feeds the rows of a CSV (UTF-8 or GBK) or an .xlsx workbook's first sheet to a sink, the format
     * told by the file's first bytes; the file's size in bytes. Every list the workstation imports
     * is read through here.
     */
    static long feed(Path file, RowSink sink) throws PatientListException {
        String name = file.getFileName().toString();
        String extension = extensionOf(name);
        if (!EXTENSIONS.contains(extension)) {
            throw new PatientListException("transfer.file.unsupportedType", name);
        }
        long size;
        byte[] prefix;
        try {
            size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new PatientListException("transfer.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                prefix = in.readNBytes(PREFIX_BYTES);
            }
        } catch (IOException e) {
            throw new PatientListException(e, "transfer.file.unreadable", name);
        }
        if (prefix.length == 0) {
            throw new PatientListException("transfer.file.empty");
        }
        if (FileSignature.ZIP.matches(prefix)) {
            XlsxPatientListSource.read(file, sink);
        } else if (FileSignature.OLE2.matches(prefix)) {
            throw oldOfficeFile(file);
        } else {
            CsvPatientListSource.read(file, prefix, prefix.length == size, sink);
        }
        return size;
    }

    /** A workbook with an open password is stored in the old compound format too, but .xls advice would mislead. */
    private static PatientListException oldOfficeFile(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return new PatientListException("transfer.xlsx.encrypted");
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot look inside {}", file.getFileName(), e);
        }
        return new PatientListException("transfer.file.oldExcel");
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
