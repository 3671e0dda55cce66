package cn.screening.workstation.service.audit;

import cn.screening.workstation.service.Texts;
import cn.screening.workstation.store.AuditChainVerdict;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Database;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Checks the tamper-evident audit chain of a store (docs/decisions/0018-audit-chain.md): the
 * `audit verify` command, the 审计日志 screen and a backup's restore all ask here.
 */
public final class AuditChain {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditChain() {
    }

    /** Walks the whole chain of an open store (a read; off the screen's thread). */
    public static AuditChainVerdict verify(Database db) {
        AuditLog log = new AuditLog();
        return db.read(log::verify);
    }

    /** The verdict in one sentence: 审计链完整，共 N 条, or where it breaks and what differs there. */
    public static String sentence(AuditChainVerdict v, Texts texts, ZoneId zone) {
        if (v.intact()) {
            return texts.get("audit.chain.intact", v.lines());
        }
        AuditChainVerdict.BrokenLink b = v.broken();
        String at = b.at() == null ? "-" : TIME.format(b.at().atZone(zone));
        return texts.get("audit.chain.broken", b.chainNo(), at, texts.get("audit.break." + b.kind().name()));
    }
}
