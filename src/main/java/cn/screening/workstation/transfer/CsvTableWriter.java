package cn.screening.workstation.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a table to a CSV that Excel opens with its Chinese intact: UTF-8 with a BOM, RFC 4180
 * quoting, CRLF. The file appears whole or not at all: it is written beside the target and moved
 * over it, so a crash or a full disk never leaves half an export.
 */
public final class CsvTableWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CsvTableWriter.class);
    private static final char BOM = '\uFEFF';
    /** A plain number such as -3.5 or +8613800000000 is data, not a formula. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /**
     * @param rows each row's cells in header order; null cells are written empty
     */
    public void write(Path target, List<String> header, Iterable<? extends List<String>> rows) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writeTo(writer, header, rows);
                writer.flush();
                channel.force(true);
            }
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes BOM, header and rows to a writer the caller owns; does not close it. */
    public void writeTo(Writer writer, List<String> header, Iterable<? extends List<String>> rows)
            throws IOException {
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header.stream().map(CsvTableWriter::defuse).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(CsvTableWriter::defuse).toList());
        }
        printer.flush();
    }

    /**
     * Excel runs a cell that starts with = + - @ as a formula; a name or note typed by someone
     * could then fetch a URL or run a command when the export is opened. A leading apostrophe
     * keeps it text.
     */
    static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; a plain replace is the best they offer.
            LOG.warn("Atomic move not supported in {}; replacing {} non-atomically", target.getParent(),
                    target.getFileName());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
