package cn.screening.workstation.store;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The one row that says which institution this workstation serves. */
public final class SiteRepository {

    public Optional<SiteProfile> find(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT site_code, institution_type, division_code, name FROM site_profile");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new SiteProfile(rs.getString(1), InstitutionType.valueOf(rs.getString(2)), rs.getString(3),
                    rs.getString(4)));
        }
    }

    public void save(Tx tx, SiteProfile site) throws SQLException {
        try (PreparedStatement ps = tx.prepare("MERGE INTO site_profile (singleton, site_code, institution_type, division_code, name, created_at)"
                + " KEY (singleton) VALUES (1, ?, ?, ?, ?, ?)")) {
            ps.setString(1, site.siteCode());
            ps.setString(2, site.type().name());
            ps.setString(3, site.divisionCode());
            ps.setString(4, site.name());
            ps.setObject(5, Tx.toDb(tx.now()));
            ps.executeUpdate();
        }
    }
}
