package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.store.SiteRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

    PatientIdentities(SiteRegistry sites) {
        this.sites = sites;
    }

    /**
     * Another live patient of {@code site}'s county with this ID. The payload text is searched (the
     * store keeps no identity column), narrowed by the owner index to the county's sites; each hit
     * is read back and compared exactly.
     */
    Optional<Twin> twin(Connection c, String site, String idType, String idNumber, UUID self) throws SQLException {
        Set<String> county = sites.scope(c, countyOf(c, site));
        List<String> owners = new ArrayList<>(county);
        String marks = String.join(",", owners.stream().map(o -> "?").toList());
        String sql = "SELECT entity_id, owner_site, payload FROM sync_record WHERE entity_type = ? AND deleted = FALSE"
                + " AND owner_site IN (" + marks + ") AND entity_id <> ? AND payload LIKE ? ESCAPE '!'";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, EntityTypes.PATIENT);
            for (String o : owners) {
                ps.setString(i++, o);
            }
            ps.setObject(i++, self);
            ps.setString(i, "%" + likeEscaped(idNumber) + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JsonNode p = parse(rs.getString(3));
                    if (idNumber.equals(p.path("idNumber").asText()) && idType.equals(p.path("idType").asText())) {
                        return Optional.of(new Twin(rs.getObject(1, UUID.class), rs.getString(2)));
                    }
                }
            }
        }
        return Optional.empty();
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

    private static String likeEscaped(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static JsonNode parse(String json) {
        try {
            return WireJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return WireJson.MAPPER.createObjectNode();
        }
    }
}
