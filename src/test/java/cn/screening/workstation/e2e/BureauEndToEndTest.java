package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.ledger.LedgerFilter;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.sync.SyncReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hospital → county → bureau through the real server on loopback. 义县 opens a ledger row and sends
 * the patient to 义县中医院 (a 县级 designated hospital whose level and diseases come with the synced
 * site); the hospital records the stay with its costs and closes the row as 已救治; the county sees
 * that; the 义县 health bureau sees the row, the patient and the case, certifies the row, and the
 * county sees the certification; the 黑山县 bureau sees nothing of it. The bureau's attempt to
 * register a patient is refused by its workstation, and by the server when forced onto the wire.
 */
@Tag("slow")
class BureauEndToEndTest {

    static final SiteProfile CLINIC = new SiteProfile("210727-H", InstitutionType.DESIGNATED, "210727", "义县中医院");
    static final SiteProfile BUREAU = new SiteProfile("210727-B", InstitutionType.BUREAU, "210727", "义县卫生健康局");
    static final SiteProfile HEISHAN_BUREAU = new SiteProfile("210726-B", InstitutionType.BUREAU, "210726", "黑山县卫生健康局");

    @TempDir
    Path dir;

    @Test
    void theHospitalTreatsTheCountySeesItAndItsBureauCertifiesWhileAnotherCountysBureauSeesNothing() {
        try (Province province = province(dir);
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR);
             Station ward = Station.enrolledAsDoctor(dir.resolve("ward"), CLINIC, province, Role.DESIGNATED_PHYSICIAN);
             Station bureau = Station.enrolledAsDoctor(dir.resolve("bureau"), BUREAU, province, Role.BUREAU_OFFICER);
             Station heishan = Station.enrolledAsDoctor(dir.resolve("heishan"), HEISHAN_BUREAU, province, Role.BUREAU_OFFICER)) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            county.sync();
            UUID caseId = ReferralEndToEndTest.registerCase(county, "张小明", 81);
            UUID patientId = county.ws.database().read(tx -> county.ws.cases().findById(tx, caseId)).map(ScreeningCase::patientId)
                    .orElseThrow();
            LedgerEntry opened = county.services.ledger().open(patientId, "HEMOPHILIA", "D66", "义县人民医院", today.minusDays(10));
            SiteInfo clinic = new cn.screening.workstation.service.ReferenceData(county.ws).sites().stream().filter(s -> s.code().equals(CLINIC.siteCode()))
                    .findFirst().orElseThrow();
            assertThat(clinic.level()).isEqualTo("county");
            assertThat(clinic.diseases()).contains("HEMOPHILIA");
            // the county names the hospital's site only: its name, level and county come with the synced site
            LedgerEntry sent = county.services.ledger().saveAdmission(opened.id(), new Admission(null, clinic.code(), null, null, null,
                    today.minusDays(5), null, null, null, false, null, null, null, null));
            assertThat(sent.admissions()).singleElement().satisfies(a -> {
                assertThat(a.hospitalName()).isEqualTo("义县中医院");
                assertThat(a.level()).isEqualTo(HospitalLevel.COUNTY);
                assertThat(a.hospitalCounty()).isEqualTo("210727");
            });
            assertThat(sent.treatingSite()).isEqualTo(CLINIC.siteCode());
            assertThat(county.sync().allClear()).isTrue();

            // the hospital records the stay: discharge, 住院号, costs; and closes the row
            ward.sync();
            LedgerEntry atWard = LedgerEndToEndTest.single(ward);
            Admission started = atWard.admissions().get(0);
            Costs costs = new Costs(523_400, Map.of(Payer.BASIC_INSURANCE, 300_000L, Payer.SERIOUS_ILLNESS_INSURANCE, 100_000L), 23_400, 0,
                    100_000, true, true);
            ward.services.ledger().saveAdmission(atWard.id(), new Admission(started.id(), started.hospitalSite(), started.hospitalName(),
                    started.level(), started.hospitalCounty(), started.admittedOn(), today.minusDays(1), "ZY-81", "替代治疗", true, null,
                    null, TreatmentOutcome.IMPROVED, costs));
            ward.services.ledger().move(atWard.id(), TreatmentStatus.TREATED, today.minusDays(1), "出院");
            assertThat(ward.sync().allClear()).isTrue();

