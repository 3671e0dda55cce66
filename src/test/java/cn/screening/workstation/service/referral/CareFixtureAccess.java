package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.screening.HemophiliaScreening;

/** The fixture's screening form, for tests of other packages. */
public final class CareFixtureAccess {

    private CareFixtureAccess() {
    }

    public static HemophiliaScreening screening() {
        return CareFixture.screening();
    }
}
