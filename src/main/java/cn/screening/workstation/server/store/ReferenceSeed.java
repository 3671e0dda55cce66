package cn.screening.workstation.server.store;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.screening.ScreeningLimits;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.SettingInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The reference data a fresh server starts with: the bundled disease catalogue (republished when a
 * newer jar changes it) and the default provincial settings (published once; an administrator's
 * later value stands).
 */
public final class ReferenceSeed {

    public static final String DRAW_TO_SPIN_LIMIT_HOURS = "drawToSpinLimitHours";

    private final ReferenceRecords reference;

    public ReferenceSeed(ReferenceRecords reference) {
        this.reference = reference;
    }

    public static List<SettingInfo> defaultSettings() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        DiseaseSettings d = DiseaseSettings.DEFAULT;
        ScreeningLimits m = ScreeningLimits.DEFAULT;
        return List.of(
                setting(DRAW_TO_SPIN_LIMIT_HOURS, f.numberNode(4), "采血至离心的最长时限（小时）"),
                setting("activeListSize", f.numberNode(d.activeListSize()), "现行大病专项救治病种目录（21、25或30种）"),
                setting("childAgeLimit", f.numberNode(d.childAgeLimit()), "儿童病种的年龄上限（周岁，含）"),
                setting("mixingMaxSecondsAbovePool", f.numberNode(m.maxSecondsAbovePool()), "纠正试验：混合血浆APTT超出正常血浆的最大秒数"),
                setting("mixingMaxProlongationPercent", f.numberNode(m.maxProlongationPercent()), "纠正试验：混合血浆APTT延长的最大百分比"));
    }

    /** Publishes what is missing or changed; returns how many records it wrote. */
    public int apply(Connection c, Instant now) throws SQLException {
        int written = 0;
        for (Disease d : DiseaseCatalogue.bundled(DiseaseSettings.DEFAULT).all()) {
            written += reference.put(c, EntityTypes.DISEASE, d.code(), d, now) ? 1 : 0;
        }
        for (SettingInfo s : defaultSettings()) {
            written += reference.putIfAbsent(c, EntityTypes.SETTING, s.key(), s, now) ? 1 : 0;
        }
        return written;
    }

    private static SettingInfo setting(String key, JsonNode value, String description) {
        return new SettingInfo(key, value, description);
    }
}
