package cn.screening.workstation.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

    @TempDir
    Path dir;

    private final CsvTableWriter writer = new CsvTableWriter();

    @Test
    void writesUtf8WithBomAndRfc4180Quoting() throws IOException {
        Path file = dir.resolve("export.csv");

        writer.write(file, List.of("姓名", "备注"), List.of(
                List.of("张三", "说\"不\"，然后走了"),
                Arrays.asList("李四", null),
                List.of("王五", "两行\n说明")));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF姓名,备注\r\n"
                + "张三,\"说\"\"不\"\"，然后走了\"\r\n"
                + "李四,\r\n"
                + "王五,\"两行\n说明\"\r\n");
        assertThat(parse(file)).hasSize(4);
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTempFiles() throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "old content");

        writer.write(file, List.of("a"), List.of(List.of("1")));

        assertThat(Files.readString(file)).isEqualTo("\uFEFFa\r\n1\r\n");
        assertThat(filesIn(dir)).containsExactly("export.csv");
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "old content");
        Iterable<List<String>> failing = () -> new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public List<String> next() {
                if (served++ == 1000) {
                    throw new IllegalStateException("database went away");
                }
                return List.of("row " + served);
            }
        };

        assertThatThrownBy(() -> writer.write(file, List.of("a"), failing)).hasMessage("database went away");

        assertThat(Files.readString(file)).isEqualTo("old content");
        assertThat(filesIn(dir)).containsExactly("export.csv");
    }

    @Test
    void writesIntoASubfolder() throws IOException {
        Path file = dir.resolve("sub").resolve("x.csv");
        Files.createDirectories(file.getParent());

        writer.write(file, List.of("a"), List.of());

        assertThat(Files.readString(file)).isEqualTo("\uFEFFa\r\n");
    }

    @Test
    void keepsCellsThatExcelWouldRunAsFormulasAsText() {
        assertThat(CsvTableWriter.defuse("=HYPERLINK(\"http://x\",\"点击\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"点击\")");
        assertThat(CsvTableWriter.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTableWriter.defuse("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvTableWriter.defuse("-3.5")).isEqualTo("-3.5");
        assertThat(CsvTableWriter.defuse("+8613800000000")).isEqualTo("+8613800000000");
        assertThat(CsvTableWriter.defuse("张三")).isEqualTo("张三");
        assertThat(CsvTableWriter.defuse(null)).isEmpty();
    }

    static List<CSVRecord> parse(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (Reader reader = new java.io.StringReader(text.substring(1))) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
