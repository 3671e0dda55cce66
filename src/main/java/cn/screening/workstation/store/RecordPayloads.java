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
 * Records as they travel: one flat JSON object per record whose top-level fields are what a change
 * names in {@code changedFields} and what a conflict is about. The sync metadata (version, when,
 * where, tombstone) travels beside the payload, never in it.
 */
public final class RecordPayloads {

    static final String META = "meta";
    static final String ID = "id";
    static final String CASE_NO = "caseNo";

    private RecordPayloads() {
    }

    public static ObjectNode ofPatient(Patient p) {
        ObjectNode node = StoreJson.MAPPER.valueToTree(p);
        node.remove(META);
        return node;
    }

    public static Patient toPatient(JsonNode payload, SyncMeta meta) {
        Patient p = convert(payload, Patient.class);
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), meta);
    }

    /** A case travels with its case number, which lives in its own column here. */
    public static ObjectNode ofCase(String caseNo, ScreeningCase c) {
        ObjectNode node = StoreJson.MAPPER.valueToTree(c);
        node.remove(META);
        node.put(CASE_NO, caseNo);
        return node;
    }

    public static ScreeningCase toCase(JsonNode payload, SyncMeta meta) {
        ScreeningCase c = convert(payload, ScreeningCase.class);
        return new ScreeningCase(c.id(), c.patientId(), c.diseaseCode(), c.status(), c.townshipCode(), c.reportingSite(),
                c.reportedBy(), c.registeredAt(), c.screening(), meta);
    }

    public static String caseNumber(JsonNode payload) {
        return payload.path(CASE_NO).asText(null);
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

    /** The fields whose values differ between two versions of one record, in the newer one's order. */
    public static List<String> changedFields(JsonNode before, JsonNode after) {
        List<String> out = new ArrayList<>();
        for (String f : allFields(after)) {
            if (!Objects.equals(before.get(f), after.get(f))) {
                out.add(f);
            }
        }
        for (String f : allFields(before)) {
            if (!after.has(f) && !out.contains(f)) {
                out.add(f);
            }
        }
        return out;
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
