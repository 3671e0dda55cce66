package cn.screening.workstation.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.AuditEntry;
import cn.screening.workstation.domain.validation.Messages;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger service on a real county store: rules at the door, one open row, outbox and audit, the list's filters. */
class LedgerTest {

    @TempDir
    Path dir;
    Workstation station;
    Workspace ws;
    Ledger ledger;

    @BeforeEach
    void open() {
        station = TestSites.countyHospital(dir);
        ws = TestSites.login(station, "doctor", TestSites.DOCTOR_PASSWORD);
        ledger = TestSites.services(ws).ledger();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Patient person(int seq, PovertyStatus group) {
        LocalDate birth = LocalDate.of(1960, 4, 1);
        Patient p = TestSites.patient("测试" + "甲乙丙丁戊己庚辛".charAt(seq % 8), TestSites.yixianId(birth, seq), seq % 2 == 1 ? Sex.MALE : Sex.FEMALE,
                birth);
        return new Patient(UUID.randomUUID(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), null, group, p.insurance(), "210727-C", null);
    }

    UUID register(Patient p) {
        return ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, p).id());
    }

    /** The sentences a refusal shows, field label first. */
    static String refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            Messages m = Messages.chinese();
            return e.result().errors().stream().map(m::describe).collect(Collectors.joining("；"));
        }
        throw new AssertionError("not refused");
    }

    static Admission stay(long total, long basic, long own) {
        return new Admission(null, null, "义县人民医院", HospitalLevel.COUNTY, "210727", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
                "ZY001", "化疗", true, null, null, TreatmentOutcome.IMPROVED,
                new Costs(total, Map.of(Payer.BASIC_INSURANCE, basic), 0, 0, own, true, true));
    }

    @Test
    void aRowIsOpenedOncePerPatientAndDiseaseQueuedAndAudited() {
        UUID id = register(person(11, PovertyStatus.REGISTERED_POOR));
        LedgerEntry e = ledger.open(id, "LUNG_CANCER", "c34.1", "义县人民医院", LocalDate.of(2026, 2, 1));
        assertThat(e.icd10()).isEqualTo("C34.1");
        assertThat(e.status()).isEqualTo(TreatmentStatus.WAITING);
        assertThat(e.townshipCode()).isEqualTo("210727102");
        assertThat(ws.database().<Long>read(tx -> ws.outbox().countFor(tx, EntityTypes.LEDGER_ENTRY, e.id()))).isEqualTo(1);
        List<AuditEntry> audit = ws.database().read(tx -> ws.audit().latest(tx, 1));
        assertThat(audit.get(0).entityType()).isEqualTo(EntityTypes.LEDGER_ENTRY);
        assertThat(refusal(() -> ledger.open(id, "LUNG_CANCER", null, null, LocalDate.of(2026, 2, 3)))).contains("已有未结束的台账记录");
        // another disease of the same patient is another row
        assertThat(ledger.open(id, "LIVER_CANCER", "C22", null, LocalDate.of(2026, 2, 1)).id()).isNotEqualTo(e.id());
        // a row that ended lets a new one open
        ledger.move(e.id(), TreatmentStatus.LOST, LocalDate.of(2026, 5, 1), "搬迁");
        assertThat(ledger.open(id, "LUNG_CANCER", null, null, LocalDate.of(2026, 6, 1)).status()).isEqualTo(TreatmentStatus.WAITING);
    }

    @Test
    void aGeneralResidentOrAnOffListDiseaseIsRefusedAndNothingSaved() {
        UUID general = register(person(13, PovertyStatus.NONE));
        assertThat(refusal(() -> ledger.open(general, "LUNG_CANCER", null, null, LocalDate.of(2026, 2, 1)))).contains("人员类别：一般人员不属于大病专项救治对象");
        UUID poor = register(person(15, PovertyStatus.MINIMUM_LIVING));
        assertThat(refusal(() -> ledger.open(poor, "STROKE", null, null, LocalDate.of(2026, 2, 1)))).contains("病种：病种不在大病专项救治目录内");
        assertThat(ws.database().<Long>read(tx -> ws.ledger().count(tx, "TRUE"))).isZero();
    }

    @Test
    void anAdmissionStartsTreatmentAndTreatedNeedsItsCosts() {
        UUID id = register(person(17, PovertyStatus.EXTREME_POVERTY));
        LedgerEntry e = ledger.open(id, "LUNG_CANCER", null, null, LocalDate.of(2026, 2, 1));
        assertThat(refusal(() -> ledger.move(e.id(), TreatmentStatus.TREATED, LocalDate.of(2026, 3, 10), null))).contains("已救治状态须填写治疗时间、机构与费用");
        // off by one fen: refused, the stored row unchanged
        assertThat(refusal(() -> ledger.saveAdmission(e.id(), stay(500_001, 300_000, 200_000)))).contains("总费用：费用合计与各项报销及自付之和不符");
        assertThat(ledger.find(e.id()).orElseThrow().admissions()).isEmpty();
        LedgerEntry admitted = ledger.saveAdmission(e.id(), stay(500_000, 300_000, 200_000));
        assertThat(admitted.status()).isEqualTo(TreatmentStatus.TREATING);
        LedgerEntry treated = ledger.move(e.id(), TreatmentStatus.TREATED, LocalDate.of(2026, 3, 10), null);
        assertThat(treated.history()).extracting(h -> h.to()).containsExactly(TreatmentStatus.WAITING, TreatmentStatus.TREATING,
                TreatmentStatus.TREATED);
    }

    @Test
    void theListFiltersOnItsColumnsAndMasks() {
        UUID a = register(person(19, PovertyStatus.REGISTERED_POOR));
        UUID b = register(person(21, PovertyStatus.FAMILY_PLANNING_HARDSHIP));
        LedgerEntry ea = ledger.open(a, "LUNG_CANCER", null, null, LocalDate.of(2026, 2, 1));
        ledger.open(b, "CATARACT", "H25.9", null, LocalDate.of(2026, 2, 2));
        ledger.saveAdmission(ea.id(), stay(100_000, 50_000, 50_000));
        ledger.certify(ea.id(), Certification.CERTIFIED, null, List.of("扶贫办", "民政局"));
        assertThat(ledger.list(new LedgerFilter("CATARACT", null, null, null, null), false)).hasSize(1);
        assertThat(ledger.list(new LedgerFilter(null, TreatmentStatus.TREATING, null, null, null), false)).extracting(LedgerRow::id)
                .containsExactly(ea.id());
        assertThat(ledger.list(new LedgerFilter(null, null, "210727102", "义县人民医院", Certification.CERTIFIED), false)).hasSize(1);
        assertThat(ledger.waitingCertification()).hasSize(1);
        LedgerRow row = ledger.list(new LedgerFilter("LUNG_CANCER", null, null, null, null), false).get(0);
        assertThat(row.idNumber()).doesNotContain(person(19, PovertyStatus.REGISTERED_POOR).idNumber().substring(6, 14));
        assertThat(row.totalFen()).isEqualTo(100_000);
        assertThat(row.disease()).isEqualTo("肺癌");
    }

    @Test
    void refusingCertificationNeedsAReason() {
        UUID id = register(person(23, PovertyStatus.MINIMUM_LIVING));
        LedgerEntry e = ledger.open(id, "CATARACT", null, null, LocalDate.of(2026, 2, 1));
        assertThat(refusal(() -> ledger.certify(e.id(), Certification.NOT_CERTIFIED, " ", List.of("民政局")))).contains("不予认定理由");
        LedgerEntry refused = ledger.certify(e.id(), Certification.NOT_CERTIFIED, "已脱离低保", List.of("民政局"));
        assertThat(refused.certification().by()).isEqualTo("李医生");
        assertThat(refused.certification().officesConsulted()).containsExactly("民政局");
    }
}
