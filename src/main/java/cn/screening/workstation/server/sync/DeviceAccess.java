package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.server.store.AdminTokens;
import cn.screening.workstation.server.store.DeviceRegistry;
import cn.screening.workstation.server.store.DeviceRegistry.Device;
import cn.screening.workstation.server.store.ServerDatabase;
import cn.screening.workstation.server.store.SiteRegistry;
import java.util.Optional;

/** Enrolment, and who a bearer token belongs to. */
public final class DeviceAccess {

    /** What a device token turned out to be. */
    public sealed interface TokenCheck {
        record Valid(Device device) implements TokenCheck {
        }

        record Revoked() implements TokenCheck {
        }

        record Unknown() implements TokenCheck {
        }
    }

    private final ServerDatabase db;
    private final DeviceRegistry devices;
    private final SiteRegistry sites;
    private final AdminTokens adminTokens;

    public DeviceAccess(ServerDatabase db, DeviceRegistry devices, SiteRegistry sites, AdminTokens adminTokens) {
        this.db = db;
        this.devices = devices;
        this.sites = sites;
        this.adminTokens = adminTokens;
    }

    /** Takes a one-time code; empty when it is unknown, used or expired. */
    public Optional<EnrolResponse> enrol(String code, String deviceName, String clientVersion) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return db.write(c -> {
            Optional<DeviceRegistry.Enrolment> e = devices.enrol(c, code, deviceName, clientVersion, db.clock().instant());
            if (e.isEmpty()) {
                return Optional.empty();
            }
            SiteInfo site = sites.find(c, e.get().device().siteCode()).orElseThrow();
            return Optional.of(new EnrolResponse(e.get().device().id(), e.get().token(), site));
        });
    }

    public TokenCheck device(String token) {
        if (token == null || token.isBlank()) {
            return new TokenCheck.Unknown();
        }
        return db.read(c -> devices.byToken(c, token)
                .<TokenCheck>map(d -> d.revoked() ? new TokenCheck.Revoked() : new TokenCheck.Valid(d))
                .orElseGet(TokenCheck.Unknown::new));
    }

    /** A known admin token, not revoked, not expired. */
    public boolean isAdmin(String token) {
        return token != null && !token.isBlank() && db.read(c -> adminTokens.isValid(c, token, db.clock().instant()));
    }
}
