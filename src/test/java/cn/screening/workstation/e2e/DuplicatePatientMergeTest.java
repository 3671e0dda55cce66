package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.service.PatientMerge.Duplicate;
import cn.screening.workstation.service.specimen.SpecimenSites;
import cn.screening.workstation.sync.SyncReport;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two townships of one county register the same person: the province refuses the second as a
 * duplicate naming the first, the second township merges its record into the existing patient,
 * and after the next sync the province holds one patient with the second township's case under it.
 */
@Tag("slow")
class DuplicatePatientMergeTest {

    private static final SiteProfile XINJIAN = new SiteProfile("210727103-T", InstitutionType.TOWNSHIP, "210727103", "新建乡卫生院");

    @TempDir
    Path dir;

    @Test
    void aDuplicateRefusedByTheProvinceIsMergedIntoTheExistingPatientWithItsCaseAndSample() {
        try (Province province = Province.start(dir.resolve("server"))) {
            province.services.administration().addSite(XINJIAN.siteCode(), XINJIAN.type(), XINJIAN.divisionCode(), XINJIAN.name(),
                    Province.YIXIAN.siteCode());
            try (Station a = Station.enrolled(dir.resolve("a"), Province.QILIHE, province, province.url());
                 Station b = Station.enrolledAsDoctor(dir.resolve("b"), XINJIAN, province, Role.TOWNSHIP_DOCTOR);
                 Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
                Patient first = a.register("张伟");
                assertThat(a.sync().pushed()).isEqualTo(1);

                // township B registers the same person again, with a case and a sample
                Patient base = b.newPatient("张卫");
                Patient twin = new Patient(UUID.randomUUID(), base.name(), first.idType(), first.idNumber(), first.sex(),
                        first.birthDate(), base.ethnicityCode(), base.phone(), base.address(), base.guardian(), base.povertyStatus(),
                        base.insurance(), XINJIAN.siteCode(), null);
                UUID caseId = b.ws.database().write(b.ws.session().actor(), tx -> {
                    b.ws.patients().insert(tx, twin);
                    ScreeningCase c = new ScreeningCase(UUID.randomUUID(), twin.id(), "HEMOPHILIA", CaseStatus.SUSPECTED,
                            XINJIAN.divisionCode(), XINJIAN.siteCode(), "doctor", tx.now(), null, null);
                    return b.ws.cases().insert(tx, XINJIAN.siteCode() + "-2026-1", c).id();
                });
                Sample sample = b.services.specimens().draw().draw(caseId, SpecimenSites.goodDraw(Instant.now(), Duration.ofHours(2)));

                SyncReport refused = b.sync();
                assertThat(refused.failure()).isNull();
                assertThat(refused.quarantined()).isEqualTo(1);
                List<Duplicate> duplicates = b.services.patientMerge().duplicates();
                assertThat(duplicates).singleElement().satisfies(d -> {
                    assertThat(d.localId()).isEqualTo(twin.id());
                    assertThat(d.existingId()).isEqualTo(first.id());
                    assertThat(d.existingSite()).isEqualTo(Province.QILIHE.siteCode());
                    assertThat(d.maskedIdNumber()).doesNotContain(first.idNumber());
                });

                b.services.patientMerge().merge(duplicates.get(0).seq());

                assertThat(b.services.quarantine().list()).isEmpty();
                assertThat(b.patient(twin.id())).isEmpty();
                assertThat(b.patient(first.id())).hasValueSatisfying(p -> assertThat(p.idNumber()).isEqualTo(first.idNumber()));
                assertThat(casePatient(b, caseId)).isEqualTo(first.id());

                SyncReport merged = b.sync();
                assertThat(merged.failure()).isNull();
                assertThat(merged.allClear()).isTrue();
                assertThat(b.services.quarantine().list()).isEmpty();

                // the province holds one patient for the number, and the county sees B's case and sample under it
                List<PulledRecord> holders = province.patientsSeenBy(Province.YIXIAN).stream()
                        .filter(r -> first.idNumber().equals(r.payload().path("idNumber").asText())).toList();
                assertThat(holders).extracting(PulledRecord::entityId).containsExactly(first.id());
                assertThat(county.sync().failure()).isNull();
                assertThat(casePatient(county, caseId)).isEqualTo(first.id());
                assertThat(sampleCase(county, sample.id())).isEqualTo(caseId);
            }
        }
    }

    private static UUID casePatient(Station s, UUID caseId) {
        return s.ws.database().read(tx -> s.ws.cases().findById(tx, caseId)).orElseThrow().patientId();
    }

    private static UUID sampleCase(Station s, UUID sampleId) {
        return s.ws.database().read(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT case_id FROM sample WHERE id = ?")) {
                ps.setObject(1, sampleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getObject(1, UUID.class) : null;
                }
            }
        });
    }
}
