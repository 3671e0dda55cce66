package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A hospital's receipt, tube verdict or result answers a box or tube a county sent it. The server
 * checks that the county did send it there, so no site can address records to a county (or claim a
 * hospital) the box never named.
 */
final class SentRecords {

    private SentRecords() {
    }

    /**
     * The record at {@code idPath} of {@code entityType} is on the server, owned by the site at
     * {@code fromPath} and addressed to the site at {@code toPath}; otherwise a reason is added.
     */
    static void check(Connection c, ObjectNode payload, String entityType, String idPath, String fromPath, String toPath,
                      List<Reason> out) throws SQLException {
        String id = EntityRules.text(payload, idPath);
        String from = EntityRules.text(payload, fromPath);
        String to = EntityRules.text(payload, toPath);
        if (id == null || from == null || to == null) {
            return; // the type's own check has named what is missing
        }
        String what = EntityTypes.SHIPMENT.equals(entityType) ? "标本箱" : "标本";
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            out.add(new Reason("bad_field", idPath, what + "编号不是合法的 UUID：" + id));
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT owner_site, addressed_to FROM sync_record WHERE entity_type = ? AND entity_id = ? AND deleted = FALSE")) {
            ps.setString(1, entityType);
            ps.setObject(2, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    out.add(new Reason("unknown_record", idPath, "服务器上没有此" + what + "：" + id));
                } else if (!from.equals(rs.getString("owner_site")) || !to.equals(rs.getString("addressed_to"))) {
                    out.add(new Reason("not_sent_to_you", idPath, "此" + what + "不是由 " + from + " 送往 " + to + " 的"));
                }
            }
        }
    }
}
