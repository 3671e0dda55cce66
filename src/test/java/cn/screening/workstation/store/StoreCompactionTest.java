package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many small transactions (an import, a large pull) grow the file many times over its live data while
 * the store is open (no online compaction: decision 0012); `store compact` brings it back.
 */
@Tag("slow")
class StoreCompactionTest {

    @TempDir
    Path dir;

    @Test
    void storeCompactBringsBulkWritesBackNearTheirLiveSize() throws Exception {
        DataKey key = DataKey.generate(new SecureRandom());
        Database db = Database.open(dir, key, StoreOptions.DEFAULT, Clock.systemUTC());
        PatientRepository patients = new PatientRepository(new Outbox(), new AuditLog());
        for (int batch = 0; batch < 60; batch++) {
            int b = batch;
            db.write(new Actor("loader", "210727-C"), tx -> {
                for (int i = 0; i < 100; i++) {
                    patients.insert(tx, patient(b * 100 + i));
                }
                return null;
            });
        }
        long loaded = Files.size(dir.resolve("workstation.mv.db"));
        db.compact();
        long live = Files.size(dir.resolve("workstation.mv.db"));
        assertThat(live).isGreaterThan(2L << 20);
        assertThat(live).as("compacted, from %d bytes", loaded).isLessThan(loaded / 3);
        try (Database reopened = Database.open(dir, key, StoreOptions.DEFAULT, Clock.systemUTC())) {
            long patientsAfter = reopened.read(tx -> patients.count(tx));
            assertThat(patientsAfter).isEqualTo(6_000);
        }
    }

    private static Patient patient(int n) {
        return new Patient(UUID.randomUUID(), "测试" + n, IdType.OTHER, "P" + n, Sex.MALE, LocalDate.of(1980, 1, 1), "01",
                "13800000000", new Address("210727102", null, "七里河村", "门牌" + n), null, PovertyStatus.NONE,
                InsuranceType.RESIDENT, "210727-C", SyncMeta.fresh(java.time.Instant.now(), "210727-C"));
    }
}
