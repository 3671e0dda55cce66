package cn.screening.workstation.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.today.TodaysWorkList;
import cn.screening.workstation.service.today.WorkItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 今日待办's ledger items on a real county store: rows 待核对 for those who certify, discharged stays
 * without costs for those who keep the ledger, each gone once done; nobody else sees them.
 */
class LedgerWorkTest {

    @TempDir
    Path dir;

    @Test
    void rowsWaitingAndStaysWithoutCostsAreListedToWhoeverMayActOnThem() {
        Workstation station = TestSites.countyHospital(dir);
        try (Workspace admin = TestSites.login(station, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(admin).add("township", "乡医生", Role.TOWNSHIP_DOCTOR, TestSites.DOCTOR_PASSWORD.toCharArray());
            new Accounts(admin).add("ward", "病房医生", Role.DESIGNATED_PHYSICIAN, TestSites.DOCTOR_PASSWORD.toCharArray());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        UUID waitingId;
        UUID noCostsId;
        try (Workspace ws = TestSites.login(station, "doctor", TestSites.DOCTOR_PASSWORD)) {
            Ledger ledger = TestSites.services(ws).ledger();
            LedgerEntry waiting = ledger.open(register(ws, 21), "LUNG_CANCER", null, null, LocalDate.of(2026, 2, 1));
            LedgerEntry certified = ledger.open(register(ws, 23), "LUNG_CANCER", null, null, LocalDate.of(2026, 2, 1));
            ledger.certify(certified.id(), Certification.CERTIFIED, null, List.of("民政"));
            // discharged without costs, discharged with a 总费用 of 0, still in hospital, settled
            ledger.saveAdmission(certified.id(), stay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9), null));
            ledger.saveAdmission(certified.id(), stay(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 5),
                    new Costs(0, Map.of(), 0, 0, 0, false, false)));
            ledger.saveAdmission(certified.id(), stay(LocalDate.of(2026, 5, 1), null, null));
            ledger.saveAdmission(certified.id(), LedgerTest.stay(500_000, 300_000, 200_000));
            waitingId = waiting.id();
            noCostsId = certified.id();

            TodaysWorkList work = TestSites.services(ws).todaysWork().today();
            assertThat(of(work, LedgerWork.CERTIFICATION_WAITING)).extracting(WorkItem::recordId).containsExactly(waitingId);
            assertThat(of(work, LedgerWork.CERTIFICATION_WAITING).get(0).due()).isEqualTo(today); // waiting since opened
            assertThat(of(work, LedgerWork.CERTIFICATION_WAITING).get(0).title()).isEqualTo("测** · 肺癌"); // masked
            assertThat(of(work, LedgerWork.ADMISSION_WITHOUT_COSTS)).extracting(WorkItem::due)
                    .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 5));
            assertThat(of(work, LedgerWork.ADMISSION_WITHOUT_COSTS)).allMatch(i -> i.recordId().equals(noCostsId));

            // decided: it leaves the list; a row opened later waits in its place
            ledger.certify(waitingId, Certification.NOT_CERTIFIED, "已脱贫", List.of("扶贫"));
            UUID later = ledger.open(register(ws, 25), "LIVER_CANCER", "C22", null, LocalDate.of(2026, 2, 1)).id();
            assertThat(of(TestSites.services(ws).todaysWork().today(), LedgerWork.CERTIFICATION_WAITING))
                    .extracting(WorkItem::recordId).containsExactly(later);
        }
        try (Workspace township = TestSites.login(station, "township", TestSites.DOCTOR_PASSWORD)) {
            TodaysWorkList work = TestSites.services(township).todaysWork().today();
            assertThat(work.count(LedgerWork.ADMISSION_WITHOUT_COSTS)).isZero();
            assertThat(work.count(LedgerWork.CERTIFICATION_WAITING)).isZero();
            assertThat(work.counts()).containsKey(LedgerWork.CERTIFICATION_WAITING); // the kind is known, with nothing in it
        }
        try (Workspace ward = TestSites.login(station, "ward", TestSites.DOCTOR_PASSWORD)) {
            TodaysWorkList work = TestSites.services(ward).todaysWork().today();
            assertThat(work.count(LedgerWork.ADMISSION_WITHOUT_COSTS)).isEqualTo(2); // keeps the ledger
            assertThat(work.count(LedgerWork.CERTIFICATION_WAITING)).isZero(); // may not certify
        }
    }

    private static UUID register(Workspace ws, int seq) {
        return ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, LedgerTest.person(seq, PovertyStatus.REGISTERED_POOR)).id());
    }

    private static Admission stay(LocalDate in, LocalDate out, Costs costs) {
        return new Admission(null, null, "义县人民医院", HospitalLevel.COUNTY, "210727", in, out, "ZY" + in, "化疗", true, null, null,
                null, costs);
    }

    private static List<WorkItem> of(TodaysWorkList work, String kind) {
        return work.items().stream().filter(i -> i.kind().equals(kind)).toList();
    }
}
