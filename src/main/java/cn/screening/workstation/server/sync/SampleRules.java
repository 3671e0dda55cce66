package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A blood sample (domain.specimen.Sample as JSON): owned by the site that drew it, sent to its box's
 * hospital, and fit for factor assays by the workstation's own {@link cn.screening.workstation.domain.specimen.SampleRules}
 * under the limits the province publishes, as of when the workstation saved it.
 */
final class SampleRules implements EntityRules {

    private static final Map<String, String> PAYLOAD_FIELDS = Map.of(
            cn.screening.workstation.domain.specimen.SampleRules.TUBE, "tubeType",
            cn.screening.workstation.domain.specimen.SampleRules.FILL, "fillPercent",
            cn.screening.workstation.domain.specimen.SampleRules.DRAWN_AT, "drawnAt",
            cn.screening.workstation.domain.specimen.SampleRules.DRAWN_BY, "drawnBy",
            cn.screening.workstation.domain.specimen.SampleRules.SPUN_AT, "spunAt",
            cn.screening.workstation.domain.specimen.SampleRules.FROZEN_AT, "frozenAt",
            cn.screening.workstation.domain.specimen.SampleRules.STORAGE, "storageTempC",
            cn.screening.workstation.domain.specimen.SampleRules.ALIQUOTS, "aliquots");

    private final ProvincialSettings settings;

    SampleRules(ProvincialSettings settings) {
        this.settings = settings;
    }

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "siteCode");
    }

    @Override
    public String addressedTo(JsonNode payload) {
        return EntityRules.text(payload, "destination");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String field : List.of("sampleNo", "siteCode", "tubeType", "drawnAt", "status")) {
            EntityRules.require(payload, field, out);
        }
        String no = EntityRules.text(payload, "sampleNo");
        String site = EntityRules.text(payload, "siteCode");
        if (no != null && site != null && !no.startsWith(site + "-")) {
            out.add(new Reason("sample_no_site", "sampleNo", "标本编号须以采样机构编码开头：" + no));
        }
        return out;
    }

    @Override
    public List<Reason> checkAgainstStore(Connection c, Pusher who, StoredRecord before, ObjectNode after, Instant at)
            throws SQLException {
        List<Reason> out = new ArrayList<>();
        Optional<Sample> sample = DomainChecks.read(after, Sample.class, out);
        if (sample.isPresent()) {
            var rules = new cn.screening.workstation.domain.specimen.SampleRules(settings.sampleLimits(c));
            DomainChecks.addErrors(rules.validate(sample.get(), at), PAYLOAD_FIELDS, out);
        }
        return out;
    }
}
