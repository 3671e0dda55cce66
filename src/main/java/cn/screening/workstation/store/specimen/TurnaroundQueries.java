package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.report.TimedSpan;
import cn.screening.workstation.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The samples whose current leg may have run too long, found by index rather than by walking every
 * sample: not sent long after the draw, sent but not received, received but not resulted.
 */
public final class TurnaroundQueries {

    private static final String SQL = "SELECT id FROM sample WHERE site_code = ? AND status <> 'DISPATCHED' AND drawn_at < ?"
            + " AND deleted = FALSE"
            + " UNION SELECT i.sample_id FROM shipment_item i JOIN shipment s ON s.id = i.shipment_id"
            + " WHERE s.status = 'DISPATCHED' AND (s.from_site = ? OR s.destination = ?) AND s.dispatched_at < ?"
            + " AND NOT EXISTS (SELECT 1 FROM tube_verdict v WHERE v.sample_id = i.sample_id)"
            + " UNION SELECT v.sample_id FROM tube_verdict v JOIN receipt r ON r.id = v.receipt_id"
            + " WHERE v.decision = 'ACCEPTED' AND (r.receiving_site = ? OR r.from_site = ?) AND v.decided_at < ?"
            + " AND NOT EXISTS (SELECT 1 FROM lab_result l WHERE l.sample_id = v.sample_id AND l.confirmed = TRUE)";

    /** Sample ids of this site (drawn here, or sent to it) past one of the three limits; at most {@code limit}. */
    public Set<UUID> candidates(Tx tx, String site, Instant drawnBefore, Instant dispatchedBefore, Instant decidedBefore, int limit)
            throws SQLException {
        Set<UUID> out = new LinkedHashSet<>();
        try (PreparedStatement ps = tx.prepare(SQL + " LIMIT " + limit)) {
            ps.setString(1, site);
            ps.setObject(2, Tx.toDb(drawnBefore));
            ps.setString(3, site);
            ps.setString(4, site);
            ps.setObject(5, Tx.toDb(dispatchedBefore));
            ps.setString(6, site);
            ps.setString(7, site);
            ps.setObject(8, Tx.toDb(decidedBefore));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    private static final String RECEIVED = "SELECT s.drawn_at, v.decided_at FROM tube_verdict v JOIN sample s ON s.id = v.sample_id"
            + " WHERE v.decision = 'ACCEPTED' AND v.deleted = FALSE AND s.deleted = FALSE AND s.site_code LIKE ?"
            + " AND v.decided_at >= ? AND v.decided_at < ?";

    /** Draw → receipt of the samples drawn at the sites of a county and accepted at the hospital in [from, to). */
    public List<TimedSpan> receivedBetween(Tx tx, String countyCode, Instant from, Instant to) throws SQLException {
        List<TimedSpan> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare(RECEIVED)) {
            ps.setString(1, countyCode + "%");
            ps.setObject(2, Tx.toDb(from));
            ps.setObject(3, Tx.toDb(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TimedSpan(Tx.fromDb(rs.getObject(1)), Tx.fromDb(rs.getObject(2))));
                }
            }
        }
        return out;
    }
}
