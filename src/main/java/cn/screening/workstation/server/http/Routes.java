package cn.screening.workstation.server.http;

import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.Health;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.server.AdminRefused;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.store.DeviceRegistry.Device;
import cn.screening.workstation.server.sync.DeviceAccess.TokenCheck;
import cn.screening.workstation.server.sync.PullService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The endpoints: each checks its caller, reads its body, and answers JSON. Enrolment, the one body
 * read from a stranger, is rationed per address and in how many are read at once; a refused token
 * counts against its address, while a valid token is never held back.
 */
final class Routes {

    static final String VERSION = cn.screening.workstation.protocol.Release.CURRENT;
    /** An enrolment is a code, a name and a version: far below this. */
    static final long ENROL_MAX_BODY = 16 * 1024;
    static final Duration BUSY_RETRY = Duration.ofSeconds(5);

    private final ServerServices services;
    private final RequestBodies bodies;
    private final RequestBodies enrolBodies;
    private final Semaphore openEnrols;
    private final AddressLimiter enrols;
    private final AddressLimiter badTokens;

    Routes(ServerServices services, long maxBodyBytes, RequestLimits limits) {
        this.services = services;
        this.bodies = new RequestBodies(maxBodyBytes);
        this.enrolBodies = new RequestBodies(Math.min(maxBodyBytes, ENROL_MAX_BODY), limits.enrolReadTime());
        this.openEnrols = new Semaphore(limits.maxOpenEnrols());
        this.enrols = new AddressLimiter(limits.enrolsPerMinute(), System::nanoTime);
        this.badTokens = new AddressLimiter(limits.badTokensPerMinute(), System::nanoTime);
    }

    void register(Javalin app) {
        app.get(ApiServer.BASE + "/health", this::health);
        app.post(ApiServer.BASE + "/enrol", this::enrol);
        app.post(ApiServer.BASE + "/push", this::push);
        app.get(ApiServer.BASE + "/pull", this::pull);
        app.get(ApiServer.BASE + "/admin/stats", this::stats);
        app.get(ApiServer.BASE + "/admin/reports", this::reports);
    }

    private void health(Context ctx) {
        ApiServer.json(ctx, 200, new Health("ok", VERSION, Instant.now()));
    }

    private void enrol(Context ctx) {
        enrols.take(ctx.ip()).ifPresent(wait -> {
            throw ApiError.tooManyRequests("设备注册", wait);
        });
        if (!openEnrols.tryAcquire()) {
            throw ApiError.busy("正在处理的设备注册过多，请稍后再试", BUSY_RETRY);
        }
        EnrolRequest req;
        try {
            req = enrolBodies.read(ctx, EnrolRequest.class);
        } finally {
            openEnrols.release();
        }
        Optional<EnrolResponse> r = services.access().enrol(req.code(), req.deviceName(), req.clientVersion());
        if (r.isEmpty()) {
            throw new ApiError(403, "code_invalid", "注册码无效、已使用或已过期，请向省级中心申请新的注册码");
        }
        ApiServer.json(ctx, 200, r.get());
    }

    private void push(Context ctx) {
        Device device = device(ctx);
        PushRequest req = bodies.read(ctx, PushRequest.class);
        ApiServer.json(ctx, 200, services.push().push(device.id(), device.siteCode(), req).json());
    }

    private void pull(Context ctx) {
        Device device = device(ctx);
        long after = number(ctx, "after", 0);
        int limit = (int) Math.min(Integer.MAX_VALUE, number(ctx, "limit", PullService.DEFAULT_LIMIT));
        ApiServer.json(ctx, 200, services.pull().pull(device.siteCode(), after, limit));
    }

    private void stats(Context ctx) {
        requireAdmin(ctx);
        ApiServer.json(ctx, 200, services.administration().stats());
    }

    /** The roll of a period's monthly reports (`server report list`): ?period=YYYY-MM[&city=prefix]. */
    private void reports(Context ctx) {
        requireAdmin(ctx);
        try {
            ApiServer.json(ctx, 200, services.cityReports().roll(ctx.queryParam("period"), ctx.queryParam("city")));
        } catch (AdminRefused e) {
            throw ApiError.badRequest("bad_parameter", e.getMessage());
        }
    }

    private void requireAdmin(Context ctx) {
        if (!services.access().isAdmin(bearer(ctx))) {
            countRefusal(ctx);
            throw ApiError.unauthorized("token_invalid", "需要有效的管理员令牌（未过期、未吊销）");
        }
    }

    private Device device(Context ctx) {
        TokenCheck check = services.access().device(bearer(ctx));
        if (check instanceof TokenCheck.Valid v) {
            return v.device();
        }
        countRefusal(ctx);
        if (check instanceof TokenCheck.Revoked) {
            throw ApiError.unauthorized("token_revoked", "本设备的令牌已被吊销，请重新注册设备");
        }
        throw ApiError.unauthorized("token_invalid", "缺少或无效的设备令牌，请先注册设备");
    }

    /** A refused token spends one of its address's allowances; past them the answer is 429 instead of 401. */
    private void countRefusal(Context ctx) {
        badTokens.take(ctx.ip()).ifPresent(wait -> {
            throw ApiError.tooManyRequests("令牌校验失败", wait);
        });
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).strip();
    }

    private static long number(Context ctx, String name, long fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("bad_parameter", "参数 " + name + " 须为整数：" + v);
        }
    }
}
