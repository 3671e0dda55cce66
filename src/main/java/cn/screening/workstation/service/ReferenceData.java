package cn.screening.workstation.service;

import cn.screening.workstation.domain.followup.FollowUpRules;
import cn.screening.workstation.domain.referral.ReferralRoutes;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The reference data the server sent, as the referral and follow-up services read it: the sites
 * (receiving hospitals among them) and the configurable settings, with built-in defaults until
 * the settings have arrived. The settings themselves are read through the rules in force
 * ({@link Workspace#rules()}), so every service sees the same value and the same fall-back.
 */
public final class ReferenceData {

    private final Workspace ws;

    public ReferenceData(Workspace ws) {
        this.ws = ws;
    }

    public List<SiteInfo> sites(Tx tx) throws SQLException {
        return ws.syncStore().references().list(tx, EntityTypes.SITE).stream()
                .map(i -> StoreJson.MAPPER.convertValue(i.payload(), SiteInfo.class)).toList();
    }

    public List<SiteInfo> sites() {
        return ws.database().read(this::sites);
    }

    public Optional<SiteInfo> site(Tx tx, String code) throws SQLException {
        return code == null ? Optional.empty() : sites(tx).stream().filter(s -> code.equals(s.code())).findFirst();
    }

    /** The site's name, or its code when the reference data does not know it. */
    public String siteName(Tx tx, String code) throws SQLException {
        return site(tx, code).map(SiteInfo::name).orElse(code == null ? "" : code);
    }

    /**
     * Where this site's referrals can go, by the rule the server holds them to ({@link ReferralRoutes}):
     * designated hospitals, and for a township its own county hospital.
     */
    public List<SiteInfo> receivingSites() {
        return ws.database().read(this::receivingSites);
    }

    public List<SiteInfo> receivingSites(Tx tx) throws SQLException {
        List<SiteInfo> all = sites(tx);
        SiteProfile own = ws.session().site();
        ReferralRoutes.Site from = all.stream().filter(s -> own.siteCode().equals(s.code())).findFirst().map(ReferenceData::route)
                .orElse(new ReferralRoutes.Site(own.siteCode(), own.type(), null));
        return all.stream().filter(s -> ReferralRoutes.mayAddress(from, route(s))).toList();
    }

    private static ReferralRoutes.Site route(SiteInfo s) {
        return new ReferralRoutes.Site(s.code(), ReferralRoutes.typeOf(s.type()), s.parentCode());
    }

    /** The follow-up rules in force (the server's settings over the defaults, as {@link RuleBook} settled them). */
    public FollowUpRules followUpRules() {
        return ws.rules().followUpRules();
    }

    public int referralValidityDays() {
        return ws.rules().referralValidityDays();
    }
}
