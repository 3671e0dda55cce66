package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.service.Texts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 病情摘要 pre-filled from a case: bleeding history, family history, screening tests and the result. */
final class ClinicalSummary {

    private ClinicalSummary() {
    }

    static String of(ScreeningCase c, Texts texts, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("referral.summary.registered", c.registeredAt().atZone(zone).toLocalDate().toString()));
        HemophiliaScreening s = c.screening();
        if (s != null) {
            List<String> bleeds = new ArrayList<>();
            for (Map.Entry<BleedingTrigger, String> t : s.triggers().entrySet()) {
                String note = t.getValue() == null || t.getValue().isBlank() ? "" : "（" + t.getValue() + "）";
                bleeds.add(texts.get("referral.trigger." + t.getKey().name()) + note);
            }
            if (!bleeds.isEmpty()) {
                parts.add(texts.get("referral.summary.bleeding", String.join("、", bleeds)));
            }
            if (s.familyHistory()) {
                parts.add(texts.get("referral.summary.family", s.familyHistoryNote() == null ? "" : s.familyHistoryNote()));
            }
            parts.addAll(screeningTests(s, texts));
        }
        return String.join("；", parts) + "。";
    }

    /** The county's screening tests and their conclusion, e.g. 筛查检验：APTT 68 s（参考 25–37）；筛查结论：高度疑似. */
    static List<String> screeningTests(HemophiliaScreening s, Texts texts) {
        List<String> parts = new ArrayList<>();
        if (s == null) {
            return parts;
        }
        List<String> labs = new ArrayList<>();
        lab(labs, "APTT", s.aptt(), "s");
        lab(labs, "PT", s.pt(), "s");
        lab(labs, "TT", s.tt(), "s");
        lab(labs, "FIB", s.fib(), "g/L");
        lab(labs, "PLT", s.plt(), "×10⁹/L");
        if (!labs.isEmpty()) {
            parts.add(texts.get("referral.summary.labs", String.join("，", labs)));
        }
        if (s.classification() != null) {
            parts.add(texts.get("referral.summary.result", texts.get("class." + s.classification().name())));
        }
        return parts;
    }

    private static void lab(List<String> out, String name, LabValue v, String unit) {
        if (v == null || v.value() == null) {
            return;
        }
        String range = v.hasRange() ? "（参考 " + v.refLow().toPlainString() + "–" + v.refHigh().toPlainString() + "）" : "";
        out.add(name + " " + v.value().toPlainString() + " " + unit + range);
    }
}
