package cn.screening.workstation.ui.quarantine;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 隔离区, wired. */
public final class QuarantineScreens {

    private QuarantineScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.QUARANTINE, QuarantineController.class, () -> new QuarantineController(
                new QuarantineViewModel(services.quarantine(), kit)));
    }
}
