package cn.screening.workstation.service.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.documents.referral.BackReferralLetterRenderer;
import cn.screening.workstation.documents.referral.ReferralLetter;
import cn.screening.workstation.documents.referral.ReferralLetterRenderer;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.store.StoreJson;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The referral services on real H2 stores, each end on its own workstation; records handed across as the server would. */
class ReferralsTest {

    @TempDir
    Path dir;
    CareFixture f;
    Referrals county;
    Referrals hospital;

    @BeforeEach
    void open() {
        f = new CareFixture(dir);
        county = f.countyServices.referrals();
        hospital = f.hospitalServices.referrals();
    }

    @AfterEach
    void close() {
        f.close();
    }

    Referral draftTo(UUID caseId, String toSite) {
        Referral d = county.draftFromCase(caseId);
        return new Referral(d.id(), d.referralNo(), d.patientId(), d.patient(), d.caseId(), d.fromSite(), toSite, "血液科",
                "明确诊断，评估凝血因子", d.preliminaryDiagnosis(), d.clinicalSummary(), "避免肌注", d.urgency(), d.validFrom(),
                d.validUntil(), d.doctorName(), "13800001111", d.status(), d.receipt(), d.backReferral(), d.history(), d.meta());
    }

    /** The record as the other end receives it after sync: same payload, a server version. */
    static void handOver(Workspace from, Workspace to, UUID id) {
        Referral r = from.database().read(tx -> from.referrals().findById(tx, id)).orElseThrow();
        Referral arrived = r.withMeta(new cn.screening.workstation.domain.SyncMeta(r.meta().version() + 1, r.meta().updatedAt(),
                r.meta().updatedBySite(), false));
        to.database().write(to.session().actor(), tx -> {
            to.referrals().writeAsIs(tx, arrived);
            return null;
        });
        from.database().write(from.session().actor(), tx -> {
            from.referrals().writeAsIs(tx, arrived);
            return null;
        });
    }

    @Test
    void aDraftIsFilledFromTheCaseAndNumberedWhenSaved() {
        UUID caseId = f.registerCase("王小明");
        Referral d = county.draftFromCase(caseId);
        assertThat(d.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(d.patient().name()).isEqualTo("王小明");
        assertThat(d.patient().familyContact()).contains("王大明").contains("13900001111");
        assertThat(d.clinicalSummary()).contains("关节出血（右膝反复肿痛）").contains("APTT 68 s（参考 25–37）")
                .contains("家族史").contains("舅舅有类似出血").contains("筛查结论");
        assertThat(d.validUntil()).isEqualTo(d.validFrom().plusDays(30));

        Referral saved = county.saveDraft(draftTo(caseId, CareFixture.HOSPITAL.siteCode()));
        assertThat(saved.referralNo()).matches("ZZ-210727-C-\\d{4}-00001");
        List<OutboxEntry> queued = f.county.database().read(tx -> f.county.outbox().entriesFor(tx, EntityTypes.REFERRAL, saved.id()));
        assertThat(queued).hasSize(1);
        assertThat(county.receivingSites()).extracting(s -> s.code()).containsExactly(CareFixture.HOSPITAL.siteCode());
    }

    static String pdfText(Path file) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aReferralToASiteNotInTheReferenceDataIsRefusedAndNothingIsSaved() {
        UUID caseId = f.registerCase("李小军");
        long before = f.county.database().read(tx -> f.county.outbox().pendingCount(tx));
        assertThatThrownBy(() -> county.saveDraft(draftTo(caseId, "999999-H")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.result().errors()).extracting(v -> v.field()).containsExactly("toSite");
                    assertThat(f.countyServices.texts().of(e)).isEqualTo("接收机构：接收机构999999-H不在机构目录中");
                });
        Referral noPurpose = draftTo(caseId, CareFixture.HOSPITAL.siteCode());
        Referral blank = new Referral(noPurpose.id(), null, noPurpose.patientId(), noPurpose.patient(), noPurpose.caseId(),
                noPurpose.fromSite(), noPurpose.toSite(), null, " ", noPurpose.preliminaryDiagnosis(), null, null, noPurpose.urgency(),
                noPurpose.validFrom(), noPurpose.validFrom().minusDays(1), null, null, null, null, null, null, null);
        assertThatThrownBy(() -> county.saveDraft(blank)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(f.countyServices.texts().of(e)).contains("转诊目的：转诊须填写接收机构及转诊原因")
                        .contains("有效期：有效期截止日期不能早于开始日期"));
        assertThat(f.county.database().<Long>read(tx -> f.county.outbox().pendingCount(tx))).isEqualTo(before);
        assertThat(f.county.database().<Long>read(tx -> f.county.referrals().count(tx, "TRUE"))).isZero();
    }

