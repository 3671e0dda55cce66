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

    private final ReferenceRecords reference;

    public SiteRegistry(ReferenceRecords reference) {
        this.reference = reference;
    }

    /** Adds a site and publishes it as reference data; the caller has locked the versions. */
    public void add(Connection c, SiteInfo site, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO site (code, site_type, division_code, name, parent_code,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, site.code());
            ps.setString(2, site.type());
            ps.setString(3, site.divisionCode());
            ps.setString(4, site.name());
            ps.setString(5, site.parentCode());
            Sql.setInstant(ps, 6, now);
            ps.executeUpdate();
        }
        reference.put(c, EntityTypes.SITE, site.code(), site, now);
    }

    public Optional<SiteInfo> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code, site_type, division_code, name, parent_code FROM site WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<SiteInfo> all(Connection c) throws SQLException {
        List<SiteInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, site_type, division_code, name, parent_code FROM site ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    /** The site and every site under it, at any depth: what a device of that site may see and write. */
    public Set<String> scope(Connection c, String code) throws SQLException {
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

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM site"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static SiteInfo map(ResultSet rs) throws SQLException {
        return new SiteInfo(rs.getString("code"), rs.getString("site_type"), rs.getString("division_code"), rs.getString("name"),
                rs.getString("parent_code"));
    }
}
