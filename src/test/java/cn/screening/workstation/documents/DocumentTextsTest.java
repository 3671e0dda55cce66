package cn.screening.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The printed forms' bundle and the code agree: every key the documents code names exists, and no
 * key sits unused. (Chinese only, so it is not one of the bundle families BundleKeysTest pairs with English.)
 */
class DocumentTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/screening/workstation/documents");
    private static final Path BUNDLE = Path.of("src/main/resources/cn/screening/workstation/i18n/documents.properties");
    private static final Pattern TEXT_CALL = Pattern.compile("\\.text\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern FIELD_CHECK = Pattern.compile("Fields\\.(?:required|barcodeText|masked|nonEmpty|refused)\\(\\s*\"(\\w+)\"");
    private static final Pattern PROBLEM = Pattern.compile("\"(problem\\.\\w+)\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

    private static final Set<String> REQUIRED = new TreeSet<>();
    private static final Set<String> USED = new TreeSet<>();
    private static final Properties KEYS = new Properties();

    @BeforeAll
    static void scan() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                collect(TEXT_CALL, code, "", REQUIRED);
                collect(FIELD_CHECK, code, "field.", REQUIRED);
                collect(PROBLEM, code, "", REQUIRED);
                collect(KEY_LITERAL, code, "", USED);
            }
        }
        USED.addAll(REQUIRED);
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            KEYS.load(in);
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() {
        assertThat(REQUIRED).isNotEmpty();
        assertThat(KEYS.stringPropertyNames()).containsAll(REQUIRED);
    }

    @Test
    void noKeyInTheBundleIsUnused() {
        assertThat(USED).containsAll(KEYS.stringPropertyNames());
    }

    @Test
    void theFormsReadInChinese() {
        DocumentTexts texts = DocumentTexts.chinese();
        assertThat(texts.text("manifest.title")).isEqualTo("标本运送清单");
        assertThat(texts.text("manifest.page", 2, 4)).isEqualTo("第 2 页 / 共 4 页");
    }

    private static void collect(Pattern pattern, String code, String prefix, Set<String> into) {
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            into.add(prefix + m.group(1));
        }
    }
}
