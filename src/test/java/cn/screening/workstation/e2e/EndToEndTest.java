package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.sync.SyncReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server on loopback and three real workstations: 义县 (county), its township 七里河镇, and
 * 黑山县 (another county). Records flow up; the county sees its township's; the other county sees
 * none of them and cannot write one.
 */
@Tag("slow")
class EndToEndTest {

    @TempDir
    Path dir;

    @Test
    void recordsFlowUpAndStayInsideTheirCounty() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url());
             Station township = Station.enrolled(dir.resolve("township"), Province.QILIHE, province, province.url());
             Station other = Station.enrolled(dir.resolve("other"), Province.HEISHAN, province, province.url())) {

            List<Patient> fromTownship = township.register(25, "镇患者");
            List<Patient> fromCounty = county.register(10, "县患者");
            List<Patient> fromOther = other.register(5, "黑山患者");

            SyncReport t = township.sync();
            assertThat(t.failure()).isNull();
            assertThat(t.pushed()).isEqualTo(25);
            assertThat(t.allClear()).isTrue();
            assertThat(province.patients()).isEqualTo(25);

            SyncReport c = county.sync();
            assertThat(c.failure()).isNull();
            assertThat(c.pushed()).isEqualTo(10);
            assertThat(c.allClear()).isTrue();
            SyncReport o = other.sync();
            assertThat(o.allClear()).isTrue();
            assertThat(province.patients()).isEqualTo(40);

            // the county holds its own and its township's records, with what the township entered
            assertThat(county.patientCount()).isEqualTo(35);
            for (Patient p : fromTownship) {
                Patient there = county.patient(p.id()).orElseThrow();
                assertThat(there.name()).isEqualTo(p.name());
                assertThat(there.idNumber()).isEqualTo(p.idNumber());
                assertThat(there.registeredSite()).isEqualTo(Province.QILIHE.siteCode());
            }
            // a township sees its own records, not the county's
            township.sync();
            assertThat(township.patientCount()).isEqualTo(25);

            // the other county: none of 义县's records, in its store or on the wire
            other.sync();
            assertThat(other.patientCount()).isEqualTo(5);
            for (Patient p : fromTownship) {
                assertThat(other.patient(p.id())).isEmpty();
            }
            for (Patient p : fromCounty) {
                assertThat(other.patient(p.id())).isEmpty();
            }
            assertThat(province.patientIdsSeenBy(Province.HEISHAN)).containsExactlyInAnyOrderElementsOf(Station.ids(fromOther));
            Set<UUID> yixian = new java.util.HashSet<>(Station.ids(fromTownship));
            yixian.addAll(Station.ids(fromCounty));
            assertThat(province.patientIdsSeenBy(Province.YIXIAN)).containsExactlyInAnyOrderElementsOf(yixian);

            // a record claiming 义县 as its owner, pushed from 黑山县, is refused and waits in quarantine there
            Patient forged = other.registerFor(Province.YIXIAN.siteCode(), "冒名患者");
            SyncReport refused = other.sync();
            assertThat(refused.failure()).isNull();
            assertThat(refused.pushed()).isZero();
            assertThat(refused.quarantined()).isEqualTo(1);
            assertThat(other.services.quarantine().list()).singleElement()
                    .satisfies(q -> assertThat(q.toString()).contains("not_your_site"));
            assertThat(province.patients()).isEqualTo(40);
            county.sync();
            assertThat(county.patient(forged.id())).isEmpty();
            assertThat(county.patientCount()).isEqualTo(35);
        }
    }
}
