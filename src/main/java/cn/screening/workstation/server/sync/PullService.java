package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PullResponse;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.ServerDatabase;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoredRecord;
import java.util.List;
import java.util.Set;

/**
 * Pull: the records a device may see that changed after its cursor, oldest first. Visible: records
 * owned by its site or a site under it, records addressed to one of those (or, for a county hospital
 * or bureau, to its county: the monthly reports), and reference data. A county health bureau sees the
 * patients, cases, ledger rows and monthly reports of its county's sites, and of their samples, tube
 * verdicts and referrals the times and statuses its dashboard needs ({@link BureauCopies}).
 */
public final class PullService {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;
    /**
     * What a county health bureau reads of its county's sites: patients, cases, ledger rows and reports,
     * and (trimmed) the samples, the hospital's verdicts on them and the referrals, for the timing charts.
     */
    static final List<String> BUREAU_READS = List.of(EntityTypes.PATIENT, EntityTypes.CASE, EntityTypes.LEDGER_ENTRY,
            EntityTypes.MONTHLY_REPORT, EntityTypes.SAMPLE, EntityTypes.TUBE_VERDICT, EntityTypes.REFERRAL);

    private final ServerDatabase db;
    private final SiteRegistry sites;
    private final RecordStore records;

    public PullService(ServerDatabase db, SiteRegistry sites, RecordStore records) {
        this.db = db;
        this.sites = sites;
        this.records = records;
    }

    public PullResponse pull(String siteCode, long after, int limit) {
        if (after < 0) {
            throw new RequestRefused(RequestRefused.Kind.BAD_REQUEST, "bad_cursor", "after 不能为负数");
        }
        if (limit < 1) {
            throw new RequestRefused(RequestRefused.Kind.BAD_REQUEST, "bad_limit", "limit 须为正整数");
        }
        int capped = Math.min(limit, MAX_LIMIT);
        return db.read(c -> {
            Set<String> scope = sites.addresses(c, siteCode);
            boolean bureau = sites.isBureau(c, siteCode);
            List<StoredRecord> page = records.changedAfter(c, after, capped + 1, scope, bureau ? BUREAU_READS : List.of());
            boolean hasMore = page.size() > capped;
            List<PulledRecord> out = page.stream().limit(capped).map(StoredRecord::toPulled)
                    .map(r -> bureau ? BureauCopies.of(r) : r).toList();
            long next = out.isEmpty() ? after : out.get(out.size() - 1).version();
            return new PullResponse(out, next, hasMore);
        });
    }
}
