package cn.screening.workstation.app;

import cn.screening.workstation.store.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled WenQuanYi Micro Hei when the machine has no Chinese font (a bare Linux; never
 * Windows). Listing the system's fonts costs a tenth of a second before the first window, so a start
 * that finds a Chinese font writes its family into the data folder ({@link #REMEMBERED}) and later starts
 * trust that; after their first frame, {@link #recheck} makes sure the font is still installed.
 */
final class Fonts {

    static final String BUNDLED = "/cn/screening/workstation/fonts/wqy-microhei.ttc";
    /** The data folder's note of the Chinese system font a start found. */
    static final String REMEMBERED = "chinese-font.txt";
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static final Set<String> CHINESE = Set.of("Microsoft YaHei", "微软雅黑", "SimSun", "宋体", "WenQuanYi Micro Hei",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "SimHei", "AR PL UMing CN");

    private Fonts() {
    }

    /** Before the first frame, off the FX thread (it may read a 5 MB file): trusts the note, else lists the fonts. */
    static void ensureChinese(Path dataFolder) {
        if (remembered(dataFolder).isPresent()) {
            return;
        }
        Optional<String> system = systemChinese();
        if (system.isPresent()) {
            remember(dataFolder, system.get());
        } else {
            loadBundled();
        }
    }

    /**
     * After the first frame, off the FX thread: when the remembered font is gone, forgets it and loads
     * the bundled one (texts drawn from then on use it; the next start loads it before its first frame).
     */
    static void recheck(Path dataFolder) {
        Optional<String> noted = remembered(dataFolder);
        if (noted.isPresent() && !Font.getFamilies().contains(noted.get())) {
            try {
                Files.deleteIfExists(dataFolder.resolve(REMEMBERED));
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", REMEMBERED, e.getMessage());
            }
            ensureChinese(dataFolder);
        }
    }

    private static Optional<String> systemChinese() {
        return Font.getFamilies().stream().filter(CHINESE::contains).findFirst();
    }

    private static Optional<String> remembered(Path dataFolder) {
        Path note = dataFolder.resolve(REMEMBERED);
        try {
            return Files.isRegularFile(note) ? Optional.of(Files.readString(note, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void remember(Path dataFolder, String family) {
        if (!Files.isDirectory(dataFolder)) {
            return; // not made yet: the set-up makes it, and the next start notes the font
        }
        try {
            Path note = dataFolder.resolve(REMEMBERED);
            Files.deleteIfExists(note);
            Files.writeString(Files.createFile(note, OwnerOnly.createAttributes(note)), family, StandardCharsets.UTF_8);
            OwnerOnly.file(note);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot note the Chinese font in the data folder: {}", e.getMessage()); // the next start lists the fonts again
        }
    }

    private static void loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                LOG.warn("bundled Chinese font missing: {}", BUNDLED);
                return;
            }
            Font[] loaded = Font.loadFonts(in, 14);
            LOG.info("no Chinese system font; loaded {} bundled face(s)", loaded == null ? 0 : loaded.length);
        } catch (IOException e) {
            LOG.warn("cannot load the bundled Chinese font: {}", e.getMessage());
        }
    }
}
