package cn.screening.workstation.server.sync;

import java.util.Set;
import java.util.UUID;

/**
 * Who is pushing or pulling: a device, its site, and the sites it answers for (its own and every
 * site under it).
 */
public record Pusher(UUID deviceId, String siteCode, Set<String> scope) {
}
