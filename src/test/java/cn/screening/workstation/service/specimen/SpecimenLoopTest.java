package cn.screening.workstation.service.specimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.specimen.AssayMethod;
import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.HemophiliaSeverity;
import cn.screening.workstation.domain.specimen.InhibitorScreen;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.domain.specimen.SampleStage;
import cn.screening.workstation.domain.specimen.SampleTimeline;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample loop through its services on real H2 stores: a county draws and ships, a designated
 * hospital receives and enters results, records carried between them as pull carries them. Every
 * bad input is refused in Chinese with nothing saved.
 */
class SpecimenLoopTest {

    @TempDir
    Path dir;

    private Workspace county;
    private Workspace hospital;
    private Specimens atCounty;
    private Specimens atHospital;

    @BeforeEach
    void open() {
        county = SpecimenSites.county(dir.resolve("county"));
        hospital = SpecimenSites.hospital(dir.resolve("hospital"));
        SpecimenSites.hospitalKnown(county);
        atCounty = SpecimenSites.specimens(county);
        atHospital = SpecimenSites.specimens(hospital);
    }

    @AfterEach
    void close() {
        county.close();
        hospital.close();
    }

    private Instant now() {
        return county.database().clock().instant();
    }

    private long outbox(Workspace ws) {
        return ws.database().read(tx -> ws.outbox().pendingCount(tx));
    }

    @Test
    void aDrawIsNumberedQueuedAndAudited_aBadOneIsRefusedInChineseAndNothingSaved() {
        UUID caseId = SpecimenSites.suspectedCase(county, "张三", Sex.MALE);
        long before = outbox(county);

        Sample s = atCounty.draw().draw(caseId, SpecimenSites.goodDraw(now(), Duration.ofHours(2)));

        assertThat(s.sampleNo()).isEqualTo("210727-C-000001");
        assertThat(s.maskedName()).isEqualTo("张*");
        assertThat(outbox(county)).isEqualTo(before + 1);
        assertThat((long) county.database().read(tx -> county.audit().count(tx, AuditAction.CREATE))).isGreaterThanOrEqualTo(3);
        assertThat(atCounty.draw().byNumber(" 210727-C-000001 ").orElseThrow().id()).isEqualTo(s.id());

        DrawRequest bad = new DrawRequest(TubeType.EDTA, 80, now().minus(Duration.ofHours(1)), "李医生", null, null, List.of(), null);
        assertThatThrownBy(() -> atCounty.draw().draw(caseId, bad))
                .isInstanceOf(SpecimenRefused.class)
                .hasMessageContaining("采血管：凝血因子检测须使用3.2%枸橼酸钠抗凝管")
                .hasMessageContaining("采血量：采血量不足（<90%），标本不合格");
        assertThat(atCounty.draw().ofCase(caseId)).extracting(Sample::id).containsExactly(s.id());
        assertThat(outbox(county)).isEqualTo(before + 1);
    }

    @Test
    void theDrawToSpinLimitComesFromTheProvincialSetting() {
        UUID caseId = SpecimenSites.suspectedCase(county, "李四", Sex.MALE);
        DrawRequest fiveHoursUnspun = SpecimenSites.unspunDraw(now(), Duration.ofHours(5));
        assertThatThrownBy(() -> atCounty.draw().draw(caseId, fiveHoursUnspun))
                .hasMessageContaining("离心时间：采血至离心超过4小时，标本不合格");

        SpecimenSites.setting(county, "drawToSpinLimitHours", 6);

        assertThat(atCounty.draw().draw(caseId, fiveHoursUnspun).sampleNo()).endsWith("-000001");
        assertThat(atCounty.draw().check(SpecimenSites.unspunDraw(now(), Duration.ofHours(7))).errors()).hasSize(1);
    }

