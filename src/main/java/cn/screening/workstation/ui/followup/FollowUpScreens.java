package cn.screening.workstation.ui.followup;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 随访管理, wired. */
public final class FollowUpScreens {

    private FollowUpScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        String user = services.workspace().session().user().username();
        r.section(Section.FOLLOW_UPS, FollowUpsController.class, () -> new FollowUpsController(
                new FollowUpsViewModel(services.followUps(), kit, user), kit.i18n()));
    }
}
