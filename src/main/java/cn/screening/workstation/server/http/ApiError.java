package cn.screening.workstation.server.http;

import java.time.Duration;

/** An HTTP error answer: status, a stable code for the client, a sentence, and when to try again (or null). */
final class ApiError extends RuntimeException {

    final int status;
    final String code;
    final Duration retryAfter;

    ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    private ApiError(int status, String code, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    static ApiError unauthorized(String code, String message) {
        return new ApiError(401, code, message);
    }

    /** 429: this address asked too often; {@code what} says what, e.g. 设备注册. */
    static ApiError tooManyRequests(String what, Duration wait) {
        return new ApiError(429, "rate_limited", "本地址" + what + "过于频繁，请 " + seconds(wait) + " 秒后再试", wait);
    }

    /** 503: the server is at a limit that frees itself soon. */
    static ApiError busy(String message, Duration wait) {
        return new ApiError(503, "server_busy", message, wait);
    }

    /** Whole seconds, rounded up, at least one: the form Retry-After takes. */
    static long seconds(Duration wait) {
        long s = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }
}
