package cn.screening.workstation.server.store;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.SiteInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The province's sites: townships under their county, counties, designated hospitals. Each site is
 * also a reference record every device pulls.
 */
public final class SiteRegistry {

    /** the site type of a county health bureau, as the registry stores it */
    public static final String BUREAU = "bureau";
    private static final String COLUMNS = "code, site_type, division_code, name, parent_code, hospital_level, diseases";

    private final ReferenceRecords reference;

    public SiteRegistry(ReferenceRecords reference) {
        this.reference = reference;
    }

    /** Adds a site and publishes it as reference data; the caller has locked the versions. */
    public void add(Connection c, SiteInfo site, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO site (code, site_type, division_code, name, parent_code,"
                + " hospital_level, diseases, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, site.code());
            ps.setString(2, site.type());
            ps.setString(3, site.divisionCode());
            ps.setString(4, site.name());
            ps.setString(5, site.parentCode());
            ps.setString(6, site.level());
            ps.setString(7, site.diseases().isEmpty() ? null : String.join(",", site.diseases()));
            Sql.setInstant(ps, 8, now);
            ps.executeUpdate();
        }
        reference.put(c, EntityTypes.SITE, site.code(), site, now);
    }

    public Optional<SiteInfo> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM site WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<SiteInfo> all(Connection c) throws SQLException {
        List<SiteInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM site ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    /** Whether the site is a county health bureau (县卫生健康局). */
    public boolean isBureau(Connection c, String code) throws SQLException {
        return find(c, code).map(s -> BUREAU.equals(s.type())).orElse(false);
    }

    /**
     * The site and every site under it, at any depth: what a device of that site may see and write.
     * A county health bureau's: itself and the county hospitals and townships of its county (by the
     * 6-digit division prefix), not the designated hospitals, which serve every county.
     */
    public Set<String> scope(Connection c, String code) throws SQLException {
        Optional<SiteInfo> self = find(c, code);
        if (self.isPresent() && BUREAU.equals(self.get().type())) {
            return countySites(c, self.get());
        }
        Map<String, List<String>> children = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, parent_code FROM site WHERE parent_code IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                children.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (out.add(s)) {
                todo.addAll(children.getOrDefault(s, List.of()));
            }
        }
        return out;
    }

    /**
     * What a device of the site receives and answers for: its {@link #scope} and, for a county hospital
     * or a county health bureau, its county's address ({@link #countyAddress}), to which the county's
     * monthly reports are sent, so both reporting sites of a county hold the one report.
     */
    public Set<String> addresses(Connection c, String code) throws SQLException {
        Set<String> out = scope(c, code);
        Optional<SiteInfo> self = find(c, code);
        if (self.isPresent() && REPORTERS.contains(self.get().type()) && self.get().divisionCode().length() >= 6) {
            out.add(countyAddress(self.get().divisionCode().substring(0, 6)));
        }
        return out;
    }

    /** The site types that report a county's month: the county hospital and the county health bureau. */
    public static final List<String> REPORTERS = List.of("county", BUREAU);

    /** The address of a county as a whole ({@code county:210727}); never a site code, which has no colon. */
    public static String countyAddress(String countyCode) {
        return "county:" + countyCode;
    }

    private static Set<String> countySites(Connection c, SiteInfo bureau) throws SQLException {
        Set<String> out = new LinkedHashSet<>(List.of(bureau.code()));
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM site WHERE site_type IN ('county', 'township')"
                + " AND division_code LIKE ? ORDER BY code")) {
            ps.setString(1, bureau.divisionCode().substring(0, 6) + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM site"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static SiteInfo map(ResultSet rs) throws SQLException {
        String diseases = rs.getString("diseases");
        return new SiteInfo(rs.getString("code"), rs.getString("site_type"), rs.getString("division_code"), rs.getString("name"),
                rs.getString("parent_code"), rs.getString("hospital_level"), diseases == null ? List.of() : List.of(diseases.split(",")));
    }
}
