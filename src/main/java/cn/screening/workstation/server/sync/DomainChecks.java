package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.protocol.WireJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bridge from a pushed payload to the workstation's own {@code domain} rules: the payload read as
 * the domain record, and the rules' violations turned into reasons in the sentences the workstation shows.
 */
final class DomainChecks {

    private static final Messages MESSAGES = Messages.chinese();

    private DomainChecks() {
    }

    /** The payload as a domain record; a value of the wrong type or outside an enum's codes adds a reason instead. */
    static <T> Optional<T> read(ObjectNode payload, Class<T> type, List<Reason> out) {
        try {
            return Optional.ofNullable(WireJson.MAPPER.treeToValue(payload, type));
        } catch (JsonMappingException e) {
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
            out.add(new Reason("bad_value", path.isEmpty() ? null : path, "字段取值不合法或不在标准值域内："
                    + (path.isEmpty() ? "记录内容" : path)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            out.add(new Reason("bad_value", null, "记录内容无法按工作站的格式读取"));
        }
        return Optional.empty();
    }

    /**
     * The errors of a check as reasons (warnings were the workstation user's to acknowledge): the
     * field as the payload names it, the sentence as the workstation words it, field label first.
     */
    static void addErrors(ValidationResult result, Map<String, String> payloadFields, List<Reason> out) {
        for (Violation v : result.errors()) {
            out.add(new Reason(v.messageKey(), payloadFields.getOrDefault(v.field(), v.field()), MESSAGES.describe(v)));
        }
    }
}
