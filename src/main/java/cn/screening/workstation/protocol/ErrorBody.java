package cn.screening.workstation.protocol;

import java.util.List;

/**
 * Every 4xx/5xx answer: a stable code (e.g. token_revoked, body_too_large, unknown_entity_type),
 * a sentence, and field reasons where there are some.
 */
public record ErrorBody(String error, String message, List<Reason> reasons) {
}
