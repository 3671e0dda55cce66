package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.ReferralRoutes;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A referral (domain.referral.Referral as JSON): owned by the site that sends it, addressed to the
 * receiving hospital, which may change only the receipt, the back-referral, and the status along
 * its own moves. Every status move is checked against the state machine and the side making it;
 * the timeline only grows; the letter passes the workstation's own check (domain ReferralRules), and
 * it goes only where its sender may refer ({@link ReferralRoutes}).
 */
final class ReferralRules implements EntityRules {

    private static final Set<ReferralStatus> CREATED_AS = Set.of(ReferralStatus.DRAFT, ReferralStatus.SUBMITTED);

    private final SiteRegistry sites;

    ReferralRules(SiteRegistry sites) {
        this.sites = sites;
    }

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "fromSite");
    }

    @Override
    public String addressedTo(JsonNode payload) {
        return EntityRules.text(payload, "toSite");
    }

    @Override
    public Set<String> addresseeFields() {
        Set<String> fields = new java.util.HashSet<>(Referral.RECEIVER_FIELDS);
        fields.addAll(Referral.SHARED_FIELDS);
        return Set.copyOf(fields);
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String f : List.of("referralNo", "patientId", "fromSite", "toSite", "purpose", "status")) {
            EntityRules.require(payload, f, out);
        }
        String status = EntityRules.text(payload, "status");
        if (status != null && status(payload).isEmpty()) {
            out.add(new Reason("bad_status", "status", "未知的转诊状态：" + status));
        }
        return out;
    }

    @Override
    public List<Reason> checkUpdate(Pusher who, StoredRecord before, ObjectNode after) {
        List<Reason> out = new ArrayList<>();
        ReferralSide side = who.scope().contains(before.ownerSite()) ? ReferralSide.SENDER : ReferralSide.RECEIVER;
        Optional<ReferralStatus> from = status(before.payload());
        Optional<ReferralStatus> to = status(after);
        if (from.isPresent() && to.isPresent()) {
            movesOf(side, from.get(), to.get(), before.payload().path("history"), after.path("history"), out);
            if (out.isEmpty() && to.get() == ReferralStatus.REJECTED && from.get() != to.get()
                    && EntityRules.text(after, "receipt.rejectReason") == null) {
                out.add(new Reason("required", "receipt.rejectReason", "拒绝转诊须填写理由"));
            }
        }
        if (side == ReferralSide.SENDER) {
            for (String f : Referral.RECEIVER_FIELDS) {
                if (!FieldPaths.get(before.payload(), f).equals(FieldPaths.get(after, f))) {
                    out.add(new Reason("not_your_field", f, "此字段只能由接收医院填写：" + f));
                }
            }
        }
        if (!extends_(before.payload().path("history"), after.path("history"))) {
            out.add(new Reason("history_rewritten", "history", "转诊记录的时间线只能追加，不能改写"));
        }
        return out;
    }

    @Override
    public List<Reason> checkAgainstStore(Connection c, Pusher who, StoredRecord before, ObjectNode after, Instant at) throws SQLException {
        List<Reason> out = new ArrayList<>();
        String to = EntityRules.text(after, "toSite");
        if (to != null && sites.find(c, to).isEmpty()) {
            out.add(new Reason("unknown_site", "toSite", "接收机构 " + to + " 不在省级机构目录中"));
            return out;
        }
        Optional<Referral> letter = DomainChecks.read(after, Referral.class, out);
        if (letter.isPresent()) {
            // the workstation's own letter check; the site registry has just answered whether the site exists
            DomainChecks.addErrors(cn.screening.workstation.domain.referral.ReferralRules.checkLetter(letter.get(), code -> true),
                    Map.of(), out);
        }
        boolean readdressed = before == null || !Objects.equals(to, EntityRules.text(before.payload(), "toSite"));
        if (out.isEmpty() && readdressed) {
            route(c, EntityRules.text(after, "fromSite"), to, out);
        }
        if (before == null && status(after).filter(CREATED_AS::contains).isEmpty()) {
            out.add(new Reason("bad_move", "status", "新转诊单只能是“草稿”或“已提交”"));
        }
        return out;
    }

    /** The receiving site must be one the sender may refer to (its county hospital or a designated hospital). */
    private void route(Connection c, String from, String to, List<Reason> out) throws SQLException {
        Optional<SiteInfo> sender = sites.find(c, from);
        Optional<SiteInfo> receiver = sites.find(c, to);
        if (sender.isEmpty() || receiver.isEmpty()) {
            out.add(new Reason("unknown_site", sender.isEmpty() ? "fromSite" : "toSite", "转诊机构不在省级机构目录中："
                    + (sender.isEmpty() ? from : to)));
            return;
        }
        if (!ReferralRoutes.mayAddress(site(sender.get()), site(receiver.get()))) {
            out.add(new Reason("referral_route", "toSite", "接收机构“" + receiver.get().name() + "”不在" + sender.get().name()
                    + "的转诊范围内：乡镇卫生院只能转往本县县医院或定点医院，县医院只能转往定点医院"));
        }
    }

    private static ReferralRoutes.Site site(SiteInfo s) {
        return new ReferralRoutes.Site(s.code(), ReferralRoutes.typeOf(s.type()), s.parentCode());
    }

    /**
     * The status moved from {@code from} to {@code to} through the events the change appended to the
     * timeline (a workstation that made several moves between two syncs sends them as one change):
     * each must be a move of the state machine, made by the pusher's side, each starting where the
     * last ended, and the last ending at the new status.
     */
    private static void movesOf(ReferralSide side, ReferralStatus from, ReferralStatus to, JsonNode before, JsonNode after,
                                List<Reason> out) {
        int known = before.isArray() ? before.size() : 0;
        ReferralStatus at = from;
        for (int i = known; after.isArray() && i < after.size(); i++) {
            Optional<ReferralStatus> stepFrom = status(after.get(i), "from");
            Optional<ReferralStatus> stepTo = status(after.get(i), "to");
            if (stepFrom.isEmpty() || stepTo.isEmpty() || stepFrom.get() != at) {
                out.add(new Reason("bad_move", "history", "转诊时间线与状态不符：第" + (i + 1) + "步应从“" + at.zh() + "”开始"));
                return;
            }
            if (!refuse(side, at, stepTo.get(), out)) {
                return;
            }
            at = stepTo.get();
        }
        if (at != to) {
            if (at == from) {
                refuse(side, from, to, out);
            } else {
                out.add(new Reason("bad_move", "status", "转诊状态“" + to.zh() + "”与时间线的最后一步“" + at.zh() + "”不符"));
            }
        }
    }

    /** Adds the reason a move is refused; true when it is allowed. */
    private static boolean refuse(ReferralSide side, ReferralStatus from, ReferralStatus to, List<Reason> out) {
        Optional<ReferralMove> move = ReferralMove.between(from, to);
        if (move.isEmpty()) {
            out.add(new Reason("bad_move", "status", "转诊状态变更不合法：不能从“" + from.zh() + "”变为“" + to.zh() + "”"));
            return false;
        }
        if (move.get().side() != side) {
            out.add(new Reason("wrong_side", "status", "转诊状态变更不合法：“" + from.zh() + "”→“" + to.zh()
                    + "”须由" + move.get().side().zh() + "操作"));
            return false;
        }
        return true;
    }

    private static Optional<ReferralStatus> status(JsonNode payload) {
        return status(payload, "status");
    }

    private static Optional<ReferralStatus> status(JsonNode payload, String field) {
        String s = EntityRules.text(payload, field);
        return Arrays.stream(ReferralStatus.values()).filter(v -> v.name().equals(s)).findFirst();
    }

    /** Whether the later timeline keeps every entry of the earlier one, in order, at its start. */
    private static boolean extends_(JsonNode earlier, JsonNode later) {
        if (!earlier.isArray() || earlier.isEmpty()) {
            return true;
        }
        if (!later.isArray() || later.size() < earlier.size()) {
            return false;
        }
        ArrayNode a = (ArrayNode) earlier;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(later.get(i))) {
                return false;
            }
        }
        return true;
    }
}
