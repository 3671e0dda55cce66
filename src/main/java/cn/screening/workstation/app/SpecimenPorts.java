package cn.screening.workstation.app;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.documents.label.TubeLabelRenderer;
import cn.screening.workstation.documents.manifest.ManifestRenderer;
import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.ResultLimits;
import cn.screening.workstation.domain.specimen.ResultRules;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleLimits;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.SampleTimeline;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.service.specimen.ArrivingBox;
import cn.screening.workstation.service.specimen.AwaitingResult;
import cn.screening.workstation.service.specimen.BoxContents;
import cn.screening.workstation.service.specimen.BoxScan;
import cn.screening.workstation.service.specimen.Destination;
import cn.screening.workstation.service.specimen.DrawRequest;
import cn.screening.workstation.service.specimen.IncomingBox;
import cn.screening.workstation.service.specimen.NearingTube;
import cn.screening.workstation.service.specimen.PackingDesk;
import cn.screening.workstation.service.specimen.ResultOutcome;
import cn.screening.workstation.service.specimen.SampleRow;
import cn.screening.workstation.service.specimen.Shipments;
import cn.screening.workstation.service.specimen.TubeScan;
import cn.screening.workstation.service.specimen.Specimens;
import cn.screening.workstation.ui.receiving.ReceivingPort;
import cn.screening.workstation.ui.results.ResultsPort;
import cn.screening.workstation.ui.samples.SampleDrawPort;
import cn.screening.workstation.ui.samples.TrackingPort;
import cn.screening.workstation.ui.shipments.ShipmentPort;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sample screens' ports over the specimen services, and the printed documents: labels and
 * manifests rendered by the documents package, printed where there is a printer, else saved.
 * Public so screen tests build the same ports over a real workspace.
 */
public final class SpecimenPorts {

    /** Limits until the province's reference data carries its own. */
    private static final SampleRules SAMPLE_RULES = new SampleRules(SampleLimits.DEFAULT);
    private static final ResultRules RESULT_RULES = new ResultRules(ResultLimits.DEFAULT);

    private SpecimenPorts() {
    }

    public static SampleDrawPort draw(Specimens specimens, PdfPrinter printer) {
        return new SampleDrawPort() {
            @Override
            public SampleRules rules() {
                return SAMPLE_RULES;
            }

            @Override
            public Sample draw(UUID caseId, DrawRequest request) {
                return specimens.draw().draw(caseId, request);
            }

            @Override
            public PdfPrinter.Outcome printLabel(UUID sampleId) throws IOException {
                return print(printer, "tube-label", file -> saveLabel(sampleId, file));
            }

            @Override
            public void saveLabel(UUID sampleId, Path file) throws IOException {
                var labels = specimens.documents().labels(List.of(sampleId));
                new TubeLabelRenderer().write(labels, file);
            }
        };
    }

    public static ShipmentPort shipments(Specimens specimens, PdfPrinter printer) {
        var s = specimens.shipments();
        return new ShipmentPort() {
            @Override
            public List<Shipment> boxes() {
                return s.boxes(Shipments.DESK_BOXES);
            }

            @Override
            public List<Destination> destinations() {
                return s.destinations();
            }

            @Override
            public PackingDesk newBox(String destination) {
                return s.startBox(destination);
            }

            @Override
            public BoxContents open(UUID boxId) {
                return s.open(boxId);
            }

            @Override
            public BoxScan add(UUID boxId, String sampleNo) {
                return s.addTube(boxId, sampleNo);
            }

            @Override
            public BoxContents remove(UUID boxId, UUID sampleId) {
                return s.removeTube(boxId, sampleId);
            }

            @Override
            public PackingDesk dispatch(UUID boxId, DispatchDetails details) {
                return s.dispatch(boxId, details);
            }

            @Override
            public PdfPrinter.Outcome printManifest(UUID boxId) throws IOException {
                return print(printer, "shipment-manifest", file -> saveManifest(boxId, file));
            }

            @Override
            public void saveManifest(UUID boxId, Path file) throws IOException {
                new ManifestRenderer().write(specimens.documents().manifest(boxId), file);
            }
        };
    }

    public static ReceivingPort receiving(Specimens specimens) {
        var r = specimens.receiving();
        return new ReceivingPort() {
            @Override
            public List<IncomingBox> incoming() {
                return r.incoming();
            }

            @Override
            public ArrivingBox open(UUID shipmentId) {
                return r.open(shipmentId);
            }

            @Override
            public ArrivingBox receive(UUID shipmentId, Instant arrivedAt, BigDecimal temperatureC) {
                return r.receive(shipmentId, arrivedAt, temperatureC);
            }

            @Override
            public TubeScan scan(UUID shipmentId, String sampleNo) {
                return r.scan(shipmentId, sampleNo);
            }

            @Override
            public ArrivingBox decide(UUID shipmentId, UUID sampleId, TubeDecision decision, RejectionReason reason, String condition) {
                return r.judge(shipmentId, sampleId, decision, reason, condition);
            }

            @Override
            public ArrivingBox complete(UUID shipmentId) {
                return r.complete(shipmentId);
            }
        };
    }

    public static ResultsPort results(Specimens specimens) {
        var r = specimens.results();
        return new ResultsPort() {
            @Override
            public ResultRules rules() {
                return RESULT_RULES;
            }

            @Override
            public List<AwaitingResult> awaiting() {
                return r.awaiting();
            }

            @Override
            public Optional<LabResult> result(UUID sampleId) {
                return r.ofSample(sampleId);
            }

            @Override
            public ResultOutcome enter(AwaitingResult tube, ResultEntry entry, boolean acknowledged) {
                return r.enter(tube.sampleNo(), entry, acknowledged);
            }
        };
    }

    public static TrackingPort tracking(Specimens specimens) {
        var t = specimens.tracking();
        return new TrackingPort() {
            @Override
            public List<NearingTube> nearing() {
                return t.nearingSpinLimit();
            }

            @Override
            public List<SampleRow> overdue() {
                return t.overdue();
            }

            @Override
            public Optional<SampleTimeline> timeline(String sampleNo) {
                return specimens.draw().byNumber(sampleNo).map(s -> t.timeline(s.id()));
            }

            @Override
            public List<SampleTimeline> ofCase(UUID caseId) {
                return specimens.draw().ofCase(caseId).stream().map(s -> t.timeline(s.id())).toList();
            }
        };
    }

    /** What writes a document to a file. */
    @FunctionalInterface
    private interface Render {
        void to(Path file) throws IOException;
    }

    /** Renders into a temporary PDF and sends it to the printer; with no printer nothing is rendered. */
    private static PdfPrinter.Outcome print(PdfPrinter printer, String jobName, Render render) throws IOException {
        if (!printer.hasPrinter()) {
            return PdfPrinter.Outcome.NO_PRINTER;
        }
        Path file = Files.createTempFile(jobName + "-", ".pdf");
        try {
            render.to(file);
            return printer.print(file, jobName);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
