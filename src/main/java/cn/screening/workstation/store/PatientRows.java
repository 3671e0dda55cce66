package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A patient as a row of typed columns: every field is searched or shown in a list, so none hides in JSON. */
final class PatientRows implements SyncedTable.Rows<Patient> {

    static final List<String> COLUMNS = List.of("name", "id_type", "id_number", "sex", "birth_date", "ethnicity", "phone",
            "township_code", "village_code", "village_name", "address_detail", "guardian_name", "guardian_relation",
            "guardian_phone", "guardian_consent", "poverty_status", "insurance", "registered_site", "guardian_consent_date");

    @Override
    public UUID id(Patient p) {
        return p.id();
    }

    @Override
    public SyncMeta meta(Patient p) {
        return p.meta();
    }

    @Override
    public Patient withMeta(Patient p, SyncMeta meta) {
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), meta);
    }

    @Override
    public ObjectNode payload(Patient p) {
        return RecordPayloads.ofPatient(p);
    }

    @Override
    public Patient fromPayload(JsonNode payload, SyncMeta meta) {
        return RecordPayloads.toPatient(payload, meta);
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void bind(PreparedStatement ps, int first, Patient p) throws SQLException {
        int i = first;
        Address a = p.address() == null ? Address.NONE : p.address();
        Guardian g = p.guardian();
        ps.setString(i++, p.name());
        ps.setString(i++, p.idType().code());
        ps.setString(i++, p.idNumber());
        ps.setString(i++, p.sex().code());
        ps.setObject(i++, p.birthDate() == null ? null : Date.valueOf(p.birthDate()));
        ps.setString(i++, p.ethnicityCode());
        ps.setString(i++, p.phone());
        ps.setString(i++, a.townshipCode());
        ps.setString(i++, a.villageCode());
        ps.setString(i++, a.villageName());
        ps.setString(i++, a.detail());
        ps.setString(i++, g == null ? null : g.name());
        ps.setString(i++, g == null ? null : g.relation());
        ps.setString(i++, g == null ? null : g.phone());
        ps.setObject(i++, g == null ? null : g.consentGiven());
        ps.setString(i++, p.povertyStatus().name());
        ps.setString(i++, p.insurance().name());
        ps.setString(i++, p.registeredSite());
        ps.setObject(i, g == null || g.consentDate() == null ? null : Date.valueOf(g.consentDate()));
    }

    @Override
    public Patient read(ResultSet rs, SyncMeta meta) throws SQLException {
        String guardianName = rs.getString("guardian_name");
        Guardian guardian = guardianName == null ? null : new Guardian(guardianName, rs.getString("guardian_relation"),
                rs.getString("guardian_phone"), rs.getBoolean("guardian_consent"), rs.getObject("guardian_consent_date", LocalDate.class));
        return new Patient(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                IdType.ofCode(rs.getString("id_type")).orElse(IdType.OTHER),
                rs.getString("id_number"),
                Sex.ofCode(rs.getString("sex")).orElse(Sex.UNKNOWN),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"),
                rs.getString("phone"),
                new Address(rs.getString("township_code"), rs.getString("village_code"), rs.getString("village_name"),
                        rs.getString("address_detail")),
                guardian,
                PovertyStatus.valueOf(rs.getString("poverty_status")),
                InsuranceType.valueOf(rs.getString("insurance")),
                rs.getString("registered_site"),
                meta);
    }

    /** A row selected with the id, these columns and the sync metadata columns. */
    static Patient readRow(ResultSet rs) throws SQLException {
        return new PatientRows().read(rs, new SyncMeta(rs.getLong("version"), Tx.fromDb(rs.getObject("updated_at")),
                rs.getString("updated_by_site"), rs.getBoolean("deleted")));
    }
}
