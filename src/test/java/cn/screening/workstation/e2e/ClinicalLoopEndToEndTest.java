package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.FollowUpKind;
import cn.screening.workstation.domain.registry.HemophiliaType;
import cn.screening.workstation.domain.registry.Severity;
import cn.screening.workstation.domain.specimen.AssayMethod;
import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.InhibitorScreen;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.registry.RegistryRow;
import cn.screening.workstation.service.specimen.SpecimenSites;
import cn.screening.workstation.service.specimen.Specimens;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinical loop through the real server on loopback: 义县 sends a sample, the designated
 * hospital's lab confirms severe hemophilia A with an inhibitor; at the county the patient enters
 * the registry once (however often it syncs) with both follow-up schedules, and the hospital's
 * registry shows them too, without ever holding the patient.
 */
class ClinicalLoopEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aConfirmedResultEnrolsThePatientOnceAndBothRegistriesShowThem() {
        try (Province province = ReferralEndToEndTest.province(dir);
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR);
             Station hospital = Station.enrolledAsDoctor(dir.resolve("hospital"), ReferralEndToEndTest.HOSPITAL, province,
                     Role.DESIGNATED_LAB)) {
            county.sync();
            UUID caseId = ReferralEndToEndTest.registerCase(county, "张小明", 61);
            confirmAtHospital(county, hospital, caseId);

            county.sync();
            assertThat(SpecimenSites.caseStatus(county.ws, caseId)).isEqualTo(CaseStatus.CONFIRMED);
            List<RegistryRow> rows = county.services.registry().list();
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("张**");
                assertThat(r.type()).isEqualTo(HemophiliaType.HA);
                assertThat(r.severity()).isEqualTo(Severity.SEVERE);
                assertThat(r.baselineFactorPct()).isEqualTo(0.8);
                assertThat(r.confirmedBy()).isEqualTo(ReferralEndToEndTest.HOSPITAL.siteCode());
                assertThat(r.inhibitorHistory()).isTrue();
                assertThat(r.nextDue()).isNotNull();
            });
            UUID patientId = rows.get(0).patientId();
            assertThat(county.services.followUps().ofPatient(patientId)).extracting(FollowUp::kind)
                    .containsExactlyInAnyOrder(FollowUpKind.ROUTINE, FollowUpKind.INHIBITOR_RETEST);

            // re-syncs push the entry and pull it back: still one entry, still two schedules
            assertThat(county.sync().allClear()).isTrue();
            county.sync();
            assertThat(county.services.registry().list()).hasSize(1);
            assertThat(county.services.followUps().ofPatient(patientId)).hasSize(2);
            assertThat(rows(county, "registry_entry")).isEqualTo(1);

            // the hospital pulls the entry addressed to it; it never holds the patient
            hospital.sync();
            assertThat(hospital.services.registry().list()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("张**");
                assertThat(r.type()).isEqualTo(HemophiliaType.HA);
                assertThat(r.severity()).isEqualTo(Severity.SEVERE);
            });
            assertThat(rows(hospital, "patient")).isZero();
            hospital.sync();
            assertThat(rows(hospital, "registry_entry")).isEqualTo(1);
        }
    }

    /** The county draws and ships a sample of the case; the hospital receives it and confirms HA 重型 with an inhibitor. */
    static void confirmAtHospital(Station county, Station hospital, UUID caseId) {
        Specimens cs = county.services.specimens();
        Sample s = cs.draw().draw(caseId, SpecimenSites.goodDraw(Instant.now(), Duration.ofHours(2)));
        Shipment box = cs.shipments().createBox(ReferralEndToEndTest.HOSPITAL.siteCode());
        cs.shipments().addTube(box.id(), s.sampleNo());
        cs.shipments().dispatch(box.id(), new DispatchDetails("顺丰", "SF1", Instant.now(), ShipmentCondition.ROOM_TEMPERATURE,
                null, null, new BigDecimal("22")));
        assertThat(county.sync().allClear()).isTrue();
        hospital.sync();
        Specimens hs = hospital.services.specimens();
        hs.receiving().receive(box.id(), Instant.now(), new BigDecimal("21"));
        hs.receiving().scan(box.id(), s.sampleNo());
        hs.results().enter(s.sampleNo(), new ResultEntry("0.8", "95", AssayMethod.ONE_STAGE, "85", null,
                InhibitorScreen.POSITIVE, "1.2", Diagnosis.HEMOPHILIA_A, null, null), true);
        assertThat(hospital.sync().allClear()).isTrue();
    }

    static long rows(Station s, String table) {
        return s.ws.database().read(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
