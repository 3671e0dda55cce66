package cn.screening.workstation.ui.samples;

import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.SampleStage;
import cn.screening.workstation.domain.specimen.SampleTimeline;
import cn.screening.workstation.domain.specimen.TimelineEvent;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.TimeText;
import java.time.Duration;
import java.util.List;

/** A sample's journey as lines a person reads: "2026-11-26 08:30 采血 李医生（义县人民医院）". */
public final class TimelineText {

    private final I18n i18n;
    private final TimeText time;

    public TimelineText(I18n i18n, TimeText time) {
        this.i18n = i18n;
        this.time = time;
    }

    public List<String> lines(SampleTimeline t) {
        return t.events().stream().map(this::line).toList();
    }

    public String line(TimelineEvent e) {
        return i18n.get("sample.timeline.line", time.show(e.at()), i18n.label(e.stage()), nz(e.by()), nz(e.site()), detail(e));
    }

    // the detail is a box number, or the code of a rejection reason or a diagnosis: shown by its label
    private String detail(TimelineEvent e) {
        if (e.detail() == null || e.detail().isBlank()) {
            return "";
        }
        try {
            if (e.stage() == SampleStage.REJECTED) {
                return i18n.label(RejectionReason.valueOf(e.detail()));
            }
            if (e.stage() == SampleStage.RESULTED) {
                return i18n.label(Diagnosis.valueOf(e.detail()));
            }
        } catch (IllegalArgumentException unknownCode) {
            return e.detail();
        }
        return e.detail();
    }

    /** "2 小时 15 分" */
    public String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes >= 60 ? i18n.get("sample.duration.hours", minutes / 60, minutes % 60)
                : i18n.get("sample.duration.minutes", minutes);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
