package cn.screening.workstation.ui.receiving;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 标本接收, wired. */
public final class ReceivingScreens {

    private ReceivingScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.RECEIVING, ReceivingController.class, () -> new ReceivingController(
                new ReceivingViewModel(services.specimens().receiving(), kit), kit.i18n(), kit.time()));
    }
}
