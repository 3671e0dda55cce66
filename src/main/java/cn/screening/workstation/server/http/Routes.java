package cn.screening.workstation.server.http;

import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.Health;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.store.DeviceRegistry.Device;
import cn.screening.workstation.server.sync.DeviceAccess.TokenCheck;
import cn.screening.workstation.server.sync.PullService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/** The endpoints: each checks its caller, reads its body, and answers JSON. */
final class Routes {

    static final String VERSION = "0.1.0";

    private final ServerServices services;
    private final RequestBodies bodies;

    Routes(ServerServices services, RequestBodies bodies) {
        this.services = services;
        this.bodies = bodies;
    }

    void register(Javalin app) {
        app.get(ApiServer.BASE + "/health", this::health);
        app.post(ApiServer.BASE + "/enrol", this::enrol);
        app.post(ApiServer.BASE + "/push", this::push);
        app.get(ApiServer.BASE + "/pull", this::pull);
        app.get(ApiServer.BASE + "/admin/stats", this::stats);
    }

    private void health(Context ctx) {
        ApiServer.json(ctx, 200, new Health("ok", VERSION, Instant.now()));
    }

    private void enrol(Context ctx) {
        EnrolRequest req = bodies.read(ctx, EnrolRequest.class);
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
        if (!services.access().isAdmin(bearer(ctx))) {
            throw ApiError.unauthorized("token_invalid", "需要有效的管理员令牌");
        }
        ApiServer.json(ctx, 200, services.administration().stats());
    }

    private Device device(Context ctx) {
        TokenCheck check = services.access().device(bearer(ctx));
        if (check instanceof TokenCheck.Valid v) {
            return v.device();
        }
        if (check instanceof TokenCheck.Revoked) {
            throw ApiError.unauthorized("token_revoked", "本设备的令牌已被吊销，请重新注册设备");
        }
        throw ApiError.unauthorized("token_invalid", "缺少或无效的设备令牌，请先注册设备");
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
