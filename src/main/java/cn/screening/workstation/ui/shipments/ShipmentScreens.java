package cn.screening.workstation.ui.shipments;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;

/** 送检装箱, wired. */
public final class ShipmentScreens {

    private ShipmentScreens() {
    }

    public static void register(ScreenRegistry r, ScreenKit kit, Services services) {
        var specimens = services.specimens();
        r.section(Section.SHIPMENTS, ShipmentsController.class, () -> new ShipmentsController(
                new ShipmentsViewModel(specimens.shipments(), specimens.prints(kit.printer()), kit), kit.i18n(), kit.time(),
                kit.files()));
    }
}
