package cn.screening.workstation.service.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.followup.BleedCause;
import cn.screening.workstation.domain.followup.BleedEpisode;
import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.FollowUpKind;
import cn.screening.workstation.domain.followup.FollowUpRules;
import cn.screening.workstation.domain.followup.FollowUpStatus;
import cn.screening.workstation.domain.followup.Visit;
import cn.screening.workstation.domain.followup.VisitMode;
import cn.screening.workstation.domain.registry.HemophiliaType;
import cn.screening.workstation.domain.registry.InhibitorTitre;
import cn.screening.workstation.domain.registry.RegistryEntry;
import cn.screening.workstation.domain.registry.Severity;
import cn.screening.workstation.domain.registry.TreatmentRegimen;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.followup.FollowUps;
import cn.screening.workstation.service.registry.Registry;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.service.today.TodaysWorkList;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditEntry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follow-up schedules from configurable rules, due and overdue lists, 失访, the registry and its XLSX export, on real H2. */
class FollowUpsAndRegistryTest {

    static final LocalDate TODAY = CareFixture.today();

    @TempDir
    Path dir;
    CareFixture f;
    FollowUps followUps;
    Registry registry;

    @BeforeEach
    void open() {
        f = new CareFixture(dir);
        followUps = f.countyServices.followUps();
        registry = f.countyServices.registry();
    }

    @AfterEach
    void close() {
        f.close();
    }

    RegistryEntry enrol(String name, LocalDate confirmedOn, List<InhibitorTitre> titres) {
        UUID caseId = f.registerCase(name);
        UUID patientId = f.county.database().read(tx -> f.county.cases().findById(tx, caseId)).orElseThrow().patientId();
        return registry.enrol(new RegistryEntry(null, patientId, caseId, null, HemophiliaType.HA, Severity.SEVERE, 0.8, confirmedOn,
                "省血友病定点医院", titres, new TreatmentRegimen(true, "rFVIII", 25.0, "每周3次", true), null));
    }

    static Visit reached(LocalDate on, BleedEpisode... bleeds) {
        return new Visit(UUID.randomUUID(), on, VisitMode.IN_PERSON, true, "doctor", List.of(bleeds), "右膝肿胀", List.of(), "rFVIII 1000 IU ×6", null);
    }

    static BleedEpisode knee(LocalDate on) {
        return new BleedEpisode(on, "右膝", true, BleedCause.SPONTANEOUS, "rFVIII 1000 IU");
    }

    @Test
    void enrolmentSchedulesTheRoutineFollowUpAndAnInhibitorRetestFromTheRules() {
        RegistryEntry e = enrol("孙小明", TODAY.minusDays(10), List.of(new InhibitorTitre(TODAY.minusDays(20), 1.2, "Bethesda")));
        List<FollowUp> plans = followUps.ofPatient(e.patientId());
        assertThat(plans).extracting(FollowUp::kind).containsExactlyInAnyOrder(FollowUpKind.ROUTINE, FollowUpKind.INHIBITOR_RETEST);
        assertThat(plans).filteredOn(p -> p.kind() == FollowUpKind.ROUTINE).singleElement()
                .satisfies(p -> assertThat(p.nextDue()).isEqualTo(TODAY.minusDays(10).plusMonths(3)));
        assertThat(plans).filteredOn(p -> p.kind() == FollowUpKind.INHIBITOR_RETEST).singleElement()
                .satisfies(p -> assertThat(p.nextDue()).isEqualTo(TODAY.minusDays(20).plusMonths(6)));
        assertThat(f.county.database().<Long>read(tx -> f.county.outbox().countFor(tx, EntityTypes.FOLLOW_UP, plans.get(0).id())))
                .isEqualTo(1);
        assertThatThrownBy(() -> registry.enrol(new RegistryEntry(null, e.patientId(), e.caseId(), null, HemophiliaType.HA,
                Severity.SEVERE, 0.8, TODAY, null, null, null, null))).isInstanceOf(ServiceException.class)
                .extracting(x -> ((ServiceException) x).messageKey()).isEqualTo("registry.already_enrolled");
    }

