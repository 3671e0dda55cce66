package cn.screening.workstation.ui.audit;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 审计日志, wired. */
public final class AuditScreens {

    private AuditScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.AUDIT, AuditController.class, () -> new AuditController(
                new AuditViewModel(services.audit(), kit), kit.i18n(), kit.files(), kit.zone()));
    }
}