            county.sync();
            assertThat(LedgerEndToEndTest.single(county).status()).isEqualTo(TreatmentStatus.TREATED);

            // the bureau of 义县 sees the row, the patient and the case, and certifies
            bureau.sync();
            LedgerEntry atBureau = LedgerEndToEndTest.single(bureau);
            assertThat(atBureau.status()).isEqualTo(TreatmentStatus.TREATED);
            assertThat(atBureau.admissions()).singleElement().satisfies(a -> assertThat(a.costs().totalFen()).isEqualTo(523_400));
            assertThat(bureau.patient(patientId)).isPresent();
            java.util.Optional<ScreeningCase> seenCase = bureau.ws.database().read(tx -> bureau.ws.cases().findById(tx, caseId));
            assertThat(seenCase).isPresent();
            List<LedgerRow> waiting = bureau.services.ledger().waitingCertification();
            assertThat(waiting).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("张**"));
            bureau.services.ledger().certify(atBureau.id(), Certification.CERTIFIED, null, List.of("扶贫办", "民政局"));
            assertThat(bureau.sync().allClear()).isTrue();

            county.sync();
            LedgerEntry certified = LedgerEndToEndTest.single(county);
            assertThat(certified.certification().status()).isEqualTo(Certification.CERTIFIED);
            assertThat(certified.certification().by()).isEqualTo("李医生");
            assertThat(certified.status()).isEqualTo(TreatmentStatus.TREATED);
            assertThat(county.services.ledger().list(new LedgerFilter(null, null, null, null, Certification.CERTIFIED), false)).hasSize(1);

            // 黑山县's bureau sees nothing of 义县
            heishan.sync();
            assertThat(LedgerEndToEndTest.rows(heishan, "ledger_entry")).isZero();
            assertThat(LedgerEndToEndTest.rows(heishan, "patient")).isZero();
            assertThat(LedgerEndToEndTest.rows(heishan, "screening_case")).isZero();

            // the bureau registers nobody: refused by its workstation, whatever the account's role ...
            RegistrationRequest req = new RegistrationRequest(TestSites.patient("王二", TestSites.yixianId(ReferralEndToEndTest.BIRTH, 82),
                    Sex.MALE, ReferralEndToEndTest.BIRTH), null, CaseRegistration.HEMOPHILIA,
                    cn.screening.workstation.service.referral.CareFixtureAccess.screening(), true);
            assertThatThrownBy(() -> bureau.services.registration().register(req))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.permission"));
            assertThatThrownBy(() -> bureau.services.ledger().open(patientId, "LUNG_CANCER", "C34", "义县人民医院", today))
                    .isInstanceOf(ServiceException.class);
            // ... and by the server when a patient reaches the wire anyway
            UUID forced = bureau.register("王二").id();
            SyncReport refused = bureau.sync();
            assertThat(refused.quarantined()).isEqualTo(1);
            assertThat(bureau.services.quarantine().list()).singleElement().satisfies(q -> {
                assertThat(q.entityId()).isEqualTo(forced);
                assertThat(q.reasons()).extracting(Reason::code).containsExactly("bureau_read_only");
                assertThat(q.reasons().get(0).message()).contains("县卫生健康局不能登记或修改患者");
            });
            assertThat(province.patientIdsSeenBy(Province.YIXIAN)).containsExactly(patientId);
        }
    }

    /** The end-to-end province with 义县中医院 (县级, hemophilia and lung cancer) and the two bureaus. */
    static Province province(Path dir) {
        Province p = Province.start(dir.resolve("server"));
        var admin = p.services.administration();
        admin.addSite(CLINIC.siteCode(), CLINIC.type(), CLINIC.divisionCode(), CLINIC.name(), null, HospitalLevel.COUNTY,
                List.of("HEMOPHILIA", "LUNG_CANCER"));
        admin.addSite(BUREAU.siteCode(), BUREAU.type(), BUREAU.divisionCode(), BUREAU.name(), null);
        admin.addSite(HEISHAN_BUREAU.siteCode(), HEISHAN_BUREAU.type(), HEISHAN_BUREAU.divisionCode(), HEISHAN_BUREAU.name(), null);
        return p;
    }
}
