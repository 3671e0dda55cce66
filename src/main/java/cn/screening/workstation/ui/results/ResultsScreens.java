package cn.screening.workstation.ui.results;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 结果录入, wired. */
public final class ResultsScreens {

    private ResultsScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        r.section(Section.RESULTS, ResultsController.class, () -> new ResultsController(
                new ResultsViewModel(services.specimens().results(), kit), kit.i18n()));
    }
}
