package cn.screening.workstation.server.sync;

/**
 * A request refused as a whole (not one change of it): a stable code for the client, a sentence,
 * and whether the request was malformed or collides with another device's.
 */
public final class RequestRefused extends RuntimeException {

    public enum Kind { BAD_REQUEST, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String code;

    public RequestRefused(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
