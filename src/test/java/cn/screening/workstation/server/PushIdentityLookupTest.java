package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.ServerDatabase;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch's new patients are checked against the stored ones by one look-up of their ID numbers
 * (RecordStore.patientsWithKeys) and the county's sites read once: the same verdicts as a look-up
 * per patient, on H2 and PostgreSQL; the batch's records are read with one statement as well. A twin in the county refuses; a twin in another county, a
 * deleted twin and the patient itself do not; two new twins in the batch, the second refused.
 */
class PushIdentityLookupTest {

    static final String COUNTY = "210727-C";
    static final String TOWNSHIP = "210727101-T";
    static final String OTHER_COUNTY = "210726-C";
    static final LocalDate BORN = LocalDate.of(1975, 3, 2);

    @TempDir
    Path dir;

    @Test
    void aBatchOfNewPatientsIsJudgedAgainstTheStoredOnesReadTogether() {
        String inCounty = Records.residentId("210727", BORN, 11);
        String inOtherCounty = Records.residentId("210727", BORN, 13);
        String deleted = Records.residentId("210727", BORN, 15);
        String fresh = Records.residentId("210727", BORN, 17);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        UUID p3 = UUID.randomUUID();
        UUID p4 = UUID.randomUUID();
        try (TestStores.TestStore store = TestStores.fresh(dir)) {
            try (ServerServices s = ServerServices.open(store.target(), 2, Clock.systemUTC())) {
                s.administration().addSite(COUNTY, InstitutionType.COUNTY, "210727", "义县人民医院", null);
                s.administration().addSite(TOWNSHIP, InstitutionType.TOWNSHIP, "210727101", "七里河镇卫生院", COUNTY);
                s.administration().addSite(OTHER_COUNTY, InstitutionType.COUNTY, "210726", "黑山县人民医院", null);
                UUID county = UUID.randomUUID();
                List<ChangeResult> stored = push(s, county, COUNTY, create(a, COUNTY, inCounty), create(d, COUNTY, deleted));
                push(s, UUID.randomUUID(), OTHER_COUNTY, create(b, OTHER_COUNTY, inOtherCounty));
                ObjectNode gone = Records.patient(d, "张伟", COUNTY, deleted, BORN);
                push(s, county, COUNTY, new Change(UUID.randomUUID(), EntityTypes.PATIENT, d, stored.get(1).version(), List.of(), gone,
                        Instant.parse("2026-11-02T08:00:00Z"), null, true));

                ObjectNode renamed = Records.patient(a, "张强", COUNTY, inCounty, BORN);
                List<ChangeResult> results = push(s, county, COUNTY,
                        create(UUID.randomUUID(), TOWNSHIP, inCounty),
                        create(UUID.randomUUID(), TOWNSHIP, inOtherCounty),
                        create(p3, TOWNSHIP, deleted),
                        Records.edit(EntityTypes.PATIENT, a, stored.get(0).version(), renamed, "name"),
                        create(p4, TOWNSHIP, fresh),
                        create(UUID.randomUUID(), COUNTY, fresh));

                assertThat(results).extracting(ChangeResult::status).containsExactly(ChangeStatus.REJECTED, ChangeStatus.APPLIED,
                        ChangeStatus.APPLIED, ChangeStatus.APPLIED, ChangeStatus.APPLIED, ChangeStatus.REJECTED);
                assertThat(results.get(0).reasons()).singleElement().satisfies(r -> {
                    assertThat(r.code()).isEqualTo("duplicate_id_number");
                    assertThat(r.existingId()).isEqualTo(a);
                    assertThat(r.existingSite()).isEqualTo(COUNTY);
                    assertThat(r.message()).contains("义县人民医院");
                });
                assertThat(results.get(5).reasons()).singleElement().satisfies(r -> assertThat(r.existingId()).isEqualTo(p4));
            }
            try (ServerDatabase db = ServerDatabase.open(store.target(), 2, Clock.systemUTC())) {
                Map<String, Map<UUID, String>> found = db.read(c -> new RecordStore().patientsWithKeys(c,
                        List.of(key(inCounty), key(inOtherCounty), key(deleted), key(fresh), key("210727197503020000"))));
                assertThat(found).containsOnlyKeys(key(inCounty), key(inOtherCounty), key(deleted), key(fresh));
                assertThat(found.get(key(inCounty))).containsExactly(Map.entry(a, COUNTY));
                assertThat(found.get(key(inOtherCounty))).as("the other county's and the township's own").hasSize(2)
                        .containsEntry(b, OTHER_COUNTY).containsValue(TOWNSHIP);
                assertThat(found.get(key(deleted))).as("the deleted patient is no twin").containsExactly(Map.entry(p3, TOWNSHIP));
                assertThat(found.get(key(fresh))).containsExactly(Map.entry(p4, TOWNSHIP));

                // a batch's records are read with one statement too: by type and id, unknown ids left out
                Map<UUID, StoredRecord> records = db.read(c -> new RecordStore().findAll(c, EntityTypes.PATIENT,
                        List.of(a, b, d, UUID.randomUUID())));
                assertThat(records).containsOnlyKeys(a, b, d);
                assertThat(records.get(a).payload().get("name").asText()).isEqualTo("张强");
                assertThat(records.get(d).deleted()).isTrue();
                Map<UUID, StoredRecord> cases = db.read(c -> new RecordStore().findAll(c, EntityTypes.CASE, List.of(a, b)));
                assertThat(cases).isEmpty();
            }
        }
    }

    private static String key(String idNumber) {
        return "RESIDENT_ID:" + idNumber;
    }

    private static Change create(UUID id, String site, String idNumber) {
        return Records.create(EntityTypes.PATIENT, id, Records.patient(id, "张伟", site, idNumber, BORN));
    }

    private static List<ChangeResult> push(ServerServices s, UUID device, String site, Change... changes) {
        return s.push().push(device, site, new PushRequest(UUID.randomUUID(), List.of(changes))).response().results();
    }
}
