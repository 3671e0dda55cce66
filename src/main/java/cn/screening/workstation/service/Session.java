package cn.screening.workstation.service;

import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.user.UserAccount;
import cn.screening.workstation.store.Actor;

/** Who is logged in, at which site. */
public record Session(UserAccount user, SiteProfile site) {

    public Actor actor() {
        return new Actor(user.username(), site.siteCode());
    }

    /** The role has the permission and the site's kind allows it (a bureau never registers, whatever the role). */
    public boolean may(Permission permission) {
        return user.role().may(permission) && site.type().allows(permission);
    }

    /** Refuses the call unless the user's role has the permission at this site. */
    public void require(Permission permission) {
        if (!may(permission)) {
            // the site's kind said no although the role would: say so, not "your role"
            throw new ServiceException(user.role().may(permission) ? "error.permission.bureau" : "error.permission", permission.name());
        }
    }

    /** Refuses the call unless one of the permissions is held (the ledger is read by its keepers and by who certifies it). */
    public void requireAny(Permission first, Permission second) {
        if (!may(first) && !may(second)) {
            require(first);
        }
    }
}
