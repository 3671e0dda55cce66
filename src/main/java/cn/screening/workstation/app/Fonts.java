package cn.screening.workstation.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the bundled WenQuanYi Micro Hei when the machine has no Chinese font (a bare Linux; never Windows). */
final class Fonts {

    static final String BUNDLED = "/cn/screening/workstation/fonts/wqy-microhei.ttc";
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static final Set<String> CHINESE = Set.of("Microsoft YaHei", "微软雅黑", "SimSun", "宋体", "WenQuanYi Micro Hei",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "SimHei", "AR PL UMing CN");

    private Fonts() {
    }

    /** Reads a 5 MB file when needed: call off the FX thread. */
    static void ensureChinese() {
        List<String> families = Font.getFamilies();
        if (families.stream().anyMatch(CHINESE::contains)) {
            return;
        }
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
