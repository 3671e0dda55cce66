package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Records as they travel: one JSON object per record (a patient as it is; a case as
 * {@code {caseNo, screeningCase}}). A change names what it sets as field paths — top-level
 * ({@code phone}) or dotted into nested objects ({@code address.detail}, {@code screeningCase.status}),
 * as the server keeps them. The sync metadata (version, when, where, tombstone) travels beside the
 * payload, never in it.
 */
public final class RecordPayloads {

    static final String META = "meta";
    static final String ID = "id";
    static final String CASE_NO = "caseNo";
    static final String SCREENING_CASE = "screeningCase";
    /** how deep a changed-field path goes into nested objects */
    private static final int MAX_DEPTH = 3;

    private RecordPayloads() {
    }

    /**
     * A record as it travels: its JSON without the sync metadata. The one place metadata leaves a
     * payload (with {@link #unqueue} for payloads that carry it inside).
     */
    public static ObjectNode flat(Object record) {
        ObjectNode node = StoreJson.MAPPER.valueToTree(record);
        node.remove(META);
        return node;
    }

    /** A queued payload: what travels, and the metadata it carried inside, if any (missing node when none). */
    public record Queued(JsonNode payload, JsonNode meta) {
    }

    /**
     * Splits a queued payload. Only tombstones (and payloads queued before V3) carry their metadata
     * inside; every other one is already flat and comes back as it is.
     */
    public static Queued unqueue(JsonNode queued) {
        if (queued.isObject() && queued.has(META)) {
            ObjectNode copy = ((ObjectNode) queued).deepCopy();
            JsonNode meta = copy.remove(META);
            return new Queued(copy, meta);
        }
        return new Queued(queued, queued.path(META));
    }

    /** A deleted record as it is queued: its payload with the tombstone inside, as {@link #unqueue} reads it. */
    public static ObjectNode tombstone(ObjectNode payload, SyncMeta meta) {
        ObjectNode node = payload.deepCopy();
        ObjectNode m = node.putObject(META);
        m.put("updatedBySite", meta.updatedBySite());
        m.put("deleted", true);
        return node;
    }

    public static ObjectNode ofPatient(Patient p) {
        return flat(p);
    }

    public static Patient toPatient(JsonNode payload, SyncMeta meta) {
        Patient p = convert(payload, Patient.class);
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), meta);
    }

    /** A case travels with its case number, which lives in its own column here. */
    public static ObjectNode ofCase(String caseNo, ScreeningCase c) {
        ObjectNode inner = flat(c);
        ObjectNode node = StoreJson.MAPPER.createObjectNode();
        node.put(CASE_NO, caseNo);
        node.set(SCREENING_CASE, inner);
        return node;
    }

    public static ScreeningCase toCase(JsonNode payload, SyncMeta meta) {
        ScreeningCase c = convert(payload.path(SCREENING_CASE), ScreeningCase.class);
        return new ScreeningCase(c.id(), c.patientId(), c.diseaseCode(), c.status(), c.townshipCode(), c.reportingSite(),
                c.reportedBy(), c.registeredAt(), c.screening(), meta);
    }

    public static String caseNumber(JsonNode payload) {
        return payload.path(CASE_NO).asText(null);
    }

    /** The patient a case payload belongs to, or null. */
    public static String casePatientId(JsonNode payload) {
        return payload.path(SCREENING_CASE).path("patientId").asText(null);
    }

    /** The value at a field path ({@code a} or {@code a.b.c}), or null when absent. */
    public static JsonNode valueAt(JsonNode payload, String path) {
        JsonNode n = payload;
        for (String part : path.split("\\.")) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(part);
        }
        return n;
    }

    /** Sets (or, for null, removes) the value at a field path, making the objects on the way. */
    public static void put(ObjectNode payload, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode n = payload;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = n.get(parts[i]);
            if (next == null || !next.isObject()) {
                if (value == null) {
                    return;
                }
                next = n.putObject(parts[i]);
            }
            n = (ObjectNode) next;
        }
        if (value == null) {
            n.remove(parts[parts.length - 1]);
        } else {
            n.set(parts[parts.length - 1], value.deepCopy());
        }
    }

    /** Copies the values at the given paths from one payload onto another. */
    public static void copyPaths(JsonNode from, ObjectNode onto, Iterable<String> paths) {
        for (String p : paths) {
            put(onto, p, valueAt(from, p));
        }
    }

    /** Every field a new record sets: all of them but its id. */
    public static List<String> allFields(JsonNode payload) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = payload.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ID.equals(f) && !META.equals(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The field paths whose values differ between two versions of one record: top-level fields, or
     * paths into objects present on both sides ({@code address.detail}), so edits of different parts
     * of one object do not clash at the server.
     */
    public static List<String> changedFields(JsonNode before, JsonNode after) {
        List<String> out = new ArrayList<>();
        diff(before, after, "", 1, out);
        return out;
    }

    private static void diff(JsonNode before, JsonNode after, String prefix, int depth, List<String> out) {
        List<String> names = new ArrayList<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(f -> {
            if (!after.has(f)) {
                names.add(f);
            }
        });
        for (String f : names) {
            if (depth == 1 && (ID.equals(f) || META.equals(f))) {
                continue;
            }
            JsonNode b = before.get(f);
            JsonNode a = after.get(f);
            if (Objects.equals(b, a)) {
                continue;
            }
            if (a != null && b != null && a.isObject() && b.isObject() && depth < MAX_DEPTH) {
                diff(b, a, prefix + f + ".", depth + 1, out);
            } else {
                out.add(prefix + f);
            }
        }
    }

    public static JsonNode parse(String json) {
        try {
            return StoreJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "bad JSON payload", e);
        }
    }

    private static <T> T convert(JsonNode payload, Class<T> type) {
        try {
            return StoreJson.MAPPER.treeToValue(payload, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "payload is no " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
