package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.service.referral.ReferralEntry;
import cn.screening.workstation.ui.common.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the referral page words a referral: its list row, its details, the steps of its timeline. */
final class ReferralTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final ZoneId zone;

    ReferralTexts(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    /** A list row, seen from the site with this code. */
    ReferralRow row(ReferralEntry i, String siteCode) {
        Referral r = i.referral();
        ReferralSide side = r.sideOf(siteCode);
        String way = side == ReferralSide.RECEIVER ? i18n.get("referral.list.from", i.fromName())
                : i18n.get("referral.list.to", i.toName());
        return new ReferralRow(r, side, r.referralNo() == null ? "" : r.referralNo(), i.patient(), way, i18n.label(r.status()),
                i18n.label(r.urgency()), r.validUntil() == null ? "" : r.validUntil().toString());
    }

    String describe(Referral r, ReferralEntry i) {
        StringBuilder s = new StringBuilder();
        s.append(i18n.get("referral.details.head", r.referralNo(), i.patient(), i.caseNo() == null ? "" : i.caseNo()));
        s.append('\n').append(i18n.get("referral.details.route", i.fromName(), i.toName(),
                r.toDepartment() == null ? "" : r.toDepartment()));
        s.append('\n').append(i18n.get("referral.details.letter", i18n.label(r.urgency()), String.valueOf(r.validFrom()),
                String.valueOf(r.validUntil()), nz(r.purpose()), nz(r.preliminaryDiagnosis())));
        if (r.receipt().rejectReason() != null) {
            s.append('\n').append(i18n.get("referral.details.rejected", r.receipt().rejectReason()));
        }
        if (r.receipt().inpatientNo() != null) {
            s.append('\n').append(i18n.get("referral.details.inpatient", r.receipt().inpatientNo()));
        }
        if (r.backReferral() != null) {
            s.append('\n').append(i18n.get("referral.details.back", nz(r.backReferral().diagnosis()),
                    nz(r.backReferral().nextTreatmentPlan())));
        }
        return s.toString();
    }

    TimelineRow step(ReferralEvent e) {
        String who = i18n.get("referral.timeline.by", nz(e.by()), nz(e.site()));
        String move = e.from() == null ? i18n.label(e.to()) : i18n.get("referral.timeline.move", i18n.label(e.from()),
                i18n.label(e.to()));
        return new TimelineRow(e.at() == null ? "" : WHEN.format(e.at().atZone(zone)), who, move, nz(e.note()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
