package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.SiteRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * DOMAIN §8 rule 6 at the province: one patient per ID number within a county, i.e. among the
 * patients registered by the county's sites (the county hospital and its townships). Another county
 * may hold the same person: counties never see each other's records, and each keeps its own ledger.
 */
final class PatientIdentities {

    static final String DUPLICATE = "duplicate_id_number";

    /** The patient already registered with the number, and the site that registered it. */
    record Twin(UUID id, String site) {
    }

    private final SiteRegistry sites;
    private final RecordStore records = new RecordStore();

    PatientIdentities(SiteRegistry sites) {
        this.sites = sites;
    }

    /** Another live patient of {@code site}'s county with this ID, found by the store's identity key. */
    Optional<Twin> twin(Connection c, String site, String idType, String idNumber, UUID self) throws SQLException {
        Set<String> county = sites.scope(c, countyOf(c, site));
        String key = RecordStore.identityKey(EntityTypes.PATIENT,
                WireJson.MAPPER.createObjectNode().put("idType", idType).put("idNumber", idNumber));
        return records.patientsWithKey(c, key, county, self).entrySet().stream().findFirst()
                .map(e -> new Twin(e.getKey(), e.getValue()));
    }

    /** Whether the site belongs to a county (a county hospital or a township); a designated hospital serves many. */
    boolean countyBound(Connection c, String site) throws SQLException {
        return sites.find(c, site).map(s -> InstitutionType.TOWNSHIP.name().equalsIgnoreCase(s.type())
                || InstitutionType.COUNTY.name().equalsIgnoreCase(s.type())).orElse(false);
    }

    /** Whether {@code other} is one of the sites of {@code site}'s county (the county hospital or a township of it). */
    boolean sameCounty(Connection c, String site, String other) throws SQLException {
        return sites.scope(c, countyOf(c, site)).contains(other);
    }

    /** The county a site belongs to: itself for a county, its parent for a township; any other site stands alone. */
    private String countyOf(Connection c, String site) throws SQLException {
        Optional<SiteInfo> s = sites.find(c, site);
        if (s.isPresent() && InstitutionType.TOWNSHIP.name().equalsIgnoreCase(s.get().type()) && s.get().parentCode() != null) {
            return s.get().parentCode();
        }
        return site;
    }
}
