package cn.screening.workstation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit head is optional both ways: left out of the JSON when absent, so older peers see the push they knew. */
class AuditHeadWireTest {

    private static final UUID BATCH = UUID.fromString("0b9f0c43-34a3-4b8f-a0a1-6b1c0a1d1e01");

    @Test
    void withoutAHeadThePushReadsAsBefore() throws Exception {
        assertThat(WireJson.MAPPER.writeValueAsString(new PushRequest(BATCH, List.of())))
                .isEqualTo("{\"batchId\":\"" + BATCH + "\",\"changes\":[]}");
        assertThat(WireJson.MAPPER.writeValueAsString(new PushResponse(BATCH, List.of())))
                .isEqualTo("{\"batchId\":\"" + BATCH + "\",\"results\":[]}");
        PushRequest old = WireJson.MAPPER.readValue("{\"batchId\":\"" + BATCH + "\",\"changes\":[]}", PushRequest.class);
        assertThat(old.auditHead()).isNull();
    }

    @Test
    void aHeadTravelsWhole() throws Exception {
        AuditHeadClaim claim = new AuditHeadClaim(12, "a".repeat(64), 7L, "b".repeat(64));
        String json = WireJson.MAPPER.writeValueAsString(new PushRequest(BATCH, List.of(), claim));
        assertThat(WireJson.MAPPER.readValue(json, PushRequest.class).auditHead()).isEqualTo(claim);
        PushResponse answer = new PushResponse(BATCH, List.of(), new AuditHeadAnswer(AuditHeadAnswer.MISMATCH, 12));
        String back = WireJson.MAPPER.writeValueAsString(answer);
        assertThat(back).contains("\"auditHead\":{\"status\":\"mismatch\",\"chainNo\":12}");
        assertThat(WireJson.MAPPER.readValue(back, PushResponse.class)).isEqualTo(answer);
    }
}
