package cn.screening.workstation.ui.registration;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 病例登记 and its two sections, wired. */
public final class RegistrationScreens {

    private RegistrationScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        var site = services.workspace().session().site();
        r.section(Section.REGISTER, RegistrationController.class, () -> new RegistrationController(new RegistrationViewModel(
                services.registration()::register, services.rules(), site, ReferenceRanges.DEFAULT, kit), kit.i18n()));
        r.controller(PatientSectionController.class, () -> new PatientSectionController(kit.i18n()));
        r.controller(ScreeningSectionController.class, () -> new ScreeningSectionController(kit.i18n()));
    }
}
