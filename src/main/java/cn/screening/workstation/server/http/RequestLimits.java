package cn.screening.workstation.server.http;

import java.time.Duration;

/**
 * What keeps strangers from stopping the server: how long a connection may sit idle, how slowly a
 * body may arrive, how many threads serve requests, how many enrolment bodies (the only body read
 * before anyone is known) may be open at once, and how often one address may enrol or present a
 * bad token.
 *
 * @param idleTimeout          a connection (or a blocked body read) with no bytes for this long is closed
 * @param minBodyBytesPerSecond a request body arriving slower than this on average is cut off with 408
 * @param maxThreads           the request thread pool's ceiling
 * @param maxOpenEnrols        enrolment bodies read at once; more are answered 503 at once
 * @param enrolReadTime        the longest an enrolment body may take to arrive
 * @param enrolsPerMinute      POST /enrol per client address per minute (429 beyond)
 * @param badTokensPerMinute   refused tokens per client address per minute (429 beyond)
 * @param behindProxy          take the client address from X-Forwarded-For / Forwarded (only behind a trusted proxy)
 */
public record RequestLimits(Duration idleTimeout, long minBodyBytesPerSecond, int maxThreads, int maxOpenEnrols,
                            Duration enrolReadTime, int enrolsPerMinute, int badTokensPerMinute, boolean behindProxy) {

    public static final RequestLimits DEFAULT = new RequestLimits(Duration.ofSeconds(30), 1024, 200, 16,
            Duration.ofSeconds(10), 10, 30, false);

    public RequestLimits {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || enrolReadTime.isNegative() || enrolReadTime.isZero()) {
            throw new IllegalArgumentException("超时时间须大于 0");
        }
        if (maxThreads < 8 || maxOpenEnrols < 1 || enrolsPerMinute < 1 || badTokensPerMinute < 1 || minBodyBytesPerSecond < 0) {
            throw new IllegalArgumentException("线程数须至少为 8，并发注册数与每分钟次数须至少为 1，最低上传速率不能为负");
        }
    }

    public RequestLimits withRates(int enrols, int badTokens) {
        return new RequestLimits(idleTimeout, minBodyBytesPerSecond, maxThreads, maxOpenEnrols, enrolReadTime, enrols, badTokens,
                behindProxy);
    }

    public RequestLimits withOpenEnrols(int open, Duration readTime) {
        return new RequestLimits(idleTimeout, minBodyBytesPerSecond, maxThreads, open, readTime, enrolsPerMinute,
                badTokensPerMinute, behindProxy);
    }

    public RequestLimits withConnection(Duration idle, long minBytesPerSecond, int threads, boolean proxy) {
        return new RequestLimits(idle, minBytesPerSecond, threads, maxOpenEnrols, enrolReadTime, enrolsPerMinute,
                badTokensPerMinute, proxy);
    }
}
