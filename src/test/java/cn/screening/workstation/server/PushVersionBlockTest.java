package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.server.store.ServerDatabase;
import cn.screening.workstation.server.store.Versions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pushed batch takes its versions as one block: every applied change gets its own, ascending in the
 * batch's order, above any taken before, and the next batch's are above them all (on H2 and PostgreSQL).
 * A patient whose ID number another new patient of the same batch holds is refused, as it would be
 * in a later batch: the batch's writes reach the store only at its end.
 */
class PushVersionBlockTest {

    static final String COUNTY = "210727-C";
    static final LocalDate BORN = LocalDate.of(1980, 5, 1);

    @TempDir
    Path dir;

    @Test
    void aBlockIsAscendingDistinctAndAheadOfTheSequence() {
        try (TestStores.TestStore store = TestStores.fresh(dir); ServerDatabase db = ServerDatabase.open(store.target(), 2, Clock.systemUTC())) {
            long[] block = db.write(c -> {
                Versions.lock(c);
                return Versions.block(c, 300);
            });
            assertThat(block).hasSize(300);
            for (int i = 1; i < block.length; i++) {
                assertThat(block[i]).isGreaterThan(block[i - 1]);
            }
            long next = db.write(c -> {
                Versions.lock(c);
                return Versions.next(c);
            });
            assertThat(next).isGreaterThan(block[299]);
        }
    }

    @Test
    void appliedChangesGetAscendingVersionsAndASecondPatientWithTheSameIdInTheBatchIsRefused() {
        try (TestStores.TestStore store = TestStores.fresh(dir); ServerServices s = ServerServices.open(store.target(), 2, Clock.systemUTC())) {
            s.administration().addSite(COUNTY, InstitutionType.COUNTY, "210727", "义县人民医院", null);
            UUID device = UUID.randomUUID();
            List<Change> first = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                first.add(patient(Records.residentId("210727", BORN, 2 * i + 1)));
            }
            first.add(2, patient(Records.residentId("210727", BORN, 1))); // the first one's twin: refused
            List<ChangeResult> results = s.push().push(device, COUNTY, new PushRequest(UUID.randomUUID(), first)).response().results();
            assertThat(results).extracting(ChangeResult::status).containsExactly(ChangeStatus.APPLIED, ChangeStatus.APPLIED,
                    ChangeStatus.REJECTED, ChangeStatus.APPLIED, ChangeStatus.APPLIED, ChangeStatus.APPLIED);
            assertThat(results.get(2).reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo("duplicate_id_number");
                assertThat(r.existingId()).isEqualTo(first.get(0).entityId());
            });
            List<Long> versions = results.stream().filter(r -> r.status() == ChangeStatus.APPLIED).map(ChangeResult::version).toList();
            assertThat(versions).doesNotHaveDuplicates().isSorted();

            ChangeResult later = s.push().push(device, COUNTY, new PushRequest(UUID.randomUUID(),
                    List.of(patient(Records.residentId("210727", BORN, 21))))).response().results().get(0);
            assertThat(later.version()).isGreaterThan(versions.get(versions.size() - 1));
        }
    }

    private static Change patient(String idNumber) {
        UUID id = UUID.randomUUID();
        return Records.create(EntityTypes.PATIENT, id, Records.patient(id, "张伟", COUNTY, idNumber, BORN));
    }
}
