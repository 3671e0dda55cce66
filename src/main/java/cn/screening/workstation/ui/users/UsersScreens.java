package cn.screening.workstation.ui.users;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 用户管理, wired. */
public final class UsersScreens {

    private UsersScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.USERS, UsersController.class, () -> new UsersController(
                new UsersViewModel(services.accounts(), kit), kit.i18n(), kit.zone()));
    }
}
