package cn.screening.workstation.server.http;

/** An HTTP error answer: status, a stable code for the client, and a sentence. */
final class ApiError extends RuntimeException {

    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    static ApiError unauthorized(String code, String message) {
        return new ApiError(401, code, message);
    }
}
