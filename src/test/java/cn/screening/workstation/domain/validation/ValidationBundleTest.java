package cn.screening.workstation.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import cn.screening.workstation.domain.ledger.Payer;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the domain uses exists in both bundles, and the bundles hold no other keys. */
class ValidationBundleTest {

    /** The domain's rules, and the services that judge rows of their own (the ledger's settlement import). */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/cn/screening/workstation/domain"),
            Path.of("src/main/java/cn/screening/workstation/service/ledger"));
    private static final Pattern KEY =
            Pattern.compile("\"((?:common|code|id|patient|screening|referral|followup|registry|specimen|ledger|report)\\.[a-z0-9_.]+)\"");
    // a field is named where a violation is made, or handed to the helper that makes one
    private static final Pattern FIELD = Pattern.compile("(?:Violation\\.(?:error|warning)|checkOne)\\(\"([a-zA-Z0-9_.]+)\"");
    /** A settlement list's amounts and flags, named where the line's cell is read: amount(row, column, "costs.total", found). */
    private static final Pattern CELL_FIELD = Pattern.compile("(?:amount|flag)\\(row, [^,]+, \"([a-zA-Z_.]*[a-zA-Z0-9_])\"");
    /** A service's refusal, whose text is in the screens' bundle (messages.properties), not this one. */
    private static final Pattern SERVICE_KEY = Pattern.compile("ServiceException\\(\"([a-z0-9_.]+)\"");
    /** Field names the specimen rules keep as constants, e.g. SampleRules.FILL = "sample.fill". */
    private static final Pattern FIELD_CONSTANT =
            Pattern.compile("static final String [A-Z_]+ = \"((?:sample|shipment|receipt|result)\\.[A-Za-z]+)\"");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(bundle("validation_en.properties").keySet()).isEqualTo(bundle("validation.properties").keySet());
    }

    @Test
    void everyKeyUsedInCodeExistsAndEveryMessageKeyIsUsed() {
        Set<String> used = matches(KEY);
        used.removeAll(matches(FIELD)); // the ledger's field names share the key's prefix
        used.removeAll(matches(SERVICE_KEY));
        Set<String> messageKeys = bundle("validation.properties").keySet().stream().map(Object::toString)
                .filter(k -> !k.startsWith("field.")).collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).isNotEmpty();
        assertThat(messageKeys).isEqualTo(used);
    }

    @Test
    void everyFieldNamedInAViolationHasALabelAndEveryLabelIsAField() {
        Set<String> fields = matches(FIELD);
        fields.add("id_number"); // passed as IdNumberRules.FIELD
        fields.addAll(matches(FIELD_CONSTANT));
        fields.addAll(matches(CELL_FIELD));
        for (Payer payer : Payer.values()) {
            fields.add("costs." + payer.name()); // LedgerImport names a payer's column by the payer
        }
        Set<String> labels = bundle("validation.properties").keySet().stream().map(Object::toString)
                .filter(k -> k.startsWith("field.")).map(k -> k.substring("field.".length()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(labels).isEqualTo(fields);
    }

    @Test
    void theRuleTextsAreThoseOfTheDomainSpecification() {
        Properties zh = bundle("validation.properties");
        Map<String, String> rules = Map.ofEntries(
                Map.entry("id.format", "身份证号码须为18位，末位为数字或X"),
                Map.entry("id.checksum", "身份证号码校验位错误，请核对"),
                Map.entry("id.birth_date", "身份证号码中的出生日期无效"),
                Map.entry("id.province", "身份证号码地址码省份无效"),
                Map.entry("id.county_unknown", "地址码未在行政区划代码表中，请确认（历史代码可能有效）"),
                Map.entry("id.upgraded", "已将15位身份证号升级为18位，请确认"),
                Map.entry("id.birth_date_mismatch", "出生日期与身份证号码不一致"),
                Map.entry("id.sex_mismatch", "性别与身份证号码不一致"),
                Map.entry("code.out_of_domain", "代码不在标准值域内（GB/T 2261.1 / GB 3304 / CV02.01.101）"),
                Map.entry("patient.guardian_required", "未满14周岁患者须登记监护人并取得监护人同意"),
                Map.entry("screening.female", "女性血友病罕见，请确认（可能为症状性携带者）"),
                Map.entry("screening.highly_suspected_needs_ranges", "判定高度疑似须录入APTT、PT及参考范围"));

        rules.forEach((key, text) -> assertThat(zh.getProperty(key)).as(key).isEqualTo(text));
    }

    @Test
    void theChineseBundleReadsAsUtf8() {
        assertThat(bundle("validation.properties").getProperty("field.id_number")).isEqualTo("身份证号码");
    }

    private static Set<String> matches(Pattern pattern) {
        Set<String> found = new HashSet<>();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TreeSet<>(found);
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = ValidationBundleTest.class.getResourceAsStream("/cn/screening/workstation/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
