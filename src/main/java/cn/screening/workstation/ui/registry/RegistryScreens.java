package cn.screening.workstation.ui.registry;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 登记管理, wired. */
public final class RegistryScreens {

    private RegistryScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.REGISTRY, RegistryController.class, () -> new RegistryController(
                new RegistryViewModel(services.registry(), kit), kit.i18n(), kit.files()));
    }
}
