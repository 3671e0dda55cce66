package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.server.store.SiteRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site registry as one push batch reads it: each site, and the sites under each, read once per
 * batch instead of once per change (a county's patients all ask for the same county).
 */
final class BatchSites {

    private final SiteRegistry sites;
    private final Connection c;
    private final Map<String, Optional<SiteInfo>> found = new HashMap<>();
    private final Map<String, Set<String>> scopes = new HashMap<>();

    BatchSites(SiteRegistry sites, Connection c) {
        this.sites = sites;
        this.c = c;
    }

    Optional<SiteInfo> find(String code) throws SQLException {
        Optional<SiteInfo> s = found.get(code);
        if (s == null) {
            s = sites.find(c, code);
            found.put(code, s);
        }
        return s;
    }

    /** The site and every site under it, at any depth. */
    Set<String> scope(String code) throws SQLException {
        Set<String> s = scopes.get(code);
        if (s == null) {
            s = Set.copyOf(sites.scope(c, code));
            scopes.put(code, s);
        }
        return s;
    }
}
