package cn.screening.workstation.server;

import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Payloads shaped like the client's (Patient, CaseRepository.CasePayload) and changes carrying them. */
public final class Records {

    private Records() {
    }

    // each patient of a run gets an ID number of its own (the server keeps one patient per number in a county),
    // the same one every time its payload is made
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final Map<UUID, Integer> NUMBERED = new ConcurrentHashMap<>();

    /** A patient the workstation's rules accept (the server judges by them), with an ID number no other patient here has. */
    public static ObjectNode patient(UUID id, String name, String site) {
        int n = NUMBERED.computeIfAbsent(id, k -> PEOPLE.getAndIncrement());
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(n / 500);
        return patient(id, name, site, residentId("210727", born, n % 500 * 2 + 1), born);
    }

    /** A man born on {@code born} with the given ID number, living in 刘龙台镇 of 义县. */
    public static ObjectNode patient(UUID id, String name, String site, String idNumber, LocalDate born) {
        ObjectNode p = WireJson.MAPPER.createObjectNode();
        p.put("id", id.toString());
        p.put("name", name);
        p.put("idType", "RESIDENT_ID");
        p.put("idNumber", idNumber);
        p.put("sex", "MALE");
        p.put("birthDate", born.toString());
        p.put("ethnicityCode", "01");
        p.put("phone", "13800000000");
        p.putObject("address").put("townshipCode", "210727101").put("detail", "七里河村");
        p.put("povertyStatus", "NONE");
        p.put("insurance", "RESIDENT");
        p.put("registeredSite", site);
        p.putObject("meta").put("version", 0).put("updatedAt", "2026-11-01T08:00:00Z").put("updatedBySite", site).put("deleted", false);
        return p;
    }

    /** A valid 18-digit resident ID: address code, birth date, a 3-digit sequence (odd for a man) and its check character. */
    public static String residentId(String address, LocalDate born, int sequence) {
        String first17 = address + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static ObjectNode caseOf(UUID id, UUID patientId, String site, String disease) {
        ObjectNode c = WireJson.MAPPER.createObjectNode();
        c.put("caseNo", "C-" + id.toString().substring(0, 8));
        ObjectNode s = c.putObject("screeningCase");
        s.put("id", id.toString());
        s.put("patientId", patientId.toString());
        s.put("diseaseCode", disease);
        s.put("status", "SUSPECTED");
        s.put("townshipCode", "210727101");
        s.put("reportingSite", site);
        s.put("reportedBy", "doctor");
        s.put("registeredAt", "2026-11-01T08:00:00Z");
        return c;
    }

    public static Change create(String type, UUID id, ObjectNode payload) {
        return new Change(UUID.randomUUID(), type, id, 0, List.of(), payload, Instant.parse("2026-11-01T08:00:00Z"), null, false);
    }

    /** {@code n} in Chinese digits, for numbered test names (a name holds no Arabic digits). */
    public static String numeral(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append("零一二三四五六七八九".charAt(c - '0'));
        }
        return out.toString();
    }

    public static Change createPatient(UUID id, String name, String site) {
        return create(EntityTypes.PATIENT, id, patient(id, name, site));
    }

    /** An edit of {@code fields} made from {@code base}: the payload is the client's whole copy after the edit. */
    public static Change edit(String type, UUID id, long base, ObjectNode payload, String... fields) {
        return new Change(UUID.randomUUID(), type, id, base, List.of(fields), payload, Instant.now(), null, false);
    }
}
