package cn.screening.workstation.ui.today;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 今日待办, wired. */
public final class TodayScreens {

    private TodayScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.TODAY, TodayController.class, () -> new TodayController(new TodayViewModel(services.today(), kit)));
    }
}
