package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static cn.screening.workstation.server.ServerHarness.DESIGNATED;
import static cn.screening.workstation.server.ServerHarness.OTHER_COUNTY;
import static cn.screening.workstation.server.ServerHarness.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralReceipt;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.referral.Urgency;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.store.StoreJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the county health bureau pulls for its dashboard's timing charts (decision 0025): its county's
 * samples, the designated hospital's verdicts on them and its county's referrals with the hospital's
 * moves, each trimmed to times, statuses and sites; no box, receipt or result, nothing of another
 * county; and every push of those types refused.
 */
class BureauTimingServerTest {

    static final String BUREAU = BureauServerTest.BUREAU;
    static final Instant DRAWN = Instant.parse("2026-10-30T01:00:00Z");
    static final Instant JUDGED = Instant.parse("2026-10-31T07:00:00Z");

    @TempDir
    Path dir;
    ServerHarness server;
    String county;
    String township;
    String hospital;
    String other;
    String bureau;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir);
        server.services.administration().addSite(BUREAU, InstitutionType.BUREAU, "210727", "义县卫生健康局", null);
        county = server.enrol(COUNTY).token();
        township = server.enrol(TOWNSHIP).token();
        hospital = server.enrol(DESIGNATED).token();
        other = server.enrol(OTHER_COUNTY).token();
        bureau = server.enrol(BUREAU).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theBureauReadsItsCountysSampleTimesAndReferralMovesWithoutTheirClinicalDetail() {
        UUID sampleId = UUID.randomUUID();
        UUID boxId = UUID.randomUUID();
        assertApplied(server.push(county, Records.create(EntityTypes.SAMPLE, sampleId, sample(sampleId, COUNTY, COUNTY + "-000001")),
                Records.create(EntityTypes.SHIPMENT, boxId, box(boxId, sampleId))).results());
        UUID receiptId = Receipt.idFor(boxId);
        UUID verdictId = TubeVerdict.idFor(receiptId, sampleId);
        assertApplied(server.push(hospital, Records.create(EntityTypes.RECEIPT, receiptId, receipt(boxId)),
                Records.create(EntityTypes.TUBE_VERDICT, verdictId, verdict(receiptId, sampleId)),
                Records.create(EntityTypes.LAB_RESULT, UUID.randomUUID(), result(sampleId))).results());
        UUID elsewhere = UUID.randomUUID();
        assertApplied(server.push(other, Records.create(EntityTypes.SAMPLE, elsewhere,
                sample(elsewhere, OTHER_COUNTY, OTHER_COUNTY + "-000001"))).results());

        Referral sent = letter();
        long v1 = server.push(township, Records.create(EntityTypes.REFERRAL, sent.id(), payload(sent))).results().get(0).version();
        Referral accepted = sent.withReceipt(ReferralReceipt.NONE.answered("刘医生", JUDGED, "血液科", null))
                .moved(step(ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED, ReferralSide.RECEIVER, DESIGNATED, "已安排床位"));
        assertApplied(server.push(hospital, Records.edit(EntityTypes.REFERRAL, sent.id(), v1, payload(accepted),
                "status", "history", "receipt")).results());

        Map<String, List<PulledRecord>> seen = server.pull(bureau, 0, 1000).records().stream()
                .collect(Collectors.groupingBy(PulledRecord::entityType));
        assertThat(seen).doesNotContainKeys(EntityTypes.SHIPMENT, EntityTypes.RECEIPT, EntityTypes.LAB_RESULT);

        JsonNode s = only(seen.get(EntityTypes.SAMPLE)).payload();
        assertThat(fieldsOf(s)).isSubsetOf("id", "sampleNo", "caseId", "siteCode", "drawnAt", "status", "shipmentId", "destination")
                .contains("siteCode", "drawnAt", "status");
        assertThat(s.path("drawnAt").asText()).isEqualTo(DRAWN.toString());
        JsonNode v = only(seen.get(EntityTypes.TUBE_VERDICT)).payload();
        assertThat(fieldsOf(v)).doesNotContain("by", "condition").contains("decision", "at", "sampleId");
        assertThat(Instant.parse(v.path("at").asText())).isEqualTo(JUDGED);

        PulledRecord r = only(seen.get(EntityTypes.REFERRAL));
        assertThat(r.version()).as("the hospital's version of the county's referral").isGreaterThan(v1);
        assertThat(fieldsOf(r.payload())).doesNotContain("patient", "clinicalSummary", "preliminaryDiagnosis", "purpose",
                "precautions", "doctorName", "doctorPhone", "toDepartment", "receipt", "backReferral");
        Referral atBureau = StoreJson.MAPPER.convertValue(r.payload(), Referral.class);
        assertThat(atBureau.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(atBureau.history()).extracting(ReferralEvent::to).containsExactly(ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED);
        assertThat(atBureau.history()).extracting(ReferralEvent::at).containsExactly(DRAWN, JUDGED);
        assertThat(atBureau.history()).allSatisfy(e -> {
            assertThat(e.by()).isNull();
            assertThat(e.note()).isNull();
        });
        // the county itself still gets the whole letter and the hospital's receipt
        PulledRecord whole = server.pull(county, 0, 1000).records().stream()
                .filter(p -> p.entityType().equals(EntityTypes.REFERRAL)).findFirst().orElseThrow();
        assertThat(whole.payload().path("clinicalSummary").asText()).isEqualTo("APTT 延长");
        assertThat(whole.payload().path("receipt").path("department").asText()).isEqualTo("血液科");
    }

    @Test
    void theBureauWritesNoSampleBoxReceiptVerdictResultOrReferral() {
        UUID sampleId = UUID.randomUUID();
        UUID boxId = UUID.randomUUID();
        long sampleVersion = server.push(county, Records.create(EntityTypes.SAMPLE, sampleId, sample(sampleId, COUNTY, COUNTY + "-000001")))
                .results().get(0).version();
        Referral sent = letter();
        long referralVersion = server.push(township, Records.create(EntityTypes.REFERRAL, sent.id(), payload(sent))).results().get(0)
                .version();
        UUID receiptId = Receipt.idFor(boxId);
        UUID mine = UUID.randomUUID();
        Map<String, Change> tries = Map.of(
                "sample", Records.create(EntityTypes.SAMPLE, mine, sample(mine, COUNTY, COUNTY + "-000002")),
                "sample edit", Records.edit(EntityTypes.SAMPLE, sampleId, sampleVersion,
                        sample(sampleId, COUNTY, COUNTY + "-000001").put("drawnAt", JUDGED.toString()), "drawnAt"),
                "shipment", Records.create(EntityTypes.SHIPMENT, boxId, box(boxId, sampleId)),
                "receipt", Records.create(EntityTypes.RECEIPT, receiptId, receipt(boxId)),
                "verdict", Records.create(EntityTypes.TUBE_VERDICT, TubeVerdict.idFor(receiptId, sampleId), verdict(receiptId, sampleId)),
                "result", Records.create(EntityTypes.LAB_RESULT, UUID.randomUUID(), result(sampleId)),
                "referral", Records.create(EntityTypes.REFERRAL, UUID.randomUUID(), payload(letter())),
                "referral move", Records.edit(EntityTypes.REFERRAL, sent.id(), referralVersion, payload(sent.moved(
                        step(ReferralStatus.SUBMITTED, ReferralStatus.WITHDRAWN, ReferralSide.SENDER, BUREAU, null))), "status", "history"));
        tries.forEach((what, change) -> {
            ChangeResult r = server.push(bureau, change).results().get(0);
            assertThat(r.status()).as(what).isEqualTo(ChangeStatus.REJECTED);
            assertThat(r.reasons()).as(what).singleElement().satisfies(reason -> {
                assertThat(reason.code()).isEqualTo("bureau_read_only");
                assertThat(reason.message()).startsWith("县卫生健康局只能查看本县" + (what.startsWith("referral") ? "转诊" : "标本"));
            });
            assertThat(r.serverRecord()).as(what + ": a refusal carries no record").isNull();
        });
        // nothing of it reached the county
        Map<UUID, PulledRecord> atCounty = server.pull(county, 0, 1000).records().stream()
                .collect(Collectors.toMap(PulledRecord::entityId, Function.identity(), (a, b) -> b));
        assertThat(atCounty).doesNotContainKeys(mine, boxId, receiptId);
        assertThat(atCounty.get(sampleId).payload().path("drawnAt").asText()).isEqualTo(DRAWN.toString());
        assertThat(atCounty.get(sent.id()).payload().path("status").asText()).isEqualTo("SUBMITTED");
    }

    static void assertApplied(List<ChangeResult> results) {
        assertThat(results).allSatisfy(r -> assertThat(r.status()).as("%s", r.reasons()).isEqualTo(ChangeStatus.APPLIED));
    }

    static <T> T only(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    static List<String> fieldsOf(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** A sample with the details a bureau never receives: who drew it, the masked name, sex, the case number. */
    static ObjectNode sample(UUID id, String site, String no) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("id", id.toString());
        s.put("sampleNo", no);
        s.put("caseId", UUID.randomUUID().toString());
        s.put("caseNo", site + "-2026-00001");
        s.put("maskedName", "张*");
        s.put("sex", "MALE");
        s.put("siteCode", site);
        s.put("tubeType", "CITRATE_3_2");
        s.put("fillPercent", 95);
        s.put("drawnAt", DRAWN.toString());
        s.put("drawnBy", "采血护士王芳");
        s.put("spunAt", DRAWN.plusSeconds(3600).toString());
        s.put("status", "DISPATCHED");
        s.put("destination", DESIGNATED);
        return s;
    }

    static ObjectNode box(UUID id, UUID sampleId) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        b.put("id", id.toString());
        b.put("boxNo", COUNTY + "-B00001");
        b.put("fromSite", COUNTY);
        b.put("destination", DESIGNATED);
        b.put("status", "DISPATCHED");
        b.put("dispatchedAt", "2026-10-30T03:00:00Z");
        b.put("condition", "ROOM_TEMPERATURE");
        b.putArray("items").addObject().put("sampleId", sampleId.toString()).put("sampleNo", COUNTY + "-000001");
        return b;
    }

    static ObjectNode receipt(UUID boxId) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("shipmentId", boxId.toString());
        r.put("receivingSite", DESIGNATED);
        r.put("fromSite", COUNTY);
        r.put("arrivedAt", "2026-10-31T06:00:00Z");
        return r;
    }

    static ObjectNode verdict(UUID receiptId, UUID sampleId) {
        ObjectNode v = JsonNodeFactory.instance.objectNode();
        v.put("receiptId", receiptId.toString());
        v.put("sampleId", sampleId.toString());
        v.put("sampleNo", COUNTY + "-000001");
        v.put("receivingSite", DESIGNATED);
        v.put("fromSite", COUNTY);
        v.put("decision", "ACCEPTED");
        v.put("condition", "外观正常");
        v.put("at", JUDGED.toString());
        v.put("by", "检验师李娜");
        return v;
    }

    static ObjectNode result(UUID sampleId) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("sampleId", sampleId.toString());
        r.put("sampleNo", COUNTY + "-000001");
        r.put("labSite", DESIGNATED);
        r.put("countySite", COUNTY);
        r.putObject("fviii").put("percent", 3).put("belowOne", false);
        r.put("bethesdaBu", 0);
        r.put("diagnosis", "HEMOPHILIA_A");
        return r;
    }

    /** A township's letter to the designated hospital, sent at {@link #DRAWN}, with the clinical detail a letter carries. */
    static Referral letter() {
        UUID id = UUID.randomUUID();
        return new Referral(id, "ZZ-" + TOWNSHIP + "-2026-" + id.toString().substring(0, 5), UUID.randomUUID(), null, null, TOWNSHIP,
                DESIGNATED, "血液科", "明确诊断", "血友病？", "APTT 延长", "避免肌注", Urgency.ROUTINE, LocalDate.of(2026, 10, 30),
                LocalDate.of(2026, 11, 29), "李医生", "13800001111", ReferralStatus.SUBMITTED, null, null,
                List.of(new ReferralEvent(DRAWN, ReferralStatus.DRAFT, ReferralStatus.SUBMITTED, ReferralSide.SENDER, "李医生", TOWNSHIP,
                        null)), null);
    }

    static ReferralEvent step(ReferralStatus from, ReferralStatus to, ReferralSide side, String site, String note) {
        return new ReferralEvent(JUDGED, from, to, side, "刘医生", site, note);
    }

    static ObjectNode payload(Referral r) {
        return ReferralServerRulesTest.payload(r);
    }
}
