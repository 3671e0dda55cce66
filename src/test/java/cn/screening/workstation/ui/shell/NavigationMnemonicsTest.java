package cn.screening.workstation.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The left navigation's Alt keys (and 立即同步, 退出登录 beside them) are all different in each
 * language: two buttons on one key would make Alt move between them instead of opening either.
 */
class NavigationMnemonicsTest {

    private static final Pattern MNEMONIC = Pattern.compile("_(\\p{Alnum})");

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyShellButtonHasItsOwnKey(String language) {
        ResourceBundle ui = Texts.bundle("cn.screening.workstation.i18n.ui", Texts.localeOf(language));
        List<String> keys = new ArrayList<>();
        for (String key : ui.keySet()) {
            if (key.startsWith("nav.") || key.equals("status.sync.now")) {
                Matcher m = MNEMONIC.matcher(ui.getString(key));
                if (m.find()) {
                    keys.add(m.group(1).toUpperCase(Locale.ROOT));
                }
            }
        }
        assertThat(keys).contains("J", "1", "2", "3", "4", "5").doesNotHaveDuplicates();
    }
}
