package cn.screening.workstation.protocol;

import java.time.Instant;

/** GET /api/v1/health: the cheap probe the client uses to know the server is there. */
public record Health(String status, String version, Instant serverTime) {
}
