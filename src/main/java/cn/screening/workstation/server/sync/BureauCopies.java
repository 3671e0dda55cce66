package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What a county health bureau receives of its county's samples, tube verdicts and referrals: the
 * times, statuses and sites its dashboard's two timing charts need (decision 0025), never the
 * clinical letter, the back-referral, the patient as a letter names them or who drew and judged a
 * tube. A rejected tube keeps its coded reason (溶血, 标本凝集…): it is about the tube, not the
 * person. Its other types (patients, cases, ledger rows, reports) pass as they are.
 */
final class BureauCopies {

    /** The fields a bureau keeps of each trimmed type; every other field is left out. */
    static final Map<String, List<String>> KEPT = Map.of(
            EntityTypes.SAMPLE, List.of("id", "sampleNo", "caseId", "siteCode", "drawnAt", "status", "shipmentId", "destination"),
            EntityTypes.TUBE_VERDICT, List.of("id", "receiptId", "shipmentId", "receivingSite", "fromSite", "sampleId", "sampleNo",
                    "decision", "reason", "at"),
            EntityTypes.REFERRAL, List.of("id", "referralNo", "patientId", "caseId", "fromSite", "toSite", "urgency", "validFrom",
                    "validUntil", "status", "history"));
    /** A referral's step without who moved it and why (a name, a reason in free text). */
    static final List<String> STEP = List.of("at", "from", "to", "side", "site");

    private BureauCopies() {
    }

    /** The record as the bureau receives it. */
    static PulledRecord of(PulledRecord r) {
        List<String> kept = KEPT.get(r.entityType());
        if (kept == null || r.payload() == null || !r.payload().isObject()) {
            return r;
        }
        ObjectNode trimmed = only(r.payload(), kept);
        if (trimmed.get("history") instanceof ArrayNode steps) {
            ArrayNode out = trimmed.putArray("history");
            steps.forEach(s -> out.add(only(s, STEP)));
        }
        return new PulledRecord(r.entityType(), r.entityId(), r.version(), trimmed, r.updatedAt(), r.updatedBySite(), r.deleted());
    }

    private static ObjectNode only(JsonNode from, List<String> fields) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String f : fields) {
            if (from.has(f)) {
                out.set(f, from.get(f));
            }
        }
        return out;
    }
}
