package cn.screening.workstation.server.store;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.screening.ScreeningLimits;
import cn.screening.workstation.domain.specimen.ResultLimits;
import cn.screening.workstation.domain.specimen.SampleLimits;
import cn.screening.workstation.domain.specimen.TurnaroundLimits;
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

    public static final String DRAW_TO_SPIN_LIMIT_HOURS = SampleLimits.DRAW_TO_SPIN_HOURS;

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
                setting("mixingMaxProlongationPercent", f.numberNode(m.maxProlongationPercent()), "纠正试验：混合血浆APTT延长的最大百分比"),
                setting(SampleLimits.FILL, f.numberNode(SampleLimits.DEFAULT.minFillPercent()), "采血量下限（%）"),
                setting(SampleLimits.NEARING_MINUTES, f.numberNode(SampleLimits.DEFAULT.nearingWarning().toMinutes()),
                        "采血至离心时限前多少分钟提醒（分钟）"),
                setting(SampleLimits.MINUS20_DAYS, f.numberNode(SampleLimits.DEFAULT.minus20MaxDays()), "−20 °C冻存最长天数"),
                setting(SampleLimits.MINUS70_DAYS, f.numberNode(SampleLimits.DEFAULT.minus70MaxDays()), "−70 °C及以下冻存最长天数"),
                setting(TurnaroundLimits.DRAW_TO_DISPATCH, f.numberNode(TurnaroundLimits.DEFAULT.drawToDispatch().toHours()),
                        "采血至发出的时限（小时）"),
                setting(TurnaroundLimits.DISPATCH_TO_RECEIPT, f.numberNode(TurnaroundLimits.DEFAULT.dispatchToReceipt().toHours()),
                        "发出至接收的时限（小时）"),
                setting(TurnaroundLimits.RECEIPT_TO_RESULT, f.numberNode(TurnaroundLimits.DEFAULT.receiptToResult().toHours()),
                        "接收至出结果的时限（小时）"),
                setting(ResultLimits.INHIBITOR_POSITIVE, f.numberNode(ResultLimits.DEFAULT.inhibitorPositive()),
                        "抑制物阳性界值（BU/mL），达到即提示紧急转诊"),
                setting(ResultLimits.VWF_LOW, f.numberNode(ResultLimits.DEFAULT.vwfLowPercent()), "vWF:Ag低于此值（%）提示血管性血友病"));
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
