package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.specimen.FactorActivity;
import cn.screening.workstation.domain.specimen.InhibitorScreen;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the designated hospital's lab confirmed for a case, worded for a letter: the diagnosis with
 * its class, and the key results (factor %, vWF:Ag, inhibitor). Both ends hold the result after
 * sync, so the county's 转诊单 and the hospital's 下转单 say the same.
 */
final class LabFindings {

    private final Workspace ws;
    private final Texts texts;
    private final ZoneId zone;

    LabFindings(Workspace ws, Texts texts, ZoneId zone) {
        this.ws = ws;
        this.texts = texts;
        this.zone = zone;
    }

    /** The case's latest confirmed result, if the lab has confirmed one. */
    Optional<LabResult> confirmed(Tx tx, UUID caseId) throws SQLException {
        if (caseId == null) {
            return Optional.empty();
        }
        return ws.specimens().results().ofCase(tx, caseId).stream().filter(LabResult::confirmed)
                .max(Comparator.comparing(LabResult::confirmedAt));
    }

    /** e.g. 血友病A（重型，抑制物阳性）. */
    String diagnosis(LabResult r) {
        List<String> qualifiers = new ArrayList<>();
        if (r.severity() != null) {
            qualifiers.add(texts.get("referral.lab.severity." + r.severity().name()));
        }
        if (r.inhibitorPositive()) {
            qualifiers.add(texts.get(r.highTitre() ? "referral.lab.inhibitor.high" : "referral.lab.inhibitor.positive.short"));
        }
        String dx = texts.get("referral.lab.diagnosis." + r.diagnosis().name());
        return qualifiers.isEmpty() ? dx : dx + "（" + String.join("，", qualifiers) + "）";
    }

    /** e.g. FⅧ:C 0.8%（一期法），FⅨ:C 95%，vWF:Ag 85%，抑制物阳性 1.2 BU/mL；确诊：血友病A（重型）（省血友病定点医院 2026-12-07）. */
    String keyResults(LabResult r, String labName) {
        List<String> parts = new ArrayList<>();
        factor(parts, "FⅧ:C", r.fviii(), r);
        factor(parts, "FⅨ:C", r.fix(), null);
        if (r.vwfAg() != null) {
            parts.add("vWF:Ag " + r.vwfAg().stripTrailingZeros().toPlainString() + "%");
        }
        if (r.inhibitorScreen() == InhibitorScreen.POSITIVE || r.inhibitorPositive()) {
            parts.add(r.bethesdaBu() == null ? texts.get("referral.lab.inhibitor.positive.short")
                    : texts.get("referral.lab.inhibitor.titre", r.bethesdaBu().stripTrailingZeros().toPlainString()));
        } else if (r.inhibitorScreen() == InhibitorScreen.NEGATIVE) {
            parts.add(texts.get("referral.lab.inhibitor.negative"));
        }
        LocalDate on = LocalDate.ofInstant(r.confirmedAt(), zone);
        return String.join("，", parts) + "；" + texts.get("referral.lab.confirmed", diagnosis(r), labName, on.toString());
    }

    private void factor(List<String> out, String name, FactorActivity f, LabResult withMethod) {
        if (f == null) {
            return;
        }
        String method = withMethod != null && withMethod.method() != null
                ? "（" + texts.get("referral.lab.method." + withMethod.method().name()) + "）" : "";
        out.add(name + " " + f.text() + "%" + method);
    }
}
