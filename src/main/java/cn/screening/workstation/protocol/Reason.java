package cn.screening.workstation.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * Why the server refused a change or a request: a stable code, the field, and a Chinese sentence.
 * A {@code duplicate_id_number} refusal also names the record already held, so that a workstation
 * can merge into it without reading the sentence; other reasons leave both empty, and the wire
 * leaves them out (an older peer ignores them, a newer one reads them as absent).
 *
 * @param existingId   the patient already registered with the ID number, for a duplicate
 * @param existingSite the site that registered it
 */
public record Reason(String code, String field, String message,
                     @JsonInclude(JsonInclude.Include.NON_NULL) UUID existingId,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String existingSite) {

    public Reason(String code, String field, String message) {
        this(code, field, message, null, null);
    }

    /** Whether this refusal says another patient already holds the ID number, naming it. */
    @JsonIgnore
    public boolean isDuplicatePatient() {
        return "duplicate_id_number".equals(code) && existingId != null;
    }
}
