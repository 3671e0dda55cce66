package cn.screening.workstation.ui.shipments;

import cn.screening.workstation.service.specimen.BoxContents;
import cn.screening.workstation.service.specimen.SpecimenPrints;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Printout;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;

/** The manifest of the box the page shows: printed, or saved as PDF where there is no printer. */
public final class BoxManifest {

    private final Supplier<BoxContents> shown;
    private final SpecimenPrints prints;
    private final Printout printout;
    private final I18n i18n;

    BoxManifest(Supplier<BoxContents> shown, SpecimenPrints prints, Printout printout, I18n i18n) {
        this.shown = shown;
        this.prints = prints;
        this.printout = printout;
        this.i18n = i18n;
    }

    /** Prints it; {@code noPrinter} is told when this PC has none (the screen then offers to save it). */
    public void print(Runnable noPrinter) {
        BoxContents c = shown.get();
        if (c == null) {
            return;
        }
        UUID id = c.box().id();
        printout.print(() -> prints.printManifest(id), i18n.get("shipment.manifest.printed", c.box().boxNo()), noPrinter);
    }

    /** The name proposed for the PDF. */
    public String fileName() {
        BoxContents c = shown.get();
        return i18n.get("shipment.manifest.fileName", c == null ? "" : c.box().boxNo());
    }

    public void save(Path file) {
        BoxContents c = shown.get();
        if (c == null || file == null) {
            return;
        }
        UUID id = c.box().id();
        printout.save(file, f -> prints.saveManifest(id, f), "shipment.manifest.saved");
    }
}
