package cn.screening.workstation.server.sync;

import java.util.Set;
import java.util.UUID;

/**
 * Who is pushing or pulling: a device, its site, and the sites it answers for (its own and every
 * site under it; for a county health bureau, the county hospitals and townships of its county).
 *
 * @param bureau whether the site is a county health bureau (县卫生健康局), which reads and certifies only
 */
public record Pusher(UUID deviceId, String siteCode, Set<String> scope, boolean bureau) {

    public Pusher(UUID deviceId, String siteCode, Set<String> scope) {
        this(deviceId, siteCode, scope, false);
    }
}
