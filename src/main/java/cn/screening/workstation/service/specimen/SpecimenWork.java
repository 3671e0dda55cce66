package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.today.WorkItem;
import cn.screening.workstation.service.today.WorkSource;
import java.math.BigDecimal;

/** What the specimen loop puts on 今日待办: a confirmed inhibitor that still needs its urgent referral. */
public final class SpecimenWork {

    public static final String URGENT_REFERRAL = "specimen.urgentReferral";

    private SpecimenWork() {
    }

    public static WorkSource urgentReferrals(Workspace ws) {
        return (tx, today) -> ws.specimens().results().inhibitorPositiveUnreferred(tx, ws.session().site().siteCode()).stream()
                .map(r -> new WorkItem(URGENT_REFERRAL, r.caseId(), title(r), null, true))
                .toList();
    }

    /** e.g. 病例 C-2107…-0001 · 抑制物 1.2 BU/mL */
    private static String title(LabResult r) {
        BigDecimal bu = r.bethesdaBu();
        return "病例 " + r.caseNo() + (bu == null ? "" : " · 抑制物 " + bu.stripTrailingZeros().toPlainString() + " BU/mL");
    }
}
