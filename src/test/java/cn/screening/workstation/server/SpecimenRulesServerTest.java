package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static cn.screening.workstation.server.ServerHarness.OTHER_COUNTY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's rules for the sample loop's records: who owns them, who sees them, what it refuses. */
class SpecimenRulesServerTest {

    private static final String HOSPITAL = "210700-H";

    @TempDir
    Path dir;
    private ServerHarness server;
    private String county;
    private String hospital;
    private String other;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir.resolve("server"));
        server.services.administration().addSite(HOSPITAL, InstitutionType.DESIGNATED, "210702", "锦州市血友病定点医院", null);
        county = server.enrol(COUNTY).token();
        hospital = server.enrol(HOSPITAL).token();
        other = server.enrol(OTHER_COUNTY).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ObjectNode sample(UUID id, String no, String destination) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("id", id.toString());
        s.put("sampleNo", no);
        s.put("siteCode", COUNTY);
        s.put("tubeType", "CITRATE_3_2");
        s.put("fillPercent", 95);
        // drawn and spun before the change was made, as the workstation's sample rules require
        s.put("drawnAt", "2026-10-31T01:00:00Z");
        s.put("drawnBy", "采血护士");
        s.put("spunAt", "2026-10-31T02:00:00Z");
        s.put("status", destination == null ? "DRAWN" : "DISPATCHED");
        s.put("destination", destination);
        return s;
    }

    private static ObjectNode box(UUID id, UUID sampleId, String status) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        b.put("id", id.toString());
        b.put("boxNo", COUNTY + "-B00001");
        b.put("fromSite", COUNTY);
        b.put("destination", HOSPITAL);
        b.put("status", status);
        b.put("dispatchedAt", "2026-11-26T03:00:00Z");
        b.put("condition", "ROOM_TEMPERATURE");
        b.putArray("items").addObject().put("sampleId", sampleId.toString()).put("sampleNo", COUNTY + "-000001");
        return b;
    }

    private static ChangeResult only(List<ChangeResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void theHospitalSeesWhatIsSentToItAndAnotherCountySeesNothing() {
        UUID sent = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID boxId = UUID.randomUUID();
        List<ChangeResult> r = server.push(county, Records.create(EntityTypes.SAMPLE, sent, sample(sent, COUNTY + "-000001", HOSPITAL)),
                Records.create(EntityTypes.SAMPLE, kept, sample(kept, COUNTY + "-000002", null)),
                Records.create(EntityTypes.SHIPMENT, boxId, box(boxId, sent, "DISPATCHED"))).results();
        assertThat(r).extracting(ChangeResult::status).containsOnly(ChangeStatus.APPLIED);

        List<UUID> atHospital = server.pull(hospital, 0, 1000).records().stream()
                .filter(p -> EntityTypes.CLIENT_PUSHABLE.contains(p.entityType())).map(PulledRecord::entityId).toList();
        assertThat(atHospital).containsExactlyInAnyOrder(sent, boxId);
        assertThat(server.pull(other, 0, 1000).records()).noneMatch(p -> EntityTypes.CLIENT_PUSHABLE.contains(p.entityType()));

        // the hospital may not change the county's records
        ObjectNode moved = box(boxId, sent, "DISPATCHED");
        moved.put("courier", "改");
        assertThat(only(server.push(hospital, Records.edit(EntityTypes.SHIPMENT, boxId, 3, moved, "courier")).results()).reasons())
                .extracting(x -> x.code()).containsExactly("not_your_record");
        // nor may another county write the county's sample
        assertThat(only(server.push(other, Records.create(EntityTypes.SAMPLE, UUID.randomUUID(),
                sample(UUID.randomUUID(), COUNTY + "-000009", null))).results()).status()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void aDispatchedBoxIsClosedAndReceiptsVerdictsAndResultsAreChecked() {
        UUID sampleId = UUID.randomUUID();
        UUID boxId = UUID.randomUUID();
        assertThat(only(server.push(county, Records.create(EntityTypes.SAMPLE, sampleId, sample(sampleId, COUNTY + "-000001", HOSPITAL)))
                .results()).status()).isEqualTo(ChangeStatus.APPLIED);
        long v = only(server.push(county, Records.create(EntityTypes.SHIPMENT, boxId, box(boxId, sampleId, "DISPATCHED"))).results())
                .version();
        ObjectNode emptied = box(boxId, sampleId, "DISPATCHED");
        emptied.putArray("items");
        assertThat(only(server.push(county, Records.edit(EntityTypes.SHIPMENT, boxId, v, emptied, "items")).results()).reasons())
                .extracting(x -> x.code()).containsExactly("box_dispatched");

        ObjectNode receipt = JsonNodeFactory.instance.objectNode();
        receipt.put("shipmentId", boxId.toString());
        receipt.put("receivingSite", HOSPITAL);
        receipt.put("fromSite", COUNTY);
        receipt.put("arrivedAt", "2026-11-26T05:00:00Z");
        assertThat(only(server.push(hospital, Records.create(EntityTypes.RECEIPT, UUID.randomUUID(), receipt)).results()).reasons())
                .extracting(x -> x.code()).containsExactly("receipt_id");
        UUID receiptId = Receipt.idFor(boxId);
        // a receipt naming another county as the sender, or a box never sent, addresses nobody
        receipt.put("fromSite", OTHER_COUNTY);
        assertThat(only(server.push(hospital, Records.create(EntityTypes.RECEIPT, receiptId, receipt)).results()).reasons())
                .extracting(x -> x.code()).containsExactly("not_sent_to_you");
        UUID noBox = UUID.randomUUID();
        ObjectNode stray = receipt.deepCopy().put("shipmentId", noBox.toString()).put("fromSite", COUNTY);
        assertThat(only(server.push(hospital, Records.create(EntityTypes.RECEIPT, Receipt.idFor(noBox), stray)).results()).reasons())
                .extracting(x -> x.code()).containsExactly("unknown_record");
        receipt.put("fromSite", COUNTY);
        assertThat(only(server.push(hospital, Records.create(EntityTypes.RECEIPT, receiptId, receipt)).results()).status())
                .isEqualTo(ChangeStatus.APPLIED);

        ObjectNode verdict = JsonNodeFactory.instance.objectNode();
        verdict.put("receiptId", receiptId.toString());
        verdict.put("sampleId", sampleId.toString());
        verdict.put("sampleNo", COUNTY + "-000001");
        verdict.put("receivingSite", HOSPITAL);
        verdict.put("fromSite", COUNTY);
        verdict.put("decision", "REJECTED");
        UUID verdictId = cn.screening.workstation.domain.specimen.TubeVerdict.idFor(receiptId, sampleId);
        assertThat(only(server.push(hospital, Records.create(EntityTypes.TUBE_VERDICT, verdictId, verdict)).results()).reasons())
                .extracting(x -> x.code()).containsExactly("reason_required");
        verdict.put("reason", "CLOTTED");
        assertThat(only(server.push(hospital, Records.create(EntityTypes.TUBE_VERDICT, verdictId, verdict)).results()).status())
                .isEqualTo(ChangeStatus.APPLIED);
        assertThat(server.pull(county, 0, 1000).records()).extracting(PulledRecord::entityId).contains(receiptId, verdictId);

        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("sampleId", sampleId.toString());
        result.put("sampleNo", COUNTY + "-000001");
        result.put("labSite", HOSPITAL);
        result.put("countySite", COUNTY);
        result.putObject("fviii").put("percent", 350).put("belowOne", false);
        result.put("bethesdaBu", -1);
        result.put("diagnosis", "HEMOPHILIA_B");
        assertThat(only(server.push(hospital, Records.create(EntityTypes.LAB_RESULT, UUID.randomUUID(), result)).results()).reasons())
                .extracting(x -> x.code()).containsExactlyInAnyOrder("out_of_range", "out_of_range", "factor_required");
        // the county cannot write a result in the lab's name
        result.put("bethesdaBu", 0);
        result.putObject("fviii").put("percent", 3).put("belowOne", false);
        result.put("diagnosis", "HEMOPHILIA_A");
        assertThat(only(server.push(county, Records.create(EntityTypes.LAB_RESULT, UUID.randomUUID(), result)).results()).reasons())
                .extracting(x -> x.code()).containsExactly("not_your_site");
        // the lab's result for a tube the county never sent it
        ObjectNode unsent = result.deepCopy().put("sampleId", UUID.randomUUID().toString());
        assertThat(only(server.push(hospital, Records.create(EntityTypes.LAB_RESULT, UUID.randomUUID(), unsent)).results()).reasons())
                .extracting(x -> x.code()).containsExactly("unknown_record");
        assertThat(only(server.push(hospital, Records.create(EntityTypes.LAB_RESULT, UUID.randomUUID(), result)).results()).status())
                .isEqualTo(ChangeStatus.APPLIED);
    }
}
