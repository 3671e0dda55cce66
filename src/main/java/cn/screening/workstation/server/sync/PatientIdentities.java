package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.store.RecordStore;
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

    /** Another live patient of {@code site}'s county with this ID, found by the store's identity key. */
    Optional<Twin> twin(PushView view, String site, String idType, String idNumber, UUID self) throws SQLException {
        Set<String> county = county(view, site);
        String key = RecordStore.identityKey(EntityTypes.PATIENT,
                WireJson.MAPPER.createObjectNode().put("idType", idType).put("idNumber", idNumber));
        if (key == null) {
            return Optional.empty();
        }
        return view.storedPatients(key).entrySet().stream()
                .filter(e -> !e.getKey().equals(self) && county.contains(e.getValue()))
                .findFirst().map(e -> new Twin(e.getKey(), e.getValue()));
    }

    /** Whether the site belongs to a county (a county hospital or a township); a designated hospital serves many. */
    boolean countyBound(PushView view, String site) throws SQLException {
        return view.sites().find(site).map(s -> InstitutionType.TOWNSHIP.name().equalsIgnoreCase(s.type())
                || InstitutionType.COUNTY.name().equalsIgnoreCase(s.type())).orElse(false);
    }

    /** Whether {@code other} is one of the sites of {@code site}'s county (the county hospital or a township of it). */
    boolean sameCounty(PushView view, String site, String other) throws SQLException {
        return county(view, site).contains(other);
    }

    private static Set<String> county(PushView view, String site) throws SQLException {
        return view.sites().scope(countyOf(view, site));
    }

    /** The county a site belongs to: itself for a county, its parent for a township; any other site stands alone. */
    private static String countyOf(PushView view, String site) throws SQLException {
        Optional<SiteInfo> s = view.sites().find(site);
        if (s.isPresent() && InstitutionType.TOWNSHIP.name().equalsIgnoreCase(s.get().type()) && s.get().parentCode() != null) {
            return s.get().parentCode();
        }
        return site;
    }
}
