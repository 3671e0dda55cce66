package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.CityTransfer;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.StatusChange;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.ledger.Ledger;
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
 * The treatment ledger through the real server on loopback: the designated hospital's lab confirms
 * hemophilia A for a patient of 义县, and the county's pull opens the patient's ledger row with the
 * diagnosis filled (D66, the hospital, the day); the county certifies it and records the stay at
 * the hospital; the hospital's physician, who never holds the patient, sees the row and closes it
 * as 已救治; the county sees that; 黑山县 sees nothing of it.
 */
@Tag("slow")
class LedgerEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aConfirmedResultOpensTheLedgerRowAndTheHospitalTreatsIt() {
        try (Province province = ReferralEndToEndTest.province(dir);
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR);
             Station lab = Station.enrolledAsDoctor(dir.resolve("lab"), ReferralEndToEndTest.HOSPITAL, province, Role.DESIGNATED_LAB);
             Station ward = Station.enrolledAsDoctor(dir.resolve("ward"), ReferralEndToEndTest.HOSPITAL, province,
                     Role.DESIGNATED_PHYSICIAN);
             Station heishan = Station.enrolledAsDoctor(dir.resolve("heishan"), Province.HEISHAN, province, Role.COUNTY_DOCTOR)) {
            county.sync();
            UUID caseId = ReferralEndToEndTest.registerCase(county, "张小明", 71);
            ClinicalLoopEndToEndTest.confirmAtHospital(county, lab, caseId);
            county.sync();

            LedgerEntry row = single(county);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(row.diseaseCode()).isEqualTo("HEMOPHILIA");
            assertThat(row.icd10()).isEqualTo("D66");
            assertThat(row.diagnosedBy()).isEqualTo(ReferralEndToEndTest.HOSPITAL.siteCode());
            assertThat(row.diagnosedOn()).isEqualTo(today);
            assertThat(row.status()).isEqualTo(TreatmentStatus.WAITING);
            assertThat(row.certification().status()).isEqualTo(Certification.PENDING);

            Ledger ledger = county.services.ledger();
            ledger.certify(row.id(), Certification.CERTIFIED, null, List.of("扶贫办", "民政局"));
            CityTransfer papers = new CityTransfer(today.minusDays(3), List.of("王主任", "刘主任"), "YX-2026-007", "义县人民医院");
            Costs costs = new Costs(1_234_567, Map.of(Payer.BASIC_INSURANCE, 800_000L, Payer.SERIOUS_ILLNESS_INSURANCE, 200_000L,
                    Payer.MEDICAL_AID, 100_000L), 34_567, 0, 100_000, true, false);
            ledger.saveAdmission(row.id(), new Admission(null, ReferralEndToEndTest.HOSPITAL.siteCode(), ReferralEndToEndTest.HOSPITAL.name(),
                    HospitalLevel.CITY, "210102", today.minusDays(2), today.minusDays(1), "ZY-2026-71", "替代治疗", true, null, papers,
                    TreatmentOutcome.IMPROVED, costs));
            assertThat(county.sync().allClear()).isTrue();

            ward.sync();
            assertThat(rows(ward, "patient")).isZero();
            LedgerEntry seen = single(ward);
            assertThat(seen.treatingSite()).isEqualTo(ReferralEndToEndTest.HOSPITAL.siteCode());
            ward.services.ledger().move(seen.id(), TreatmentStatus.TREATED, today.minusDays(1), "出院");
            assertThat(ward.sync().allClear()).isTrue();

            county.sync();
            LedgerEntry back = single(county);
            assertThat(back.status()).isEqualTo(TreatmentStatus.TREATED);
            assertThat(back.history()).extracting(StatusChange::to).containsExactly(TreatmentStatus.WAITING, TreatmentStatus.TREATING,
                    TreatmentStatus.TREATED);
            assertThat(back.certification().status()).isEqualTo(Certification.CERTIFIED);
            assertThat(back.admissions()).singleElement().satisfies(a -> assertThat(a.costs().totalFen()).isEqualTo(1_234_567));

            heishan.sync();
            assertThat(rows(heishan, "ledger_entry")).isZero();
        }
    }

    static LedgerEntry single(Station s) {
        List<LedgerEntry> all = s.ws.database().read(tx -> s.ws.ledger().where(tx, "TRUE", "id"));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    static long rows(Station s, String table) {
        return s.ws.database().read(tx -> {
            try (var ps = tx.prepare("SELECT COUNT(*) FROM " + table); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
