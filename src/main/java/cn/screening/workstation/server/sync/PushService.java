package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.protocol.AuditHeadAnswer;
import cn.screening.workstation.protocol.AuditHeadClaim;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.protocol.PushResponse;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.store.AuditHeads;
import cn.screening.workstation.server.store.PushLedger;
import cn.screening.workstation.server.store.PushLedger.StoredBatch;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.ServerDatabase;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.Versions;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Push: judges every change of a batch and commits their effects together with the batch's
 * response, so the same batch id sent again is answered from the stored response, byte for byte.
 * A change that fails never takes the others with it: judged in memory it leaves nothing behind,
 * and when the batch's writes are refused each change is redone under its own savepoint.
 */
public final class PushService {

    public static final int MAX_CHANGES = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PushService.class);

    private final ServerDatabase db;
    private final SiteRegistry sites;
    private final PushLedger ledger;
    private final RecordStore records;
    private final ChangeJudge judge;
    private final AuditHeads auditHeads;

    public PushService(ServerDatabase db, SiteRegistry sites, RecordStore records, PushLedger ledger, DiseaseCatalogue catalogue,
                       AuditHeads auditHeads) {
        this.db = db;
        this.auditHeads = auditHeads;
        this.sites = sites;
        this.records = records;
        this.ledger = ledger;
        this.judge = new ChangeJudge(catalogue, sites, records);
    }

    /** The response and its JSON exactly as stored and sent. */
    public record Answer(PushResponse response, String json) {
    }

    public Answer push(UUID deviceId, String siteCode, PushRequest request) {
        if (request.batchId() == null || request.changes() == null) {
            throw new RequestRefused(RequestRefused.Kind.BAD_REQUEST, "bad_request", "推送须包含 batchId 和 changes");
        }
        if (request.changes().size() > MAX_CHANGES) {
            throw new RequestRefused(RequestRefused.Kind.BAD_REQUEST, "too_many_changes", "一批最多 " + MAX_CHANGES + " 条变更");
        }
        if (request.auditHead() != null && !wellFormed(request.auditHead())) {
            throw new RequestRefused(RequestRefused.Kind.BAD_REQUEST, "bad_audit_head", "审计链头须为序号和 64 位十六进制链值");
        }
        return db.write(c -> {
            Versions.lock(c);
            Optional<StoredBatch> earlier = ledger.batch(c, request.batchId());
            if (earlier.isPresent()) {
                return replay(earlier.get(), deviceId);
            }
            Instant now = db.clock().instant();
            AuditHeadAnswer audit = audit(c, deviceId, siteCode, request.auditHead(), now);
            if (request.changes().isEmpty()) {
                // a head on its own: nothing judged, nothing to replay (the same head sent again is accepted again)
                PushResponse response = new PushResponse(request.batchId(), List.of(), audit);
                return new Answer(response, toJson(response));
            }
            Pusher who = new Pusher(deviceId, siteCode, sites.addresses(c, siteCode), sites.isBureau(c, siteCode));
            List<ChangeResult> results = judgeStaged(c, who, request.changes(), now);
            PushResponse response = new PushResponse(request.batchId(), results, audit);
            String json = toJson(response);
            ledger.recordBatch(c, new StoredBatch(request.batchId(), deviceId, json), now);
            return new Answer(response, json);
        });
    }

    private AuditHeadAnswer audit(Connection c, UUID deviceId, String siteCode, AuditHeadClaim claim, Instant now) throws SQLException {
        if (claim == null) {
            return null;
        }
        AuditHeadAnswer answer = auditHeads.judge(c, deviceId, siteCode, claim, now);
        if (AuditHeadAnswer.MISMATCH.equals(answer.status())) {
            LOG.warn("device {} of site {}: audit chain head {} does not extend the one kept here; alarm raised", deviceId, siteCode,
                    claim.chainNo());
        }
        return answer;
    }

    private static boolean wellFormed(AuditHeadClaim h) {
        return h.chainNo() >= 0 && hex64(h.hash()) && (h.vouchedHash() == null || hex64(h.vouchedHash()))
                && (h.vouchedChainNo() == null || h.vouchedChainNo() >= 0);
    }

    private static boolean hex64(String s) {
        return s != null && s.length() == 64 && s.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
    }

    /**
     * The fast way: the batch judged against one look-up per table, its writes sent together. When
     * the store refuses those writes, they are undone and every change is judged again on its own.
     */
    private List<ChangeResult> judgeStaged(Connection c, Pusher who, List<Change> changes, Instant now) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            StagedView view = StagedView.load(c, records, ledger, sites, changes, now);
            List<ChangeResult> results = new ArrayList<>(changes.size());
            for (Change ch : changes) {
                results.add(judgeInMemory(view, who, ch, now));
            }
            view.flush();
            c.releaseSavepoint(before);
            return results;
        } catch (SQLException e) {
            c.rollback(before);
            LOG.warn("batch of {} changes could not be written together ({}); judging them one by one", changes.size(), kind(e));
            DirectView direct = new DirectView(c, records, ledger, sites, now);
            List<ChangeResult> results = new ArrayList<>(changes.size());
            for (Change ch : changes) {
                results.add(judgeIsolated(c, direct, who, ch, now));
            }
            return results;
        }
    }

    /** A change that throws leaves nothing behind: the staged view takes its writes only at its end. */
    private ChangeResult judgeInMemory(StagedView view, Pusher who, Change ch, Instant now) throws SQLException {
        try {
            return judge.judge(view, who, ch, now);
        } catch (RuntimeException e) {
            return failed(ch, e);
        }
    }

    private ChangeResult judgeIsolated(Connection c, DirectView view, Pusher who, Change ch, Instant now) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            ChangeResult r = judge.judge(view, who, ch, now);
            c.releaseSavepoint(sp);
            return r;
        } catch (SQLException | RuntimeException e) {
            c.rollback(sp);
            return failed(ch, e);
        }
    }

    private static ChangeResult failed(Change ch, Exception e) {
        LOG.error("change {} of type {} failed ({}); answered rejected", ch == null ? null : ch.changeId(),
                ch == null ? null : ch.entityType(), kind(e));
        return Verdicts.rejected(ch, "server_error", null, "服务器处理此条变更时出错，请稍后重试");
    }

    /**
     * What went wrong without the exception's text: a store's message may quote the refused row
     * (PostgreSQL's "Failing row contains ..."), a patient's ID number and name with it.
     */
    static String kind(Throwable e) {
        StringBuilder b = new StringBuilder(e.getClass().getName());
        if (e instanceof SQLException sql) {
            b.append(" SQLState ").append(sql.getSQLState()).append(" code ").append(sql.getErrorCode());
        }
        StackTraceElement[] at = e.getStackTrace();
        if (at.length > 0) {
            b.append(" at ").append(at[0]);
        }
        return b.toString();
    }

    private static Answer replay(StoredBatch b, UUID deviceId) {
        if (!b.deviceId().equals(deviceId)) {
            throw new RequestRefused(RequestRefused.Kind.CONFLICT, "batch_id_taken", "此批次编号已被其他设备使用");
        }
        try {
            return new Answer(WireJson.MAPPER.readValue(b.responseJson(), PushResponse.class), b.responseJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored response of batch " + b.batchId() + " is not valid JSON", e);
        }
    }

    private static String toJson(PushResponse r) {
        try {
            return WireJson.MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a push response", e);
        }
    }
}