    @Test
    void theIntervalComesFromTheServersSettingNotTheDefault() {
        f.setting(f.county, FollowUpRules.KEY_INTERVAL, 6);
        f.setting(f.county, FollowUpRules.KEY_LOST, 2);
        assertThat(followUps.rules()).isEqualTo(new FollowUpRules(6, 6, 14, 2));
        RegistryEntry e = enrol("周小峰", TODAY.minusMonths(7), List.of());
        FollowUp routine = followUps.ofPatient(e.patientId()).get(0);
        assertThat(routine.nextDue()).isEqualTo(TODAY.minusMonths(7).plusMonths(6));
        // overdue by about a month: listed, with the days
        assertThat(followUps.overdue()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(routine.id());
            assertThat(i.daysOverdue()).isPositive();
            assertThat(i.maskedName()).isEqualTo("周**");
        });
        assertThat(followUps.due()).isEmpty();
        // two failed attempts in a row (the setting) and the patient is 失访
        FollowUp once = followUps.recordVisit(routine.id(), Visit.failedAttempt(TODAY.minusDays(8), VisitMode.PHONE, "doctor", "无人接听"));
        assertThat(once.status()).isEqualTo(FollowUpStatus.ACTIVE);
        assertThat(once.nextDue()).isEqualTo(TODAY.minusDays(1));
        FollowUp twice = followUps.recordVisit(routine.id(), Visit.failedAttempt(TODAY, VisitMode.PHONE, "doctor", "空号"));
        assertThat(twice.status()).isEqualTo(FollowUpStatus.LOST);
        assertThat(twice.failedAttempts()).isEqualTo(2);
        assertThat(followUps.overdue()).isEmpty();
        assertThatThrownBy(() -> followUps.recordVisit(routine.id(), reached(TODAY))).isInstanceOf(ServiceException.class);
        assertThat(registry.list()).singleElement().extracting(r -> r.followUpStatus()).isEqualTo(FollowUpStatus.LOST);
    }

    @Test
    void aVisitSetsTheNextDueDateAndItsBleedsFeedTheRegistry() {
        RegistryEntry e = enrol("吴小刚", TODAY.minusYears(1), List.of(new InhibitorTitre(TODAY.minusMonths(2), 0.3, "Bethesda")));
        FollowUp routine = followUps.ofPatient(e.patientId()).stream().filter(p -> p.kind() == FollowUpKind.ROUTINE).findFirst().orElseThrow();
        FollowUp after = followUps.recordVisit(routine.id(), reached(TODAY.minusDays(3), knee(TODAY.minusMonths(5)),
                knee(TODAY.minusMonths(3)), knee(TODAY.minusMonths(1)),
                new BleedEpisode(TODAY.minusMonths(2), "左前臂肌肉", false, BleedCause.TRAUMA, "冰敷")));
        assertThat(after.nextDue()).isEqualTo(TODAY.minusDays(3).plusMonths(3));
        assertThat(followUps.nextDue(e.patientId())).contains(after.nextDue());
        assertThat(registry.list()).singleElement().satisfies(r -> {
            assertThat(r.bleedsRecorded()).isEqualTo(4);
            assertThat(r.annualBleedingRate()).isBetween(3.9, 4.1);
            assertThat(r.annualJointBleedingRate()).isBetween(2.9, 3.1);
            assertThat(r.targetJoints()).containsExactly("右膝");
            assertThat(r.inhibitorHistory()).isFalse();
            assertThat(r.regimen()).isEqualTo("预防治疗 rFVIII 25 IU/kg 每周3次（家庭治疗）");
            assertThat(r.name()).isEqualTo("吴**");
            assertThat(r.idNumber()).contains("****");
        });
        assertThatThrownBy(() -> followUps.recordVisit(routine.id(), reached(TODAY.plusDays(1))))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(f.countyServices.texts().of(x)).isEqualTo("随访日期：随访日期不能晚于今天"));
    }

    @Test
    void todaysWorkCountsFollowUpsDueAndOverdue() {
        enrol("郑小东", TODAY.minusMonths(3).plusDays(2), List.of());
        enrol("冯小西", TODAY.minusMonths(4), List.of());
        TodaysWorkList work = f.countyServices.todaysWork().today();
        assertThat(work.count(StandardWork.FOLLOW_UP_DUE)).isEqualTo(1);
        assertThat(work.count(StandardWork.FOLLOW_UP_OVERDUE)).isEqualTo(1);
        assertThat(work.counts()).containsKeys(StandardWork.KINDS.toArray(String[]::new));
        assertThat(work.items().get(0).overdue()).isTrue();
        assertThat(work.items()).allSatisfy(i -> assertThat(i.title()).doesNotContain("小"));
    }

    @Test
    void theRegistryExportsToAnXlsxAnOfficeSuiteOpensMaskedAndAudited() throws Exception {
        enrol("陈小北", TODAY.minusMonths(6), List.of(new InhibitorTitre(TODAY.minusMonths(1), 7.5, "Bethesda")));
        Path out = dir.resolve("registry.xlsx");
        assertThat(registry.exportXlsx(out, false, null)).isEqualTo(1);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("血友病登记册");
            DataFormatter fmt = new DataFormatter();
            Row head = sheet.getRow(0);
            assertThat(fmt.formatCellValue(head.getCell(0))).isEqualTo("姓名");
            assertThat(fmt.formatCellValue(head.getCell(14))).isEqualTo("年出血率");
            Row row = sheet.getRow(1);
            assertThat(fmt.formatCellValue(row.getCell(0))).isEqualTo("陈**");
            assertThat(fmt.formatCellValue(row.getCell(1))).matches("210727\\*+\\d{3}[\\dX]");
            assertThat(fmt.formatCellValue(row.getCell(5))).isEqualTo("血友病A");
            assertThat(fmt.formatCellValue(row.getCell(10))).isEqualTo("有");
            assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(7.5);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            // the export's mark in the printed footer: who, when, what for (masked without a purpose: 一般用途)
            assertThat(sheet.getFooter().getLeft())
                    .matches("导出人：.+（.+）　时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}　用途：一般用途");
        }
        assertThatThrownBy(() -> registry.exportXlsx(dir.resolve("full.xlsx"), true, " ")).isInstanceOf(ServiceException.class)
                .extracting(x -> ((ServiceException) x).messageKey()).isEqualTo("export.full_id_refused");
        assertThat(dir.resolve("full.xlsx")).doesNotExist();
        assertThat(registry.exportXlsx(dir.resolve("full.xlsx"), true, "省中心质控")).isEqualTo(1);
        try (InputStream in = Files.newInputStream(dir.resolve("full.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getFooter().getLeft()).endsWith("用途：省中心质控");
        }
        List<AuditEntry> exports = f.county.database().read(tx -> f.county.audit().latest(tx, 50)).stream()
                .filter(a -> a.action() == AuditAction.EXPORT).toList();
        assertThat(exports).hasSize(2);
        assertThat(exports.get(0).detail()).contains("full_ids=true").contains("purpose=省中心质控");
    }

    @Test
    void theDoctorCallingSeesTheNameAndPhoneAndTheRevealIsAudited() {
        RegistryEntry e = enrol("陈小兵", TODAY.minusDays(1), List.of());
        FollowUp routine = followUps.ofPatient(e.patientId()).get(0);
        assertThat(followUps.due()).allSatisfy(i -> assertThat(i.toString()).doesNotContain("陈小兵"));
        var contact = followUps.contact(routine.id()).orElseThrow();
        assertThat(contact.name()).isEqualTo("陈小兵");
        assertThat(contact.phone()).isNotBlank();
        assertThat(contact.familyContact()).isEqualTo("王大明 13900001111");
        List<AuditEntry> reveals = f.county.database().read(tx -> f.county.audit().latest(tx, 20)).stream()
                .filter(a -> a.action() == AuditAction.REVEAL_ID).toList();
        assertThat(reveals).singleElement().satisfies(a -> {
            assertThat(a.entityId()).isEqualTo(e.patientId().toString());
            assertThat(a.detail()).doesNotContain("陈小兵").doesNotContain(contact.phone());
        });
    }

    @Test
    void aManualEnrolmentAndALaterOneNameTheSameRecord() {
        RegistryEntry e = enrol("邓小平安", TODAY.minusDays(1), List.of());
        assertThat(e.id()).isEqualTo(cn.screening.workstation.domain.registry.Enrolment.idFor(e.patientId()));
        assertThatThrownBy(() -> registry.enrol(e)).isInstanceOf(ServiceException.class);
    }
}
