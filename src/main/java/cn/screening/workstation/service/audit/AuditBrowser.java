package cn.screening.workstation.service.audit;

import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditChainVerdict;
import cn.screening.workstation.store.AuditEntry;
import cn.screening.workstation.store.AuditQuery;
import cn.screening.workstation.store.Tx;
import cn.screening.workstation.transfer.CsvTableWriter;
import cn.screening.workstation.transfer.XlsxTableWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The audit log for administrators: filtered pages with patients masked, its export (itself audited), the chain's check. */
public final class AuditBrowser implements AuditPort {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int EXPORT_LIMIT = 1_000_000;

    private final Workspace ws;
    private final Texts texts;
    private final ZoneId zone;

    public AuditBrowser(Workspace ws, Texts texts, ZoneId zone) {
        this.ws = ws;
        this.texts = texts;
        this.zone = zone;
    }

    @Override
    public List<String> actions() {
        return java.util.Arrays.stream(AuditAction.values()).map(Enum::name).toList();
    }

    @Override
    public Page<AuditLine> page(AuditFilter filter, int offset, int limit) {
        ws.session().require(Permission.MANAGE_USERS);
        return ws.database().read(tx -> {
            AuditQuery q = query(tx, filter);
            return new Page<>(lines(tx, q.run(tx, offset, limit)), q.count(tx), offset, limit);
        });
    }

    @Override
    public int export(AuditFilter filter, Path file) {
        ws.session().require(Permission.MANAGE_USERS);
        List<AuditLine> lines = ws.database().read(tx -> lines(tx, query(tx, filter).run(tx, 0, EXPORT_LIMIT)));
        List<String> header = List.of(texts.get("audit.export.header").split(","));
        List<List<String>> rows = lines.stream().map(l -> List.of(String.valueOf(l.seq()), TIME.format(l.at().atZone(zone)),
                nz(l.username()), texts.get("audit.action." + l.action()), nz(l.subject()), nz(l.detail()))).toList();
        try {
            if (file.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
                new XlsxTableWriter().write(file, texts.get("audit.export.sheet"), header, rows);
            } else {
                new CsvTableWriter().write(file, header, rows);
            }
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, file.toString());
        }
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.EXPORT, "audit_log", file.getFileName().toString(), "rows=" + rows.size());
            return null;
        });
        return rows.size();
    }

    @Override
    public Verified verify() {
        ws.session().require(Permission.MANAGE_USERS);
        AuditChainVerdict v = AuditChain.verify(ws.database());
        return new Verified(v.intact(), AuditChain.sentence(v, texts, zone));
    }

    private AuditQuery query(Tx tx, AuditFilter f) throws SQLException {
        AuditAction action = blank(f.action()) == null ? null : AuditAction.valueOf(f.action());
        return new AuditQuery(blank(f.username()), action, patientId(tx, f.patient()),
                f.from() == null ? null : f.from().atStartOfDay(zone).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A record id as typed, or the record of a full ID number; one that matches no patient matches no line. */
    private String patientId(Tx tx, String typed) throws SQLException {
        String t = blank(typed);
        if (t == null) {
            return null;
        }
        try {
            return UUID.fromString(t).toString();
        } catch (IllegalArgumentException notAnId) {
            return ws.patients().findByIdentity(tx, IdType.RESIDENT_ID, t.toUpperCase()).map(p -> p.id().toString())
                    .orElse("-");
        }
    }

    /** Patients by their masked name; other records by type and id. */
    private List<AuditLine> lines(Tx tx, List<AuditEntry> entries) throws SQLException {
        Map<String, String> names = new HashMap<>();
        List<AuditLine> out = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            out.add(new AuditLine(e.seq(), e.at(), e.username(), e.action().name(), subject(tx, e, names), e.detail()));
        }
        return out;
    }

    private String subject(Tx tx, AuditEntry e, Map<String, String> names) throws SQLException {
        if (e.entityId() == null) {
            return e.entityType();
        }
        if ("patient".equals(e.entityType())) {
            String name = names.get(e.entityId());
            if (name == null) {
                name = patientName(tx, e.entityId()).orElse(e.entityId());
                names.put(e.entityId(), name);
            }
            return name;
        }
        return e.entityType() + " " + e.entityId();
    }

    private Optional<String> patientName(Tx tx, String id) throws SQLException {
        try {
            return ws.patients().findById(tx, UUID.fromString(id)).map(p -> Masking.name(p.name()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
