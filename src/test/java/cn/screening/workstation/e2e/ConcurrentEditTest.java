package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.service.SyncConflicts;
import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.sync.SyncReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The township that registered a patient and the county above it edit that patient while apart.
 * Different fields merge everywhere; the same field becomes a conflict on the client that syncs
 * second, with both values kept; once picked, both clients and the server converge.
 */
@Tag("slow")
class ConcurrentEditTest {

    @TempDir
    Path dir;

    @Test
    void differentFieldsMergeAndTheSameFieldIsAConflictUntilPicked() {
        try (Province province = Province.start(dir.resolve("server"));
             Station township = Station.enrolled(dir.resolve("township"), Province.QILIHE, province, province.url());
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            UUID id = township.register("张三").id();
            assertThat(township.sync().allClear()).isTrue();
            assertThat(county.sync().allClear()).isTrue();
            assertThat(county.patient(id)).isPresent();

            // different fields: the township corrects the phone, the county the address detail
            township.edit(id, p -> FaultyLinkTest.withPhone(p, "13900000001"));
            county.edit(id, p -> withAddressDetail(p, "三组12号"));
            assertThat(township.sync().allClear()).isTrue();
            SyncReport merged = county.sync();
            assertThat(merged.allClear()).as(merged.line()).isTrue();
            assertThat(township.sync().allClear()).isTrue();
            for (Station s : List.of(township, county)) {
                Patient p = s.patient(id).orElseThrow();
                assertThat(p.phone()).as(s.site.siteCode()).isEqualTo("13900000001");
                assertThat(p.address().detail()).as(s.site.siteCode()).isEqualTo("三组12号");
            }
            JsonNode onServer = serverCopy(province, id);
            assertThat(onServer.path("phone").asText()).isEqualTo("13900000001");
            assertThat(onServer.path("address").path("detail").asText()).isEqualTo("三组12号");

            // the same field: both change the name; the county syncs second and gets the conflict
            township.edit(id, p -> withName(p, "张叁"));
            county.edit(id, p -> withName(p, "张三丰"));
            assertThat(township.sync().allClear()).isTrue();
            SyncReport clash = county.sync();
            assertThat(clash.failure()).isNull();
            assertThat(clash.conflicts()).isEqualTo(1);
            List<SyncConflict> open = county.services.syncConflicts().open();
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.entityId()).isEqualTo(id);
                assertThat(c.field()).isEqualTo("name");
                assertThat(SyncConflicts.display(c.localValue())).isEqualTo("张三丰");
                assertThat(SyncConflicts.display(c.serverValue())).isEqualTo("张叁");
                assertThat(c.serverSite()).isEqualTo(Province.QILIHE.siteCode());
            });
            // nothing lost: the server has the township's name, the county still holds its own
            assertThat(serverCopy(province, id).path("name").asText()).isEqualTo("张叁");
            assertThat(county.patient(id).orElseThrow().name()).isEqualTo("张三丰");

            // the county keeps its value; after a sync each side has it
            county.services.syncConflicts().resolve(open.get(0).id(), SyncConflicts.Pick.LOCAL);
            SyncReport resolved = county.sync();
            assertThat(resolved.allClear()).as(resolved.line()).isTrue();
            assertThat(county.services.syncConflicts().open()).isEmpty();
            assertThat(township.sync().allClear()).isTrue();
            assertThat(serverCopy(province, id).path("name").asText()).isEqualTo("张三丰");
            for (Station s : List.of(township, county)) {
                Patient p = s.patient(id).orElseThrow();
                assertThat(p.name()).as(s.site.siteCode()).isEqualTo("张三丰");
                assertThat(p.phone()).isEqualTo("13900000001");
                assertThat(p.address().detail()).isEqualTo("三组12号");
            }
            assertThat(province.patients()).isEqualTo(1);
        }
    }

    private static JsonNode serverCopy(Province province, UUID id) {
        return province.patientsSeenBy(Province.YIXIAN).stream().filter(r -> r.entityId().equals(id)).findFirst()
                .map(PulledRecord::payload).orElseThrow();
    }

    static Patient withName(Patient p, String name) {
        return new Patient(p.id(), name, p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(), p.address(),
                p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), p.meta());
    }

    static Patient withAddressDetail(Patient p, String detail) {
        Address a = p.address();
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                new Address(a.townshipCode(), a.villageCode(), a.villageName(), detail), p.guardian(), p.povertyStatus(), p.insurance(),
                p.registeredSite(), p.meta());
    }
}
