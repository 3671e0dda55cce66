package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.protocol.Reason;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the repositories queue: the version an edit started from and the fields it changed, one waiting entry per record. */
class OutboxChangesTest {

    @TempDir
    Path dir;
    final Outbox outbox = new Outbox();
    final PatientRepository patients = new PatientRepository(outbox, new AuditLog());
    final Actor clerk = new Actor("clerk", "210727-C");

    static Patient patient(UUID id, String phone) {
        return new Patient(id, "张三", IdType.RESIDENT_ID, "210727201503010017", Sex.MALE, LocalDate.of(2015, 3, 1), "01", phone,
                new Address("210727102", null, "七里河村", null), null, PovertyStatus.NONE, InsuranceType.RESIDENT, "210727-C", null);
    }

    @Test
    void insertIsBaseZeroWithAllFieldsAndEditsFoldIntoTheWaitingEntry() {
        try (Database db = Database.open(dir, DataKey.generate(new SecureRandom()), StoreOptions.DEFAULT, Clock.systemUTC())) {
            UUID id = UUID.randomUUID();
            db.write(clerk, tx -> patients.insert(tx, patient(id, "13800000000")));
            OutboxEntry inserted = db.read(tx -> outbox.entriesFor(tx, "patient", id)).get(0);
            assertThat(inserted.baseVersion()).isZero();
            assertThat(inserted.changedFields()).contains("name", "idNumber", "phone", "address").doesNotContain("id", "meta");

            // nothing changed: nothing written, nothing queued
            db.write(clerk, tx -> patients.update(tx, patient(id, "13800000000")));
            assertThat(count(db, tx -> outbox.countFor(tx, "patient", id))).isEqualTo(1);

            // a pretend acknowledgement at version 7, then an edit: queued from 7 with only the phone
            db.write(clerk, tx -> {
                outbox.remove(tx, inserted.changeId());
                new SyncedRecords(patients, new CaseRepository(outbox, new AuditLog())).raiseVersion(tx, "patient", id, 7);
                return null;
            });
            db.write(clerk, tx -> patients.update(tx, patient(id, "13911112222")));
            List<OutboxEntry> entries = db.read(tx -> outbox.entriesFor(tx, "patient", id));
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.baseVersion()).isEqualTo(7);
                assertThat(e.changedFields()).containsExactly("phone");
                assertThat(e.changedBy()).isEqualTo("clerk");
            });

            // a second edit before any sync folds into the same entry
            Patient renamed = new Patient(id, "张叁", IdType.RESIDENT_ID, "210727201503010017", Sex.MALE, LocalDate.of(2015, 3, 1), "01",
                    "13911112222", new Address("210727102", null, "七里河村", null), null, PovertyStatus.NONE, InsuranceType.RESIDENT,
                    "210727-C", null);
            db.write(clerk, tx -> patients.update(tx, renamed));
            List<OutboxEntry> folded = db.read(tx -> outbox.entriesFor(tx, "patient", id));
            assertThat(folded).singleElement().satisfies(e -> {
                assertThat(e.changeId()).isEqualTo(entries.get(0).changeId());
                assertThat(e.baseVersion()).isEqualTo(7);
                assertThat(e.changedFields()).containsExactly("phone", "name");
            });

            // refused by the server, then edited: back in the queue under a new change id
            db.write(clerk, tx -> {
                outbox.quarantine(tx, folded.get(0).changeId(), List.of(new Reason("x", "name", "不合规")));
                return null;
            });
            assertThat(count(db, outbox::quarantinedCount)).isEqualTo(1);
            db.write(clerk, tx -> patients.update(tx, patient(id, "13911112222")));
            OutboxEntry requeued = db.read(tx -> outbox.entriesFor(tx, "patient", id)).get(0);
            assertThat(requeued.state()).isEqualTo(OutboxState.PENDING);
            assertThat(requeued.changeId()).isNotEqualTo(folded.get(0).changeId());
            assertThat(requeued.reasons()).isNull();
            assertThat(count(db, outbox::quarantinedCount)).isZero();
        }
    }

    private static long count(Database db, SqlWork<Long> work) {
        return db.read(work);
    }
}
