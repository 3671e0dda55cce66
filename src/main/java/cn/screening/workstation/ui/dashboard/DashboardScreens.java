package cn.screening.workstation.ui.dashboard;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 统计看板, wired. */
public final class DashboardScreens {

    private DashboardScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.DASHBOARD, DashboardController.class, () -> new DashboardController(
                new DashboardViewModel(services.dashboards(), kit), kit.i18n(), kit.files()));
    }
}
