package cn.screening.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The Chinese font is found once per data folder; a later start trusts the note until the font is gone. */
class FontsTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFirstStartNotesTheChineseSystemFontOrLoadsTheBundledOne() throws Exception {
        Fonts.ensureChinese(folder);

        assertAChineseFontIsThere();
    }

    @Test
    void aNotedFontThatIsGoneIsForgottenAfterTheFirstFrame() throws Exception {
        Path note = folder.resolve(Fonts.REMEMBERED);
        Files.writeString(note, "A Font Removed Since");

        Fonts.ensureChinese(folder);
        assertThat(note).as("trusted before the first frame").hasContent("A Font Removed Since");

        Fonts.recheck(folder);
        assertThat(Files.exists(note) ? Files.readString(note, StandardCharsets.UTF_8) : "").isNotEqualTo("A Font Removed Since");
        assertAChineseFontIsThere();
    }

    /** Either the note names an installed font, or there is none and the bundled font is loaded. */
    private void assertAChineseFontIsThere() throws Exception {
        Path note = folder.resolve(Fonts.REMEMBERED);
        if (Files.exists(note)) {
            assertThat(Font.getFamilies()).contains(Files.readString(note, StandardCharsets.UTF_8));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(note))).isEqualTo("rw-------");
        } else {
            assertThat(Font.getFamilies()).contains("WenQuanYi Micro Hei");
        }
    }
}
