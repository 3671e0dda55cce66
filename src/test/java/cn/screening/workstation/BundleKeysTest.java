package cn.screening.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every bundle key the code or a view uses exists in the Chinese base bundle and the English one,
 * and no bundle holds a key nobody uses. Scans all sources, not one package: any key a screen, a
 * service, a rule or a command names is checked against the five bundles.
 */
class BundleKeysTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path I18N = RESOURCES.resolve("cn/screening/workstation/i18n");
    private static final List<String> FAMILIES = List.of("ui", "messages", "cli", "validation", "transfer", "sync");

    /** Literals that look like keys: dotted lower-case words (e.g. id.checksum, error.login.wrong). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
    /** Literals in the places that must name a key: get/format/text calls, exceptions, violations. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("\\.(?:get|format)\\(\\s*\"([^\"]+)\""),
            Pattern.compile("new \\w*Exception\\(\\s*\"([^\"]+)\""),
            Pattern.compile("Violation\\.(?:error|warning)\\(\\s*[^,]+,\\s*\"([^\"]+)\""),
            Pattern.compile("Optional\\.of\\(\\s*\"([a-z][^\"]*\\.[^\"]+)\""));
    /** "sex." + value.name(): every key under the prefix counts as used. */
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_.]*\\.)\"\\s*\\+");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([^\"]+)\"");
    /** Enum labels of the ui bundle: EnumName.CONSTANT. */
    private static final Pattern ENUM_KEY = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([A-Z][A-Z0-9_]*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static final Map<String, Properties> BUNDLES = new LinkedHashMap<>();
    private static final Set<String> LITERALS = new TreeSet<>();
    private static final Set<String> REQUIRED = new TreeSet<>();
    private static final Set<String> PREFIXES = new TreeSet<>();
    private static final Map<String, Path> SOURCES_BY_NAME = new LinkedHashMap<>();

    @BeforeAll
    static void scan() throws IOException {
        for (String family : FAMILIES) {
            for (String suffix : List.of("", "_en")) {
                Path file = I18N.resolve(family + suffix + ".properties");
                if (Files.exists(file)) {
                    BUNDLES.put(family + suffix, load(file));
                }
            }
        }
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                SOURCES_BY_NAME.put(f.getFileName().toString().replace(".java", ""), f);
                String code = Files.readString(f, StandardCharsets.UTF_8);
                collect(KEY_LITERAL, code, LITERALS);
                collect(DYNAMIC_PREFIX, code, PREFIXES);
                for (Pattern use : KEY_USES) {
                    collect(use, code, REQUIRED);
                }
            }
        }
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                String view = Files.readString(f, StandardCharsets.UTF_8);
                collect(FXML_KEY, view, LITERALS);
                collect(FXML_KEY, view, REQUIRED);
            }
        }
        // keys named in calls are keys only when dotted: map.get("data") is no bundle lookup
        REQUIRED.removeIf(k -> !k.contains(".") || k.contains(" ") || k.endsWith("."));
    }

    @Test
    void eachFamilyHasTheChineseBaseAndEnglish() {
        for (String family : FAMILIES) {
            assertThat(BUNDLES.containsKey(family)).as("base bundle " + family).isEqualTo(BUNDLES.containsKey(family + "_en"));
        }
        assertThat(BUNDLES).containsKeys("ui", "ui_en", "messages", "messages_en", "validation", "validation_en");
    }

    @Test
    void everyKeyTheCodeNamesExistsInChineseAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            Optional<String> family = familyOf(key);
            if (family.isEmpty()) {
                missing.add(key + " (in no bundle)");
                continue;
            }
            for (String bundle : List.of(family.get(), family.get() + "_en")) {
                if (!BUNDLES.get(bundle).containsKey(key)) {
                    missing.add(key + " (not in " + bundle + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndPlaceholders() {
        for (String family : FAMILIES) {
            Properties zh = BUNDLES.get(family);
            Properties en = BUNDLES.get(family + "_en");
            if (zh == null || en == null) {
                continue;
            }
            assertThat(en.stringPropertyNames()).as(family + "_en keys").isEqualTo(zh.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                assertThat(placeholders(en.getProperty(key))).as(family + ": " + key).isEqualTo(placeholders(zh.getProperty(key)));
            }
        }
    }

    @Test
    void noBundleHoldsAnUnusedKey() {
        List<String> unused = new ArrayList<>();
        BUNDLES.forEach((bundle, props) -> props.stringPropertyNames().stream()
                .filter(key -> !used(key))
                .forEach(key -> unused.add(bundle + ": " + key)));
        assertThat(unused).isEmpty();
    }

    @Test
    void enumLabelsCoverEveryConstant() throws ClassNotFoundException {
        Map<String, Set<String>> labelled = BUNDLES.get("ui").stringPropertyNames().stream()
                .map(ENUM_KEY::matcher).filter(Matcher::matches)
                .collect(Collectors.groupingBy(m -> m.group(1), Collectors.mapping(m -> m.group(2), Collectors.toCollection(TreeSet::new))));
        for (var e : labelled.entrySet()) {
            Class<?> type = enumClass(e.getKey()).orElseThrow(() -> new AssertionError("no enum " + e.getKey()));
            Set<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(e.getValue()).as("labels of " + e.getKey()).isEqualTo(constants);
        }
    }

    private static boolean used(String key) {
        if (LITERALS.contains(key) || PREFIXES.stream().anyMatch(key::startsWith)) {
            return true;
        }
        Matcher m = ENUM_KEY.matcher(key);
        if (m.matches()) {
            return enumClass(m.group(1)).map(t -> Arrays.stream(t.getEnumConstants())
                    .anyMatch(c -> ((Enum<?>) c).name().equals(m.group(2)))).orElse(false);
        }
        return false;
    }

    private static Optional<Class<?>> enumClass(String simpleName) {
        Path source = SOURCES_BY_NAME.get(simpleName);
        if (source == null) {
            return Optional.empty();
        }
        String fqn = JAVA.relativize(source).toString().replace(".java", "").replace('/', '.').replace('\\', '.');
        try {
            Class<?> type = Class.forName(fqn);
            return type.isEnum() ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> familyOf(String key) {
        return FAMILIES.stream()
                .filter(f -> BUNDLES.containsKey(f) && BUNDLES.get(f).containsKey(key)
                        || BUNDLES.containsKey(f + "_en") && BUNDLES.get(f + "_en").containsKey(key))
                .findFirst();
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        collect(PLACEHOLDER, text, found);
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