    @Test
    void tubesNearingTheSpinLimitAreListedMostUrgentFirst() {
        UUID caseId = SpecimenSites.suspectedCase(county, "王五", Sex.MALE);
        atCounty.draw().draw(caseId, SpecimenSites.unspunDraw(now(), Duration.ofMinutes(220)));
        atCounty.draw().draw(caseId, SpecimenSites.unspunDraw(now(), Duration.ofMinutes(230)));
        atCounty.draw().draw(caseId, SpecimenSites.unspunDraw(now(), Duration.ofMinutes(60)));
        atCounty.draw().draw(caseId, SpecimenSites.goodDraw(now(), Duration.ofMinutes(200)));

        List<NearingTube> nearing = atCounty.tracking().nearingSpinLimit();

        assertThat(nearing).extracting(NearingTube::sampleNo).containsExactly("210727-C-000002", "210727-C-000001");
        assertThat(nearing.get(0).left()).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
    }

    @Test
    void aBoxRefusesUnknownTubesTubesOfAnotherOpenBoxAndTubesFailingARule() {
        UUID caseId = SpecimenSites.suspectedCase(county, "赵六", Sex.MALE);
        Sample good = atCounty.draw().draw(caseId, SpecimenSites.goodDraw(now(), Duration.ofHours(2)));
        Sample late = atCounty.draw().draw(caseId, SpecimenSites.unspunDraw(now(), Duration.ofMinutes(200)));
        Shipment a = atCounty.shipments().createBox(SpecimenSites.HOSPITAL.siteCode());
        Shipment b = atCounty.shipments().createBox(SpecimenSites.HOSPITAL.siteCode());

        BoxScan packed = atCounty.shipments().addTube(a.id(), good.sampleNo());
        assertThat(packed).isInstanceOfSatisfying(BoxScan.Packed.class, p -> {
            assertThat(p.tube().shipmentId()).isEqualTo(a.id());
            assertThat(p.box()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*meta")
                    .isEqualTo(atCounty.shipments().open(a.id()));
        });

        long queued = outbox(county);
        assertThat(refusedPacking(b, "210727-C-999999")).contains("本机构没有编号为 210727-C-999999 的标本");
        assertThat(refusedPacking(b, good.sampleNo())).contains("已在另一个未发出的标本箱 " + a.boxNo() + " 中");
        assertThat(refusedPacking(a, good.sampleNo())).contains("已在本箱中");
        assertThat(outbox(county)).as("a refused tube saves nothing").isEqualTo(queued);
        assertThatThrownBy(() -> atCounty.shipments().createBox("999999-X"))
                .hasMessageContaining("送达医院：请选择参考数据中的定点医院");
        assertThat(atCounty.shipments().find(b.id()).orElseThrow().items()).isEmpty();

        // the unspun tube passes now, but it is past the limit at dispatch time in an hour's setting change
        atCounty.shipments().addTube(b.id(), late.sampleNo());
        SpecimenSites.setting(county, "drawToSpinLimitHours", 3);
        assertThatThrownBy(() -> atCounty.shipments().dispatch(b.id(), roomTemperature()))
                .hasMessageContaining("标本 " + late.sampleNo() + " 不合格");
        assertThat(atCounty.shipments().find(b.id()).orElseThrow().status()).isEqualTo(ShipmentStatus.OPEN);

        BoxContents emptied = atCounty.shipments().removeTube(b.id(), late.id());
        assertThat(emptied.tubes()).isEmpty();
        assertThat(emptied.box().items()).isEmpty();
        assertThat(atCounty.shipments().tubes(b.id())).isEmpty();
        assertThat(atCounty.draw().byNumber(late.sampleNo()).orElseThrow().shipmentId()).isNull();
    }

    @Test
    void aFrozenShipmentNeedsItsLoggerAndDryIce_dispatchMarksTubesAndCaseSent() {
        UUID caseId = SpecimenSites.suspectedCase(county, "钱七", Sex.MALE);
        Instant drawn = now().minus(Duration.ofHours(5));
        Sample frozen = atCounty.draw().draw(caseId, new DrawRequest(TubeType.CITRATE_3_2, 100, drawn, "李医生",
                drawn.plus(Duration.ofHours(1)), drawn.plus(Duration.ofHours(2)), List.of(), -80));
        Shipment box = atCounty.shipments().createBox(SpecimenSites.HOSPITAL.siteCode());
        atCounty.shipments().addTube(box.id(), frozen.sampleNo());

        assertThatThrownBy(() -> atCounty.shipments().dispatch(box.id(), new DispatchDetails("顺丰", "SF1", now(),
                ShipmentCondition.DRY_ICE, null, " ", null)))
                .hasMessageContaining("温度记录仪编号：冷冻运输须填写温度记录仪编号")
                .hasMessageContaining("干冰重量：干冰运输须填写干冰重量（kg）");
        assertThat(SpecimenSites.caseStatus(county, caseId)).isEqualTo(CaseStatus.SUSPECTED);

        PackingDesk desk = atCounty.shipments().dispatch(box.id(), new DispatchDetails("顺丰", "SF1", now(), ShipmentCondition.DRY_ICE,
                new BigDecimal("2.5"), "LOG-7", new BigDecimal("-60")));

        Shipment sent = desk.box().box();
        assertThat(sent.status()).isEqualTo(ShipmentStatus.DISPATCHED);
        assertThat(desk.box().tubes()).extracting(Sample::status).containsExactly(SampleStatus.DISPATCHED);
        assertThat(desk.boxes()).extracting(Shipment::id).contains(sent.id());
        assertThat(atCounty.draw().byNumber(frozen.sampleNo()).orElseThrow().destination()).isEqualTo(SpecimenSites.HOSPITAL.siteCode());
        assertThat(SpecimenSites.caseStatus(county, caseId)).isEqualTo(CaseStatus.SAMPLE_SENT);
        assertThat(refusedPacking(box, frozen.sampleNo())).contains("已发出");
        assertThat(atCounty.tracking().timeline(frozen.id()).events()).extracting(e -> e.stage())
                .containsExactly(SampleStage.DRAWN, SampleStage.PACKED, SampleStage.DISPATCHED);
    }

    /** The answer equals the box read afresh (metadata aside: an update answers with its clock's full precision). */
    private void assertStored(ArrivingBox answer, Shipment box) {
        assertThat(answer).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*meta")
                .isEqualTo(atHospital.receiving().open(box.id()));
    }

    private String refusedPacking(Shipment box, String number) {
        BoxScan answer = atCounty.shipments().addTube(box.id(), number);
        assertThat(answer).isInstanceOf(BoxScan.Refused.class);
        return ((BoxScan.Refused) answer).sentence();
    }

    private String refusedScan(Shipment box, String number) {
        TubeScan answer = atHospital.receiving().scan(box.id(), number);
        assertThat(answer).isInstanceOf(TubeScan.Refused.class);
        return ((TubeScan.Refused) answer).sentence();
    }

    @Test
    void theHospitalReceivesScansRejectsAndResults_theCountySeesItAll() {
        UUID caseA = SpecimenSites.suspectedCase(county, "孙八", Sex.MALE);
        UUID caseB = SpecimenSites.suspectedCase(county, "周九", Sex.MALE);
        Sample a = atCounty.draw().draw(caseA, SpecimenSites.goodDraw(now(), Duration.ofHours(2)));
        Sample b = atCounty.draw().draw(caseB, SpecimenSites.goodDraw(now(), Duration.ofHours(2)));
        Sample stray = atCounty.draw().draw(caseB, SpecimenSites.goodDraw(now(), Duration.ofHours(2)));
        Shipment box = atCounty.shipments().createBox(SpecimenSites.HOSPITAL.siteCode());
        Shipment other = atCounty.shipments().createBox(SpecimenSites.HOSPITAL.siteCode());
        atCounty.shipments().addTube(box.id(), a.sampleNo());
        atCounty.shipments().addTube(box.id(), b.sampleNo());
        atCounty.shipments().addTube(other.id(), stray.sampleNo());
        atCounty.shipments().dispatch(box.id(), roomTemperature());
        atCounty.shipments().dispatch(other.id(), roomTemperature());
        for (Sample s : List.of(a, b, stray)) {
            SpecimenSites.carry(county, hospital, EntityTypes.SAMPLE, s.id());
        }
        SpecimenSites.carry(county, hospital, EntityTypes.SHIPMENT, box.id());
        SpecimenSites.carry(county, hospital, EntityTypes.SHIPMENT, other.id());

        assertThat(atHospital.receiving().incoming()).extracting(IncomingBox::boxNo).contains(box.boxNo(), other.boxNo());
        assertThatThrownBy(() -> atHospital.receiving().scan(box.id(), a.sampleNo())).hasMessageContaining("请先接收该箱");
        Instant arrived = now();
        atHospital.receiving().receive(box.id(), arrived, new BigDecimal("21.5"));
        assertThatThrownBy(() -> atHospital.receiving().receive(box.id(), arrived, new BigDecimal("21.5")))
                .hasMessageContaining("标本箱 " + box.boxNo() + " 已接收，不能重复接收");

        TubeScan.Taken first = (TubeScan.Taken) atHospital.receiving().scan(box.id(), a.sampleNo());
        assertThat(first.tube().decision()).isEqualTo(TubeDecision.ACCEPTED);
        assertThat(first.box().reconciliation().missing()).extracting(i -> i.sampleNo()).containsExactly(b.sampleNo());
        assertThat(first.box().reconciliation().arrived()).extracting(TubeVerdict::sampleNo).containsExactly(a.sampleNo());
        long queued = outbox(hospital);
        assertThat(refusedScan(box, a.sampleNo())).contains("标本 " + a.sampleNo() + " 已扫描，请勿重复扫描");
        assertThat(refusedScan(box, "NOPE-1")).contains("未知条码：NOPE-1");
        TubeScan stranger = atHospital.receiving().scan(box.id(), stray.sampleNo());
        assertThat(((TubeScan.Refused) stranger).sentence()).contains("属于另一标本箱 " + other.boxNo());
        // the refusal's answer is the box as stored: the same as reading it afresh
        assertStored(stranger.box(), box);
        Reconciliation r = atHospital.receiving().reconcile(box.id());
        assertThat(r.arrived()).hasSize(1);
        assertThat(r.unexpected()).containsExactly("NOPE-1", stray.sampleNo());
        assertThat(outbox(hospital)).isEqualTo(queued);

        TubeScan second = atHospital.receiving().scan(box.id(), b.sampleNo());
        assertStored(second.box(), box);
        assertThatThrownBy(() -> atHospital.receiving().judge(box.id(), b.id(), TubeDecision.REJECTED, null, null))
                .hasMessageContaining("拒收原因：标本拒收须选择拒收原因");
        ArrivingBox judged = atHospital.receiving().judge(box.id(), b.id(), TubeDecision.REJECTED, RejectionReason.HAEMOLYSED, "明显溶血");
        assertThat(judged.reconciliation().missing()).isEmpty();
        assertStored(judged, box);
        ArrivingBox done = atHospital.receiving().complete(box.id());
        assertThat(done.receipt().completedAt()).isNotNull();
        assertStored(done, box);
        assertThat(done.asIncoming().received()).isTrue();

        // results: text, out of range, a rejected tube: refused, nothing saved
        ResultEntry text = new ResultEntry("abc", null, AssayMethod.ONE_STAGE, "80", null, InhibitorScreen.NEGATIVE, null, null, null, null);
        assertThatThrownBy(() -> atHospital.results().enter(a.sampleNo(), text, false))
                .hasMessageContaining("FⅧ:C：“abc”不是数字，请录入数值");
        ResultEntry tooHigh = new ResultEntry("350", null, AssayMethod.ONE_STAGE, "80", null, InhibitorScreen.NEGATIVE, null, null, null, null);
        assertThatThrownBy(() -> atHospital.results().enter(a.sampleNo(), tooHigh, false))
                .hasMessageContaining("FⅧ:C：凝血因子活性数值超出合理范围(0–300%)");
        ResultEntry negativeTitre = new ResultEntry("0.5", "90", AssayMethod.ONE_STAGE, "80", null, InhibitorScreen.POSITIVE, "-1", null,
                null, null);
        assertThatThrownBy(() -> atHospital.results().enter(a.sampleNo(), negativeTitre, false))
                .hasMessageContaining("抑制物滴度：抑制物滴度须为非负数（BU/mL）");
        ResultEntry fine = new ResultEntry("<1", "90", AssayMethod.ONE_STAGE, "80", null, InhibitorScreen.POSITIVE, "1.2", null, null, null);
        assertThatThrownBy(() -> atHospital.results().enter(b.sampleNo(), fine, false))
                .hasMessageContaining("标本 " + b.sampleNo() + " 已拒收，不能录入结果");
        assertThatThrownBy(() -> atHospital.results().enter("NOPE-1", fine, false)).hasMessageContaining("本院没有编号为 NOPE-1 的标本");
        assertThat(atHospital.results().ofSample(a.id())).isEmpty();

        assertThat(atHospital.results().preview(a.sampleNo(), fine).suggestedDiagnosis()).isEqualTo(Diagnosis.HEMOPHILIA_A);
        ResultOutcome saved = atHospital.results().enter(a.sampleNo(), fine.confirming(Diagnosis.HEMOPHILIA_A, null, null), false);
        LabResult result = ((ResultOutcome.Saved) saved).result();
        assertThat(result.severity()).isEqualTo(HemophiliaSeverity.SEVERE);
        assertThat(result.inhibitorPositive()).isTrue();
        assertThat(result.countySite()).isEqualTo("210727-C");

        // back at the county, as pull brings them
        SpecimenSites.carry(hospital, county, EntityTypes.RECEIPT, Receipt.idFor(box.id()));
        for (Sample s : List.of(a, b)) {
            SpecimenSites.carry(hospital, county, EntityTypes.TUBE_VERDICT, TubeVerdict.idFor(Receipt.idFor(box.id()), s.id()));
        }
        SpecimenSites.carry(hospital, county, EntityTypes.LAB_RESULT, result.id());

        assertThat(SpecimenSites.caseStatus(county, caseA)).isEqualTo(CaseStatus.CONFIRMED);
        assertThat(SpecimenSites.caseStatus(county, caseB)).isEqualTo(CaseStatus.REDRAW_REQUESTED);
        CaseLabOutcome outcomeA = atCounty.results().outcomeOfCase(caseA);
        assertThat(outcomeA.confirmed().orElseThrow().diagnosis()).isEqualTo(Diagnosis.HEMOPHILIA_A);
        assertThat(outcomeA.urgentReferral()).isTrue();
        // 今日待办 at the county puts the urgent referral of case A first
        assertThat(TestSites.services(county).todaysWork().today().items()).first().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(SpecimenWork.URGENT_REFERRAL);
            assertThat(i.recordId()).isEqualTo(caseA);
            assertThat(i.title()).contains("抑制物 1.2 BU/mL");
        });
        CaseLabOutcome outcomeB = atCounty.results().outcomeOfCase(caseB);
        assertThat(outcomeB.redrawRequested()).isTrue();
        assertThat(outcomeB.rejections()).extracting(CaseLabOutcome.Rejection::reason).containsExactly(RejectionReason.HAEMOLYSED);
        SampleTimeline ta = atCounty.tracking().timeline(a.id());
        assertThat(ta.events()).extracting(e -> e.stage()).containsExactly(SampleStage.DRAWN, SampleStage.PACKED,
                SampleStage.DISPATCHED, SampleStage.RECEIVED, SampleStage.RESULTED);
        assertThat(ta.last().by()).isEqualTo("lab");
        assertThat(atCounty.tracking().timeline(b.id()).last().detail()).isEqualTo("HAEMOLYSED");
        // the case moves are the county's own changes, queued for the server
        assertThat((long) county.database().read(tx -> county.outbox().countFor(tx, EntityTypes.CASE, caseA))).isEqualTo(1);
    }

    @Test
    void borderlineAndFemaleWarningsWaitForAcknowledgement_anOverrideNeedsItsReason() {
        UUID caseId = SpecimenSites.suspectedCase(county, "吴红", Sex.FEMALE);
        Sample s = atCounty.draw().draw(caseId, SpecimenSites.goodDraw(now(), Duration.ofHours(2)));
        Shipment box = atCounty.shipments().createBox(SpecimenSites.HOSPITAL.siteCode());
        atCounty.shipments().addTube(box.id(), s.sampleNo());
        atCounty.shipments().dispatch(box.id(), roomTemperature());
        SpecimenSites.carry(county, hospital, EntityTypes.SAMPLE, s.id());
        SpecimenSites.carry(county, hospital, EntityTypes.SHIPMENT, box.id());
        atHospital.receiving().receive(box.id(), now(), null);
        atHospital.receiving().scan(box.id(), s.sampleNo());

        ResultEntry e = new ResultEntry("45", "90", AssayMethod.CHROMOGENIC, null, "标本量不足", InhibitorScreen.NOT_DONE, null,
                Diagnosis.HEMOPHILIA_A, HemophiliaSeverity.MILD, null);
        assertThatThrownBy(() -> atHospital.results().enter(s.sampleNo(), e, true))
                .hasMessageContaining("临床分型：临床分型与因子活性不符，请核对或填写理由");

        ResultEntry reasoned = e.confirming(Diagnosis.HEMOPHILIA_A, HemophiliaSeverity.MILD, "多次复查");
        ResultOutcome held = atHospital.results().enter(s.sampleNo(), reasoned, false);
        assertThat(held).isInstanceOf(ResultOutcome.NeedsAcknowledgement.class);
        assertThat(((ResultOutcome.NeedsAcknowledgement) held).warnings().warnings()).extracting(v -> v.messageKey())
                .containsExactlyInAnyOrder("specimen.result.borderline", "screening.female");
        assertThat(atHospital.results().ofSample(s.id())).isEmpty();

        ResultOutcome saved = atHospital.results().enter(s.sampleNo(), reasoned, true);
        assertThat(((ResultOutcome.Saved) saved).result().needsReview()).isTrue();
        assertThat(atHospital.results().awaiting()).extracting(AwaitingResult::confirmed).containsExactly(true);
    }

    @Test
    void labelsAndTheManifestCarryTheMaskedNameAndTwoIdentifiers() {
        UUID caseId = SpecimenSites.suspectedCase(county, "郑十一", Sex.MALE);
        Sample s = atCounty.draw().draw(caseId, SpecimenSites.goodDraw(now(), Duration.ofHours(2)));
        Shipment box = atCounty.shipments().createBox(SpecimenSites.HOSPITAL.siteCode());
        atCounty.shipments().addTube(box.id(), s.sampleNo());
        atCounty.shipments().dispatch(box.id(), roomTemperature());

        var label = atCounty.documents().labels(List.of(s.id())).get(0);
        assertThat(label.sampleId()).isEqualTo(s.sampleNo());
        assertThat(label.patient().maskedName()).isEqualTo("郑**");
        assertThat(label.birthDate()).isEqualTo(java.time.LocalDate.of(2015, 3, 1));
        assertThat(label.specimenType()).isEqualTo("枸橼酸钠抗凝全血 3.2%");
        var manifest = atCounty.documents().manifest(box.id());
        assertThat(manifest.manifestNumber()).isEqualTo(box.boxNo());
        assertThat(manifest.destination()).isEqualTo(SpecimenSites.HOSPITAL.name());
        assertThat(manifest.condition()).isEqualTo("常温");
        assertThat(manifest.lines()).singleElement().satisfies(l -> {
            assertThat(l.patient().maskedName()).isEqualTo("郑**");
            assertThat(l.patient().caseNumber()).isEqualTo(s.caseNo());
            assertThat(l.aliquots()).isEqualTo(2);
        });
    }

    @Test
    void onlyADesignatedHospitalReceives() {
        assertThatThrownBy(() -> atCounty.receiving().receive(UUID.randomUUID(), now(), null))
                .hasMessageContaining("specimen.error.hospital_only");
    }

    private DispatchDetails roomTemperature() {
        return new DispatchDetails("顺丰", "SF100", now(), ShipmentCondition.ROOM_TEMPERATURE, null, null, new BigDecimal("22"));
    }
}
