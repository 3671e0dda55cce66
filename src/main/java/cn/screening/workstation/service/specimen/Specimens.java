package cn.screening.workstation.service.specimen;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.service.Workspace;
import java.time.ZoneId;

/** The blood-sample loop's services: draw, ship, receive, result, track, print. */
public final class Specimens {

    private final SpecimenContext ctx;

    public Specimens(Workspace ws, ZoneId zone) {
        this.ctx = new SpecimenContext(ws, zone);
    }

    public SampleDraw draw() {
        return new SampleDraw(ctx);
    }

    public Shipments shipments() {
        return new Shipments(ctx);
    }

    public Receiving receiving() {
        return new Receiving(ctx);
    }

    public Results results() {
        return new Results(ctx);
    }

    public Tracking tracking() {
        return new Tracking(ctx);
    }

    /** Manifests and labels, printed on this printer or saved. */
    public SpecimenPrints prints(PdfPrinter printer) {
        return new SpecimenPrinter(documents(), printer);
    }

    public SpecimenDocuments documents() {
        return new SpecimenDocuments(ctx);
    }
}
