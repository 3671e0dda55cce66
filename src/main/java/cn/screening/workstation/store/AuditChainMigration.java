package cn.screening.workstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 7.5.1: chains the audit lines written before the chain existed, once, in the order they
 * were written. In Java because the links are keyed from the data key, which SQL never sees.
 */
final class AuditChainMigration implements JavaMigration {

    private final AuditLinks links;

    AuditChainMigration(AuditLinks links) {
        this.links = links;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.5.1");
    }

    @Override
    public String getDescription() {
        return "chain existing audit lines";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long chainNo = 0;
        String prev = AuditLinks.GENESIS;
        try (PreparedStatement read = c.prepareStatement("SELECT seq, at, username, site_code, action, entity_type, entity_id, detail"
                + " FROM audit_log WHERE chain_no IS NULL ORDER BY seq");
             PreparedStatement write = c.prepareStatement("UPDATE audit_log SET chain_no = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    chainNo++;
                    String hash = links.link(prev, chainNo, Tx.fromDb(rs.getObject(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                    write.setLong(1, chainNo);
                    write.setString(2, prev);
                    write.setString(3, hash);
                    write.setLong(4, rs.getLong(1));
                    write.addBatch();
                    prev = hash;
                    if (chainNo % 1000 == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET chain_no = ?, hash = ?")) {
            head.setLong(1, chainNo);
            head.setString(2, prev);
            head.executeUpdate();
        }
    }
}
