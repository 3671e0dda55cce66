package cn.screening.workstation.protocol;

import com.fasterxml.jackson.annotation.JsonValue;

/** The server's verdict on one pushed change. */
public enum ChangeStatus {
    /** accepted: the record now has the returned version */
    APPLIED,
    /** already had this change (same change id): the same version as the first time */
    DUPLICATE,
    /** the record moved on since the client's base version in a field the change also touches */
    CONFLICT,
    /** refused for a reason the client must show (quarantine); never retried as is */
    REJECTED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}
