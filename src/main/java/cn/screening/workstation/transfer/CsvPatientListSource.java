package cn.screening.workstation.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Feeds the records of a delimited text file to a collector, streaming. */
final class CsvPatientListSource {

    private static final Logger LOG = LoggerFactory.getLogger(CsvPatientListSource.class);

    private CsvPatientListSource() {
    }

    /**
     * @param prefix the file's first bytes, already read for format detection
     * @param wholeFile whether the prefix is the whole file
     */
    static void read(Path file, byte[] prefix, boolean wholeFile, RowSink collector)
            throws PatientListException {
        Charset charset = TextEncodingDetector.detect(prefix, wholeFile)
                .orElseThrow(() -> new PatientListException("transfer.file.notText"));
        String text = new String(prefix, charset);
        // Many web systems export an HTML or XML table named .xls; Excel opens it, we cannot.
        if (PatientListCollector.clean(text).startsWith("<")) {
            throw new PatientListException("transfer.file.webPage");
        }
        char delimiter = detectDelimiter(text);
        LOG.debug("Reading {} as {} text, delimiter {}", file.getFileName(), charset, (int) delimiter);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(in, TextEncodingDetector.strictDecoder(charset));
                CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            int line = 0;
            while (hasNext(records, file, charset, line + 1)) {
                CSVRecord record = records.next();
                line = Math.toIntExact(record.getRecordNumber());
                collector.accept(line, record.toList());
            }
        } catch (IOException e) {
            throw new PatientListException(e, "transfer.file.unreadable", file.getFileName().toString());
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, Path file, Charset charset, int nextLine)
            throws PatientListException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                long badLine = lineOfUndecodableBytes(file, charset);
                throw new PatientListException(e, "transfer.file.badEncoding", badLine);
            }
            if (e.getCause() instanceof CSVException) {
                throw new PatientListException(e, "transfer.file.badQuotes", nextLine);
            }
            throw e;
        }
    }

    /**
     * The line where decoding fails, counted exactly: the parser reads ahead, so its own line
     * count can be far behind the bad bytes. Runs only when a file turns out to mix encodings.
     */
    private static long lineOfUndecodableBytes(Path file, Charset charset) {
        CharsetDecoder decoder = TextEncodingDetector.strictDecoder(charset);
        ByteBuffer in = ByteBuffer.allocate(8192);
        CharBuffer out = CharBuffer.allocate(8192);
        long line = 1;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            while (true) {
                int read = channel.read(in);
                in.flip();
                CoderResult result = decoder.decode(in, out, read < 0);
                out.flip();
                while (out.hasRemaining()) {
                    if (out.get() == '\n') {
                        line++;
                    }
                }
                out.clear();
                if (result.isError() || read < 0) {
                    return line;
                }
                in.compact();
            }
        } catch (IOException e) {
            return line;
        }
    }

    /** Comma, unless the header line clearly uses semicolons or tabs instead. */
    static char detectDelimiter(String text) {
        String header = firstNonBlankLine(text);
        int commas = countOutsideQuotes(header, ',');
        int semicolons = countOutsideQuotes(header, ';');
        int tabs = countOutsideQuotes(header, '\t');
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        if (semicolons > commas) {
            return ';';
        }
        return ',';
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            if (!PatientListCollector.clean(line).isEmpty()) {
                return line;
            }
        }
        return "";
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
