package cn.screening.workstation.store;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accounts of this workstation (passwords are in the keyring, never here). */
public final class UserRepository {

    private static final String COLUMNS = "username, display_name, role, active, created_at, last_login_at";

    public void insert(Tx tx, UserAccount user) throws SQLException {
        try (PreparedStatement ps = tx.prepare("INSERT INTO app_user (" + COLUMNS + ", created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, user.username());
            ps.setString(2, user.displayName());
            ps.setString(3, user.role().name());
            ps.setBoolean(4, user.active());
            ps.setObject(5, Tx.toDb(user.createdAt()));
            ps.setObject(6, Tx.toDb(user.lastLoginAt()));
            ps.setString(7, tx.actor().username());
            ps.executeUpdate();
        }
    }

    public Optional<UserAccount> find(Tx tx, String username) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<UserAccount> all(Tx tx) throws SQLException {
        List<UserAccount> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM app_user ORDER BY username");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    public void recordLogin(Tx tx, String username) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE app_user SET last_login_at = ? WHERE username = ?")) {
            ps.setObject(1, Tx.toDb(tx.now()));
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    public void setActive(Tx tx, String username, boolean active) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE app_user SET active = ? WHERE username = ?")) {
            ps.setBoolean(1, active);
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    private static UserAccount map(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4),
                Tx.fromDb(rs.getObject(5)), Tx.fromDb(rs.getObject(6)));
    }
}
