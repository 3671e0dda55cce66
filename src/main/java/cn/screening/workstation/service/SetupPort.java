package cn.screening.workstation.service;

import cn.screening.workstation.domain.site.SiteProfile;

/** What the set-up wizard needs: the data folder set up with its first account; fulfilled by {@link Workstation}. */
@FunctionalInterface
public interface SetupPort {

    void setUp(SiteProfile site, String adminUsername, String adminDisplayName, char[] password);
}
