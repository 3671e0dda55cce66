package cn.screening.workstation.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page sits inside the main window, beside the navigation: an Alt key both use would move the
 * focus between the two instead of pressing either (Alt+D was 发出 and 今日待办 at once; Alt+C was
 * 接收所选 and 同步冲突). Dialogs are windows of their own and are not listed.
 */
class PageMnemonicsTest {

    private static final List<String> PAGES = List.of("today/TodayView", "cases/CaseListView", "conflicts/ConflictsView",
            "followup/FollowUpsView", "importer/ImportView", "patients/PatientListView", "quarantine/QuarantineView",
            "receiving/ReceivingView", "referral/ReferralsView", "registration/RegistrationView", "registration/PatientSection", "registration/ScreeningSection", "registry/RegistryView", "ledger/LedgerListView",
            "results/ResultsView", "certification/CertificationsView", "dashboard/DashboardView", "samples/SampleWatchView", "settings/SettingsView", "shipments/ShipmentsView",
            "users/UsersView", "report/ReportView", "audit/AuditView");

    private static final Path VIEWS = Path.of("src/main/resources/cn/screening/workstation/ui");
    private static final Path I18N = Path.of("src/main/resources/cn/screening/workstation/i18n");
    private static final Pattern KEY = Pattern.compile("text=\"%([^\"]+)\"[^>]*mnemonicParsing=\"true\"");
    private static final Pattern LETTER = Pattern.compile("_(\\w)");

    @ParameterizedTest
    @ValueSource(strings = {"ui", "ui_en"})
    void noAltKeyOfAPageIsAlsoANavigationKeyOrTwiceOnThePage(String bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(bundle + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(r);
        }
        Map<Character, String> shell = mnemonics(VIEWS.resolve("shell/ShellView.fxml"), texts, new ArrayList<>());
        for (String page : PAGES) {
            Path fxml = VIEWS.resolve(page + ".fxml");
            assertThat(fxml).as("page view").exists();
            List<String> twice = new ArrayList<>();
            Map<Character, String> keys = mnemonics(fxml, texts, twice);
            assertThat(twice).as(page + " uses an Alt key twice").isEmpty();
            keys.forEach((letter, text) -> assertThat(shell).as(page + ": " + text + " shares Alt+" + letter).doesNotContainKey(letter));
        }
    }

    private static Map<Character, String> mnemonics(Path fxml, Properties texts, List<String> twice) throws IOException {
        Map<Character, String> out = new TreeMap<>();
        Matcher m = KEY.matcher(Files.readString(fxml, StandardCharsets.UTF_8));
        while (m.find()) {
            String text = texts.getProperty(m.group(1));
            Matcher l = LETTER.matcher(text);
            if (l.find()) {
                String before = out.put(Character.toUpperCase(l.group(1).charAt(0)), text);
                if (before != null) {
                    twice.add(before + " / " + text);
                }
            }
        }
        return out;
    }
}
