package cn.screening.workstation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReasonWireTest {

    @Test
    void anOrdinaryReasonTravelsAsBeforeWithoutTheDuplicateFields() throws Exception {
        String json = WireJson.MAPPER.writeValueAsString(new Reason("required", "name", "缺少必填字段：name"));

        assertThat(WireJson.MAPPER.readTree(json).fieldNames()).toIterable().containsExactlyInAnyOrder("code", "field", "message");
    }

    @Test
    void aDuplicateNamesTheExistingRecordAndAnOlderPeersReasonStillReads() throws Exception {
        UUID existing = UUID.randomUUID();
        Reason twin = new Reason("duplicate_id_number", "idNumber", "已有记录", existing, "620102001");

        Reason back = WireJson.MAPPER.readValue(WireJson.MAPPER.writeValueAsString(twin), Reason.class);
        assertThat(back).isEqualTo(twin);
        assertThat(back.isDuplicatePatient()).isTrue();

        // an older server's refusal has no existingId: read as absent, so no merge is offered
        Reason old = WireJson.MAPPER.readValue("{\"code\":\"duplicate_id_number\",\"field\":\"idNumber\",\"message\":\"x\"}", Reason.class);
        assertThat(old.existingId()).isNull();
        assertThat(old.isDuplicatePatient()).isFalse();
    }
}
