package cn.screening.workstation.store;

import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.patient.PatientRules;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * DOMAIN rule 10 on the way out: the patients under 14 whose guardian has not consented yet, and
 * their records (patient, cases, samples, results, referrals, follow-ups, registry) that the push
 * leaves waiting in the outbox until the consent is recorded.
 */
public final class ConsentHolds {

    /** Ages are counted on the province's calendar day, as the server counts them. */
    public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String NO_CONSENT = "deleted = FALSE AND (guardian_consent IS NULL OR guardian_consent = FALSE)";

    /** Two selects so that each uses the birth-date index (ix_patient_birth_name, which leads with the birth date). */
    static final String WAITING_PATIENTS = "SELECT id FROM patient WHERE birth_date > ? AND birth_date <= ? AND " + NO_CONSENT
            + " UNION SELECT id FROM patient WHERE birth_date IS NULL AND id_type = ? AND LENGTH(id_number) = 18"
            + " AND SUBSTRING(id_number, 7, 8) > ? AND SUBSTRING(id_number, 7, 8) <= ? AND " + NO_CONSENT;

    private ConsentHolds() {
    }

    public static LocalDate today(Tx tx) {
        return LocalDate.ofInstant(tx.now(), PROVINCE_ZONE);
    }

    /** The minors on {@code today} without a recorded consent: by the birth date, or else the one an 18-digit ID encodes. */
    public static List<UUID> waitingPatients(Tx tx, LocalDate today) throws SQLException {
        LocalDate bornAfter = today.minusYears(PatientRules.GUARDIAN_AGE);
        try (PreparedStatement ps = tx.prepare(WAITING_PATIENTS)) {
            ps.setObject(1, bornAfter);
            ps.setObject(2, today);
            ps.setString(3, IdType.RESIDENT_ID.code());
            ps.setString(4, bornAfter.format(DateTimeFormatter.BASIC_ISO_DATE));
            ps.setString(5, today.format(DateTimeFormatter.BASIC_ISO_DATE));
            return ids(ps);
        }
    }

    /** The ids of every record the push holds back on {@code today}; empty when no minor waits. */
    public static Set<UUID> heldRecords(Tx tx, LocalDate today) throws SQLException {
        List<UUID> patients = waitingPatients(tx, today);
        if (patients.isEmpty()) {
            return Set.of();
        }
        Set<UUID> held = new HashSet<>(patients);
        List<UUID> cases = idsWhere(tx, "screening_case", "patient_id", patients);
        held.addAll(cases);
        for (String table : List.of("referral", "follow_up", "registry_entry")) {
            held.addAll(idsWhere(tx, table, "patient_id", patients));
        }
        if (!cases.isEmpty()) {
            held.addAll(idsWhere(tx, "sample", "case_id", cases));
            held.addAll(idsWhere(tx, "lab_result", "case_id", cases));
        }
        return held;
    }

    private static List<UUID> idsWhere(Tx tx, String table, String column, Collection<UUID> values) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT id FROM " + table + " WHERE " + column + " IN ("
                + String.join(",", Collections.nCopies(values.size(), "?")) + ")")) {
            int i = 1;
            for (UUID v : values) {
                ps.setObject(i++, v);
            }
            return ids(ps);
        }
    }

    private static List<UUID> ids(PreparedStatement ps) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getObject(1, UUID.class));
            }
        }
        return out;
    }
}
