package cn.screening.workstation.domain.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the small CSV tables bundled on the classpath (header line skipped, optional double
 * quotes, "" inside quotes). Hand-written so the domain needs no CSV library.
 */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** Calls {@code row} with the fields of every data line; a {@code .gz} resource is unzipped. */
    public static void read(String resource, Consumer<String[]> row) {
        try (InputStream raw = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("bundled reference table missing: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    row.accept(split(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String[] split(String line) {
        return line.contains("\"\"") ? splitEscaped(line) : splitPlain(line);
    }

    // the common case, no "" escapes: jump from delimiter to delimiter (the street table has 41,000 lines)
    private static String[] splitPlain(String line) {
        List<String> fields = new ArrayList<>(8);
        int start = 0;
        while (true) {
            if (start < line.length() && line.charAt(start) == '"') {
                int close = line.indexOf('"', start + 1);
                if (close < 0) {
                    return splitEscaped(line);
                }
                fields.add(line.substring(start + 1, close));
                start = close + 1;
            } else {
                int comma = line.indexOf(',', start);
                fields.add(line.substring(start, comma < 0 ? line.length() : comma));
                start = comma < 0 ? line.length() + 1 : comma;
            }
            if (start >= line.length()) {
                return fields.toArray(String[]::new);
            }
            start++;
        }
    }

    private static String[] splitEscaped(String line) {
        List<String> fields = new ArrayList<>(8);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
