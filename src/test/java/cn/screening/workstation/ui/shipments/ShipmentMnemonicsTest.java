package cn.screening.workstation.ui.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipment page sits inside the main window, beside the navigation: an Alt key both use would
 * move the focus between the two instead of pressing either (Alt+D was 发出 and 今日待办 at once).
 */
class ShipmentMnemonicsTest {

    private static final Path VIEWS = Path.of("src/main/resources/cn/screening/workstation/ui");
    private static final Path I18N = Path.of("src/main/resources/cn/screening/workstation/i18n");
    private static final Pattern KEY = Pattern.compile("text=\"%([^\"]+)\"[^>]*mnemonicParsing=\"true\"");
    private static final Pattern LETTER = Pattern.compile("_(\\w)");

    @ParameterizedTest
    @ValueSource(strings = {"ui", "ui_en"})
    void noAltKeyOfTheShipmentPageIsAlsoANavigationKey(String bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(bundle + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(r);
        }
        Map<Character, String> shell = mnemonics(VIEWS.resolve("shell/ShellView.fxml"), texts);
        Map<Character, String> page = mnemonics(VIEWS.resolve("shipments/ShipmentsView.fxml"), texts);
        assertThat(page).containsKey('X');
        page.forEach((letter, text) -> assertThat(shell).as(text + " shares Alt+" + letter).doesNotContainKey(letter));
    }

    private static Map<Character, String> mnemonics(Path fxml, Properties texts) throws IOException {
        Map<Character, String> out = new TreeMap<>();
        Matcher m = KEY.matcher(Files.readString(fxml, StandardCharsets.UTF_8));
        while (m.find()) {
            String text = texts.getProperty(m.group(1));
            Matcher l = LETTER.matcher(text);
            if (l.find()) {
                out.put(Character.toUpperCase(l.group(1).charAt(0)), text);
            }
        }
        return out;
    }
}
