package cn.screening.workstation.ui.conflicts;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 同步冲突 (with the duplicate patients beside them), wired. */
public final class ConflictScreens {

    private ConflictScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.CONFLICTS, ConflictsController.class, () -> new ConflictsController(
                new ConflictsViewModel(services.syncConflicts(), kit), new DuplicatesViewModel(services.patientMerge(), kit)));
    }
}
