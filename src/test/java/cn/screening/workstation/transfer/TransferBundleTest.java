package cn.screening.workstation.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the package uses exists in both bundles, with the same placeholders, and none is unused. */
class TransferBundleTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/screening/workstation/transfer");
    private static final Path BUNDLES = Path.of("src/main/resources/cn/screening/workstation/i18n");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(transfer\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void keysInCodeAndBundlesMatch() throws IOException {
        Set<String> used = keysUsedInCode();
        Properties zh = load("transfer.properties");
        Properties en = load("transfer_en.properties");

        assertThat(used).isNotEmpty();
        assertThat(zh.stringPropertyNames()).isEqualTo(used);
        assertThat(en.stringPropertyNames()).isEqualTo(used);
    }

    @Test
    void translationsTakeTheSameArguments() throws IOException {
        Properties zh = load("transfer.properties");
        Properties en = load("transfer_en.properties");
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }

    @Test
    void messagesReadInTheUsersLanguage() {
        PatientListException e = new PatientListException("transfer.rows.tooMany", 100_000);

        assertThat(new TransferMessages(Locale.CHINA).text(e)).isEqualTo("数据超过100,000行，请分成几个文件导入");
        assertThat(new TransferMessages(Locale.ENGLISH).text(e))
                .isEqualTo("The file has more than 100,000 rows; split it into several files");
        assertThat(new TransferMessages(Locale.CHINA).text(new PatientListException("transfer.file.empty")))
                .isEqualTo("文件为空");
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
