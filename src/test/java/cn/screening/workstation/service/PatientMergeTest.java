package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.OutboxState;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge on a real store: all of it or nothing, and only for a duplicate the province named a twin for. */
class PatientMergeTest {

    static final String TOWNSHIP = "210727102-T";
    static final UUID EXISTING = UUID.fromString("0d9e6c1a-3f7b-4a52-9c11-7e2b5a8d4f60");
    static final String ID_NUMBER = TestSites.yixianId(LocalDate.of(1985, 3, 7), 31);

    @TempDir
    Path dir;

    @Test
    void aMergeThatFailsPartWayChangesNothing() {
        try (Workspace ws = TestSites.login(TestSites.countyHospital(dir), "admin", TestSites.ADMIN_PASSWORD)) {
            UUID[] ids = refusedWithCase(ws, List.of(duplicateReason()));
            // the store refuses the merge's last write (its audit line): the transaction must undo the rest
            ws.database().write(ws.session().actor(), tx -> {
                try (PreparedStatement ps = tx.prepare("ALTER TABLE audit_log ADD CONSTRAINT no_merge CHECK (detail NOT LIKE 'duplicate merged%')")) {
                    ps.execute();
                }
                return null;
            });
            PatientMerge merge = new PatientMerge(ws);
            long seq = merge.duplicates().get(0).seq();

            assertThatThrownBy(() -> merge.merge(seq)).hasStackTraceContaining("NO_MERGE");

            Optional<Patient> dup = ws.database().read(tx -> ws.patients().findById(tx, ids[0]));
            Optional<Patient> existing = ws.database().read(tx -> ws.patients().findById(tx, EXISTING));
            Optional<ScreeningCase> c = ws.database().read(tx -> ws.cases().findById(tx, ids[1]));
            List<OutboxEntry> caseEntries = ws.database().read(tx -> ws.outbox().entriesFor(tx, EntityTypes.CASE, ids[1]));
            assertThat(dup).hasValueSatisfying(p -> assertThat(p.idNumber()).isEqualTo(ID_NUMBER));
            assertThat(existing).isEmpty();
            assertThat(c.orElseThrow().patientId()).isEqualTo(ids[0]);
            assertThat(caseEntries).singleElement().satisfies(e -> assertThat(e.payload()).doesNotContain(EXISTING.toString()));
            assertThat(new Quarantine(ws).list()).singleElement().satisfies(q -> assertThat(q.entityId()).isEqualTo(ids[0]));
        }
    }

    @Test
    void aRefusalNamingNoExistingPatientIsNotOfferedNorMerged() {
        try (Workspace ws = TestSites.login(TestSites.countyHospital(dir), "admin", TestSites.ADMIN_PASSWORD)) {
            // an older server's answer: the code without the existing record's id
            refusedWithCase(ws, List.of(new Reason("duplicate_id_number", "idNumber", "该证件号码已由本县（区）另一患者登记")));
            PatientMerge merge = new PatientMerge(ws);
            assertThat(merge.duplicates()).isEmpty();
            long seq = new Quarantine(ws).list().get(0).seq();
            assertThatThrownBy(() -> merge.merge(seq)).isInstanceOf(ServiceException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "sync.merge.notDuplicate");
        }
    }

    static Reason duplicateReason() {
        return new Reason("duplicate_id_number", "idNumber", "该证件号码已由本县（区）另一患者登记", EXISTING, TOWNSHIP);
    }

    /** A patient with a case, its create quarantined with {@code reasons}: returns the patient's and the case's ids. */
    static UUID[] refusedWithCase(Workspace ws, List<Reason> reasons) {
        Patient base = TestSites.patient("周建国", ID_NUMBER, Sex.MALE, LocalDate.of(1985, 3, 7));
        Patient p = new Patient(UUID.randomUUID(), base.name(), base.idType(), base.idNumber(), base.sex(), base.birthDate(),
                base.ethnicityCode(), base.phone(), base.address(), base.guardian(), base.povertyStatus(), base.insurance(),
                "210727-C", null);
        return ws.database().write(ws.session().actor(), tx -> {
            ws.patients().insert(tx, p);
            ScreeningCase c = ws.cases().insert(tx, "210727-C-2026-1", new ScreeningCase(UUID.randomUUID(), p.id(), "HEMOPHILIA",
                    CaseStatus.SUSPECTED, "210727102", "210727-C", "doctor", tx.now(), null, null));
            OutboxEntry create = ws.outbox().entriesFor(tx, EntityTypes.PATIENT, p.id()).get(0);
            ws.outbox().quarantine(tx, create.changeId(), reasons);
            assertThat(ws.outbox().findBySeq(tx, create.seq()).orElseThrow().state()).isEqualTo(OutboxState.QUARANTINED);
            return new UUID[] {p.id(), c.id()};
        });
    }
}
