package cn.screening.workstation.ui.importer;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 批量导入, wired. */
public final class ImportScreens {

    private ImportScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.IMPORT, ImportController.class, () -> new ImportController(
                new ImportViewModel(services.patientImport(), kit), kit.i18n()));
    }
}
