package cn.screening.workstation.protocol;

/** Why the server refused a change or a request: a stable code, the field, and a Chinese sentence. */
public record Reason(String code, String field, String message) {
}
