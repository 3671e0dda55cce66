package cn.screening.workstation.domain.referral;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.validation.Violation;

/**
 * Where a referral may go (分级诊疗): a township clinic to its own county hospital or to a designated
 * hospital, a county hospital to a designated hospital. Never to another county's sites, never down
 * to a township (that is the back-referral's way).
 */
public final class ReferralRoutes {

    /** A site as the routing rule needs it: its code, its kind, and the site above it (a township's county). */
    public record Site(String code, InstitutionType type, String parentCode) {
    }

    private ReferralRoutes() {
    }

    public static boolean mayAddress(Site from, Site to) {
        if (from == null || to == null || to.code() == null || to.code().equals(from.code())) {
            return false;
        }
        if (to.type() == InstitutionType.DESIGNATED) {
            return true;
        }
        return from.type() == InstitutionType.TOWNSHIP && to.type() == InstitutionType.COUNTY && to.code().equals(from.parentCode());
    }

    /** The refusal of a letter addressed to {@code toSite}, a site outside the sender's routes. */
    public static Violation outsideRoutes(String toSite) {
        return Violation.error("toSite", "referral.to_site.route", toSite);
    }

    /** The kind a site's reference record names (township | county | designated), or null when it names none of them. */
    public static InstitutionType typeOf(String name) {
        for (InstitutionType t : InstitutionType.values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }
}
