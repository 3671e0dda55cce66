package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** A case as a row of typed columns (the list searches them), its screening details as JSON. */
final class CaseRows implements SyncedTable.Rows<NumberedCase> {

    private static final List<String> COLUMNS = List.of("case_no", "patient_id", "disease_code", "status", "classification",
            "township_code", "reporting_site", "reported_by", "registered_at", "screening_json");

    @Override
    public UUID id(NumberedCase n) {
        return n.screeningCase().id();
    }

    @Override
    public SyncMeta meta(NumberedCase n) {
        return n.screeningCase().meta();
    }

    @Override
    public NumberedCase withMeta(NumberedCase n, SyncMeta meta) {
        ScreeningCase c = n.screeningCase();
        return new NumberedCase(n.caseNo(), new ScreeningCase(c.id(), c.patientId(), c.diseaseCode(), c.status(), c.townshipCode(),
                c.reportingSite(), c.reportedBy(), c.registeredAt(), c.screening(), meta));
    }

    @Override
    public ObjectNode payload(NumberedCase n) {
        return RecordPayloads.ofCase(n.caseNo(), n.screeningCase());
    }

    @Override
    public NumberedCase fromPayload(JsonNode payload, SyncMeta meta) {
        return new NumberedCase(RecordPayloads.caseNumber(payload), RecordPayloads.toCase(payload, meta));
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void bind(PreparedStatement ps, int first, NumberedCase n) throws SQLException {
        ScreeningCase c = n.screeningCase();
        HemophiliaScreening s = c.screening();
        int i = first;
        ps.setString(i++, n.caseNo());
        ps.setObject(i++, c.patientId());
        ps.setString(i++, c.diseaseCode());
        ps.setString(i++, c.status().name());
        ps.setString(i++, s == null || s.classification() == null ? null : s.classification().name());
        ps.setString(i++, c.townshipCode());
        ps.setString(i++, c.reportingSite());
        ps.setString(i++, c.reportedBy());
        ps.setObject(i++, Tx.toDb(c.registeredAt()));
        ps.setString(i, s == null ? null : StoreJson.write(s));
    }

    @Override
    public NumberedCase read(ResultSet rs, SyncMeta meta) throws SQLException {
        String json = rs.getString("screening_json");
        return new NumberedCase(rs.getString("case_no"), new ScreeningCase(rs.getObject("id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getString("disease_code"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("township_code"), rs.getString("reporting_site"), rs.getString("reported_by"),
                Tx.fromDb(rs.getObject("registered_at")), json == null ? null : StoreJson.read(json, HemophiliaScreening.class), meta));
    }
}