    @Test
    void aCountyRefersOnlyToADesignatedHospitalNeverToAnotherCountysSite() {
        SiteInfo heishan = new SiteInfo("210726-C", "county", "210726", "黑山县人民医院", null);
        f.county.database().write(f.county.session().actor(), tx -> {
            f.county.syncStore().references().save(tx, new PulledRecord(EntityTypes.SITE, UUID.randomUUID(), 2,
                    StoreJson.MAPPER.valueToTree(heishan), Instant.now(), "province", false));
            return null;
        });
        // the same rule the server holds the letter to (domain ReferralRoutes)
        assertThat(county.receivingSites()).extracting(SiteInfo::code).containsExactly(CareFixture.HOSPITAL.siteCode());
        UUID caseId = f.registerCase("孙小燕");
        assertThatThrownBy(() -> county.saveDraft(draftTo(caseId, heishan.code())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.result().errors()).extracting(v -> v.messageKey()).containsExactly("referral.to_site.route");
                    assertThat(f.countyServices.texts().of(e)).startsWith("接收机构：接收机构210726-C不在本机构的转诊范围内");
                });
    }

    @Test
    void theWholePathWithTimelineAtBothEndsAndFollowUpAfterAcknowledgement() throws Exception {
        UUID caseId = f.registerCase("张小虎");
        UUID id = county.saveDraft(draftTo(caseId, CareFixture.HOSPITAL.siteCode())).id();
        county.submit(id);
        handOver(f.county, f.hospital, id);

        assertThat(county.outgoing()).singleElement().satisfies(s -> {
            assertThat(s.side()).isEqualTo(ReferralSide.SENDER);
            assertThat(s.waitingOnMe()).isFalse(); // the hospital's turn, though the county could still withdraw
        });
        assertThat(hospital.incoming()).singleElement().satisfies(s -> {
            assertThat(s.maskedName()).isEqualTo("张**");
            assertThat(s.maskedIdNumber()).contains("****");
            assertThat(s.side()).isEqualTo(ReferralSide.RECEIVER);
            assertThat(s.waitingOnMe()).isTrue();
            assertThat(s.fromSiteName()).isEqualTo("义县人民医院");
        });
        assertThat(f.hospitalServices.todaysWork().today().count(StandardWork.REFERRAL_ANSWER)).isEqualTo(1);
        hospital.accept(id, "血液内科");
        hospital.admit(id, true, "ZY-2026-0815", null);
        hospital.writeBackReferral(id, new BackReferral("血友病A（重型）", null, "FVIII:C 0.8%，抑制物阴性", "rFVIII 替代治疗",
                "预防治疗 25 IU/kg 每周3次", "右膝康复训练", "刘医生", "024-1234", CareFixture.today()));
        handOver(f.hospital, f.county, id);

        assertThat(f.countyServices.todaysWork().today().count(StandardWork.REFERRAL_ACKNOWLEDGE)).isEqualTo(1);
        Referral acked = county.acknowledgeBackReferral(id);
        assertThat(acked.status()).isEqualTo(ReferralStatus.BACK_RECEIVED);
        assertThat(acked.history()).extracting(e -> e.to()).containsExactly(ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED,
                ReferralStatus.ADMITTED, ReferralStatus.BACK_REFERRED, ReferralStatus.BACK_RECEIVED);
        assertThat(acked.history()).extracting(e -> e.site()).containsExactly("210727-C", "210000-H", "210000-H", "210000-H",
                "210727-C");
        assertThat(acked.history()).allSatisfy(e -> assertThat(e.by()).isNotBlank());
        assertThat(acked.receipt().department()).isEqualTo("血液内科");
        assertThat(acked.receipt().inpatientNo()).isEqualTo("ZY-2026-0815");
        assertThat(f.countyServices.followUps().ofPatient(acked.patientId())).singleElement()
                .satisfies(fu -> assertThat(fu.nextDue()).isEqualTo(CareFixture.today().plusDays(14)));
        assertThat(county.close(id).status()).isEqualTo(ReferralStatus.CLOSED);
        // the whole path in one record stays small beside the server's 256 KB limit per record
        Referral closed = county.find(id).orElseThrow();
        assertThat(f.county.referrals().rows().payload(closed).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(8 * 1024);

        ReferralLetter letter = f.countyServices.referralLetters().letter(id);
        assertThat(letter.patient().maskedName()).isEqualTo("张**");
        assertThat(letter.receivingInstitution()).isEqualTo("省血友病定点医院");
        assertThat(letter.referralNumber()).isEqualTo(acked.referralNo());
        assertThat(f.countyServices.referralLetters().backLetter(id).nextPlan()).contains("预防治疗").contains("康复建议：右膝康复训练");
        assertThat(f.county.database().<Long>read(tx -> f.county.audit().count(tx, AuditAction.PRINT))).isEqualTo(2);

        // the letters print: real PDFs, read back; the half the patient carries names them in full and says so,
        // the counterfoil stays masked; the number on both halves
        Path pdf = dir.resolve("referral.pdf");
        new ReferralLetterRenderer().write(letter, pdf);
        String text = pdfText(pdf);
        String fullId = letter.identity().idNumber();
        assertThat(fullId).hasSize(18);
        assertThat(text).contains("张**").contains("省血友病定点医院").contains("内含个人信息");
        assertThat(text.split("张小虎", -1).length - 1).isEqualTo(1);
        assertThat(text.split(fullId, -1).length - 1).isEqualTo(1);
        assertThat(f.county.database().<String>read(tx -> f.county.audit().latest(tx, 50).stream()
                .filter(a -> a.action() == AuditAction.PRINT && a.detail().startsWith("letter")).map(a -> a.detail()).findFirst().orElse("")))
                .contains("full name and ID").doesNotContain("张小虎").doesNotContain(fullId);
        assertThat(text.split(java.util.regex.Pattern.quote(acked.referralNo()), -1).length - 1).isGreaterThanOrEqualTo(2);
        Path back = dir.resolve("back.pdf");
        new BackReferralLetterRenderer().write(f.countyServices.referralLetters().backLetter(id), back);
        assertThat(pdfText(back)).contains("血友病A（重型）").contains("ZY-2026-0815").doesNotContain("张小虎");
    }

    @Test
    void aMoveByTheWrongSideOrOffTheTableIsRefusedInChinese() {
        UUID caseId = f.registerCase("赵小龙");
        UUID id = county.saveDraft(draftTo(caseId, CareFixture.HOSPITAL.siteCode())).id();
        county.submit(id);
        assertThatThrownBy(() -> county.accept(id, null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(f.countyServices.texts().of(e)).isEqualTo("转诊状态：转诊状态变更不合法：“已提交”→“已接收”须由接收方操作"));
        assertThatThrownBy(() -> county.close(id)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(f.countyServices.texts().of(e)).contains("不能从“已提交”变为“已结案”"));
        handOver(f.county, f.hospital, id);
        assertThatThrownBy(() -> hospital.withdraw(id, "x")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(f.hospitalServices.texts().of(e)).contains("须由转出方操作"));
        assertThatThrownBy(() -> hospital.reject(id, "")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(f.hospitalServices.texts().of(e)).isEqualTo("拒绝理由：拒绝转诊须填写理由"));
        Referral rejected = hospital.reject(id, "本院床位已满，请转沈阳");
        assertThat(rejected.receipt().rejectReason()).isEqualTo("本院床位已满，请转沈阳");
        assertThat(hospital.movesFor(rejected)).isEmpty();
        assertThat(f.hospital.database().read(tx -> f.hospital.referrals().findById(tx, id)).orElseThrow().status())
                .isEqualTo(ReferralStatus.REJECTED);
    }

    @Test
    void eachSideNeedsItsRolesPermission() {
        UUID caseId = f.registerCase("孔小春");
        UUID id = county.saveDraft(draftTo(caseId, CareFixture.HOSPITAL.siteCode())).id();
        county.submit(id);
        handOver(f.county, f.hospital, id);
        // an administrator of the county may not move referrals; the hospital's 定点医院 user may answer them
        Workstation w = TestSites.workstation(dir.resolve("county-admin"));
        w.setUp(TestSites.YIXIAN_HOSPITAL, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        try (Workspace admin = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            handOver(f.county, admin, id);
            assertThatThrownBy(() -> TestSites.services(admin).referrals().withdraw(id, "x")).isInstanceOf(ServiceException.class)
                    .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("error.permission");
            assertThat(TestSites.services(admin).referrals().expirePastValidity()).isZero();
        }
        assertThat(hospital.accept(id, null).status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void aCaseOfAnotherDiseaseFollowsItsReferralAndTakesTheHospitalsConclusion() {
        UUID caseId = f.registerCase("孙小川", "GASTRIC_CANCER");
        assertThat(caseStatus(caseId)).isEqualTo(CaseStatus.SUSPECTED);
        UUID id = county.saveDraft(draftTo(caseId, CareFixture.HOSPITAL.siteCode())).id();
        assertThat(caseStatus(caseId)).as("a draft moves nothing").isEqualTo(CaseStatus.SUSPECTED);
        county.submit(id);
        assertThat(caseStatus(caseId)).isEqualTo(CaseStatus.REFERRED);
        handOver(f.county, f.hospital, id);
        hospital.accept(id, null);
        hospital.admit(id, false, null, null);
        assertThatThrownBy(() -> hospital.writeBackReferral(id, new BackReferral("胃炎", null, null, null, "门诊随访", null, "王医生",
                null, CareFixture.today(), CaseStatus.CLOSED))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(f.hospitalServices.texts().of(e)).contains("病例结论"));
        hospital.writeBackReferral(id, new BackReferral("慢性胃炎，排除胃癌", null, "胃镜病理：慢性浅表性胃炎", null, "门诊随访",
                null, "王医生", null, CareFixture.today(), CaseStatus.EXCLUDED));
        handOver(f.hospital, f.county, id);
        assertThat(caseStatus(caseId)).isEqualTo(CaseStatus.REFERRED);
        county.acknowledgeBackReferral(id);
        assertThat(caseStatus(caseId)).as("the hospital's answer decides the case").isEqualTo(CaseStatus.EXCLUDED);
        county.close(id);
        assertThat(caseStatus(caseId)).isEqualTo(CaseStatus.CLOSED);
        // the moves of the case are queued for the server like any change of the case
        assertThat(f.county.database().<Long>read(tx -> f.county.outbox().pendingCount(tx))).isPositive();
    }

    @Test
    void aHemophiliaCaseIsReferredThenClosedWhenTheBackReferralIsReceived() {
        UUID caseId = f.registerCase("周小川");
        UUID id = county.saveDraft(draftTo(caseId, CareFixture.HOSPITAL.siteCode())).id();
        county.submit(id);
        assertThat(caseStatus(caseId)).isEqualTo(CaseStatus.REFERRED);
        handOver(f.county, f.hospital, id);
        hospital.accept(id, null);
        hospital.admit(id, false, null, null);
        // a conclusion does not decide a hemophilia case: only the lab's result does
        hospital.writeBackReferral(id, new BackReferral("血友病A", null, null, null, "预防治疗", null, "王医生", null, CareFixture.today(),
                CaseStatus.CONFIRMED));
        handOver(f.hospital, f.county, id);
        county.acknowledgeBackReferral(id);
        assertThat(caseStatus(caseId)).isEqualTo(CaseStatus.CLOSED);
    }

    CaseStatus caseStatus(UUID caseId) {
        return f.county.database().read(tx -> f.county.cases().findById(tx, caseId)).orElseThrow().status();
    }

    @Test
    void aDraftCanBeEditedOnlyWhileADraftAndSubmittedLettersExpirePastTheirWindow() {
        UUID caseId = f.registerCase("钱小雨");
        Referral d = county.saveDraft(draftTo(caseId, CareFixture.HOSPITAL.siteCode()));
        Referral longAgo = new Referral(d.id(), d.referralNo(), d.patientId(), d.patient(), d.caseId(), d.fromSite(), d.toSite(),
                d.toDepartment(), d.purpose(), d.preliminaryDiagnosis(), d.clinicalSummary(), d.precautions(), d.urgency(),
                CareFixture.today().minusDays(40), CareFixture.today().minusDays(10), d.doctorName(), d.doctorPhone(), d.status(), null, null,
                null, d.meta());
        county.saveDraft(longAgo);
        assertThat(county.movesFor(county.find(d.id()).orElseThrow())).containsExactly(ReferralMove.SUBMIT, ReferralMove.WITHDRAW);
        county.submit(d.id());
        assertThatThrownBy(() -> county.saveDraft(longAgo)).isInstanceOf(ServiceException.class)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo("referral.not_editable");
        assertThat(county.expirePastValidity()).isEqualTo(1);
        Referral expired = county.find(d.id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(ReferralStatus.EXPIRED);
        assertThat(expired.history().get(expired.history().size() - 1).note()).contains("超过有效期");
        assertThat(county.expirePastValidity()).isZero();
    }
}
