package cn.screening.workstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One open transaction: its connection, who acts, and one clock reading for every row it writes. */
public final class Tx {

    private final Connection connection;
    private final Actor actor;
    private final Instant now;
    private final AuditLinks auditLinks;

    Tx(Connection connection, Actor actor, Instant now, AuditLinks auditLinks) {
        this.connection = connection;
        this.actor = actor;
        this.now = now;
        this.auditLinks = auditLinks;
    }

    AuditLinks auditLinks() {
        return auditLinks;
    }

    public Connection connection() {
        return connection;
    }

    public Actor actor() {
        return actor;
    }

    public Instant now() {
        return now;
    }

    public PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    public static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant fromDb(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }
}
