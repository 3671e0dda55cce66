package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.ledger.DiseaseListSchedule;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.LedgerRules;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A treatment-ledger row (domain.ledger.LedgerEntry as JSON): owned by the county that keeps the
 * ledger ({@code site}), addressed to the designated hospital treating the patient, which may add
 * admissions and move the status but not certify. Judged by the workstation's own LedgerRules: the
 * row alone on arrival, then against its patient as the server holds it (group, the disease list in
 * force on the diagnosis date, ICD-10, age at diagnosis, 先诊疗后付费 in the patient's county), and
 * one open row per patient and disease. The status history only grows.
 */
final class LedgerEntryRules implements EntityRules {

    private static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Messages MESSAGES = Messages.chinese();
    /** how the domain's field names appear in the payload */
    private static final Map<String, String> FIELDS = Map.of("ledger.disease", "diseaseCode", "ledger.icd10", "icd10",
            "ledger.diagnosedOn", "diagnosedOn", "ledger.group", "group", "ledger.status", "status");

    private final DiseaseCatalogue catalogue;
    private final ProvincialSettings settings;
    private final RecordStore records;

    LedgerEntryRules(DiseaseCatalogue catalogue, ProvincialSettings settings, RecordStore records) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.records = records;
    }

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "site");
    }

    @Override
    public String addressedTo(JsonNode payload) {
        return EntityRules.text(payload, "treatingSite");
    }

    @Override
    public Set<String> addresseeFields() {
        return Set.of("admissions", "status", "history");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String f : List.of("patientId", "site", "diseaseCode", "status")) {
            EntityRules.require(payload, f, out);
        }
        if (!out.isEmpty()) {
            return out;
        }
        Optional<LedgerEntry> e = DomainChecks.read(payload, LedgerEntry.class, out);
        e.ifPresent(row -> DomainChecks.addErrors(new LedgerRules(catalogue).row(row, null, today(at)), FIELDS, out));
        return out;
    }

    @Override
    public List<Reason> checkUpdate(Pusher who, StoredRecord before, ObjectNode after) {
        JsonNode earlier = before.payload().path("history");
        JsonNode later = after.path("history");
        if (earlier.isArray() && !earlier.isEmpty()) {
            boolean kept = later.isArray() && later.size() >= earlier.size();
            for (int i = 0; kept && i < earlier.size(); i++) {
                kept = earlier.get(i).equals(later.get(i));
            }
            if (!kept) {
                return List.of(new Reason("history_rewritten", "history", "救治状态的历史只能追加，不能改写"));
            }
        }
        return List.of();
    }

    /**
     * The row against its patient (from this batch or the store) and the other rows of the store.
     * A tombstone is not judged again.
     */
    List<Reason> checkWithPatient(PushView store, UUID self, ObjectNode payload, boolean deleted, Instant at) throws SQLException {
        List<Reason> out = new ArrayList<>();
        if (deleted) {
            return out;
        }
        UUID patientId = UUID.fromString(EntityRules.text(payload, "patientId"));
        Optional<StoredRecord> p = store.record(EntityTypes.PATIENT, patientId);
        if (p.isEmpty()) {
            p = records.find(store.connection(), EntityTypes.PATIENT, patientId);
        }
        if (p.isEmpty() || p.get().deleted()) {
            out.add(new Reason("unknown_patient", "patientId", "台账记录所指患者未在省级平台登记：" + patientId));
            return out;
        }
        Optional<Patient> patient = DomainChecks.read(p.get().payload(), Patient.class, out);
        Optional<LedgerEntry> row = DomainChecks.read(payload, LedgerEntry.class, out);
        if (patient.isEmpty() || row.isEmpty()) {
            return out;
        }
        DiseaseListSchedule schedule = settings.diseaseListSchedule(store.connection(), catalogue.settings().activeListSize());
        DomainChecks.addErrors(new LedgerRules(catalogue, schedule).check(row.get(), patient.get(), today(at)), FIELDS, out);
        String key = RecordStore.ledgerKey(EntityTypes.LEDGER_ENTRY, payload);
        if (out.isEmpty() && key != null && otherOpenRow(store, key, self)) {
            Violation v = LedgerRules.secondOpenRow();
            out.add(new Reason(v.messageKey(), "diseaseCode", MESSAGES.describe(v)));
        }
        return out;
    }

    /** Another live open row with this key, in the store or written earlier in this batch (in its last state). */
    private boolean otherOpenRow(PushView store, String key, UUID self) throws SQLException {
        Set<UUID> holders = new HashSet<>(records.openLedgerRows(store.connection(), key));
        for (StoredRecord r : store.staged(EntityTypes.LEDGER_ENTRY)) {
            if (!r.deleted() && key.equals(RecordStore.ledgerKey(r.entityType(), r.payload()))) {
                holders.add(r.entityId());
            } else {
                holders.remove(r.entityId());
            }
        }
        holders.remove(self);
        return !holders.isEmpty();
    }

    private static LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, PROVINCE_ZONE);
    }
}
