package cn.screening.workstation.protocol;

import java.util.UUID;

/** The device's identity and bearer token, and the site it belongs to. */
public record EnrolResponse(UUID deviceId, String token, SiteInfo site) {
}
