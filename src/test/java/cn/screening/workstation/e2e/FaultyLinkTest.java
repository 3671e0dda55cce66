package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.sync.SyncReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workstation syncs through a proxy that cuts requests and responses, stalls, truncates bodies and
 * answers 502/503, while new patients are registered and existing ones edited on a random schedule.
 * When the faults stop, one more sync makes client and server agree: every record on the server
 * once, with its last edit, and nothing left in the outbox.
 */
@Tag("slow")
class FaultyLinkTest {

    static final int ATTEMPTS = 20;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 99991})
    void nothingLostNothingDoubled(long seed) throws Exception {
        Random schedule = new Random(seed);
        try (Province province = Province.start(dir.resolve("server"));
             FaultProxy proxy = new FaultProxy(province.port(), seed, 500);
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, proxy.url())) {
            Map<UUID, String> phones = new HashMap<>();
            List<UUID> ids = new ArrayList<>();
            int failed = 0;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                for (Patient p : county.register(schedule.nextInt(40), "患者" + attempt + "-")) {
                    phones.put(p.id(), p.phone());
                    ids.add(p.id());
                }
                for (int e = schedule.nextInt(4); e > 0 && !ids.isEmpty(); e--) {
                    UUID id = ids.get(schedule.nextInt(ids.size()));
                    String phone = "139" + String.format("%08d", schedule.nextInt(100_000_000));
                    county.edit(id, p -> withPhone(p, phone));
                    phones.put(id, phone);
                }
                SyncReport r = county.sync();
                if (r.failure() != null) {
                    failed++;
                }
            }
            assertThat(failed).as("the proxy broke some syncs").isPositive();
            System.out.println("seed " + seed + ": " + failed + " of " + ATTEMPTS + " syncs failed; faults drawn " + proxy.drawn());

            proxy.faults(false);
            SyncReport last = county.sync();
            assertThat(last.failure()).isNull();
            assertThat(last.allClear()).as(last.line()).isTrue();
            assertThat(county.pending()).isZero();
            assertThat(county.services.quarantine().list()).isEmpty();
            assertThat(county.services.syncConflicts().open()).isEmpty();

            assertThat(province.patients()).isEqualTo(phones.size());
            List<PulledRecord> onServer = province.patientsSeenBy(Province.YIXIAN);
            assertThat(onServer).extracting(PulledRecord::entityId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(phones.keySet());
            for (PulledRecord rec : onServer) {
                assertThat(rec.payload().path("phone").asText()).as("last edit of %s", rec.entityId()).isEqualTo(phones.get(rec.entityId()));
            }
            assertThat(county.patientCount()).isEqualTo(phones.size());
        }
    }

    static Patient withPhone(Patient p, String phone) {
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), phone, p.address(),
                p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), p.meta());
    }
}
