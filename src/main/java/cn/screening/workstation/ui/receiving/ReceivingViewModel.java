package cn.screening.workstation.ui.receiving;

import cn.screening.workstation.domain.specimen.ReceiptRules;
import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.specimen.ArrivingBox;
import cn.screening.workstation.service.specimen.IncomingBox;
import cn.screening.workstation.service.specimen.ReceivingPort;
import cn.screening.workstation.service.specimen.TubeScan;
import cn.screening.workstation.ui.common.Numbers;
import cn.screening.workstation.ui.common.ScanDesk;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Receiving a box at the designated hospital: record its arrival, scan its tubes (strays are named
 * at once), see expected / arrived / missing / unexpected / other box, and accept or reject each tube.
 */
public final class ReceivingViewModel extends ScanDesk<ArrivingBox, TubeScan> {

    private static final String OTHER_BOX_KEY = "specimen.scan.other_box";

    private final ReceivingPort port;

    private final ObservableList<IncomingBox> boxes = FXCollections.observableArrayList();
    private final ObservableList<ReconciledTube> tubes = FXCollections.observableArrayList();
    private final StringProperty arrivedAt = new SimpleStringProperty("");
    private final StringProperty arrivalTemp = new SimpleStringProperty("");
    private final ObjectProperty<RejectionReason> reason = new SimpleObjectProperty<>();
    private final StringProperty condition = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final BooleanBinding arrived;
    private final BooleanBinding completed;
    /** Stray numbers scanned at this box that belong to another one, with that box's number (this session). */
    private final Map<String, String> strays = new LinkedHashMap<>();

    public ReceivingViewModel(ReceivingPort port, ScreenKit kit) {
        super(kit.tasks(), kit.texts(), kit.i18n(), kit.time(), kit::changed, b -> b.box().id(), port::scan);
        this.port = port;
        this.arrived = Bindings.createBooleanBinding(() -> current.get() != null && current.get().receipt() != null, current);
        this.completed = Bindings.createBooleanBinding(
                () -> current.get() != null && current.get().receipt() != null && current.get().receipt().completedAt() != null, current);
    }

    public void load() {
        tasks.run(port::incoming).onSuccess(boxes::setAll).busy(busy).start();
    }

    public void select(IncomingBox box) {
        if (box == null || current.get() != null && current.get().box().id().equals(box.shipmentId())) {
            return;
        }
        strays.clear();
        UUID id = box.shipmentId();
        tasks.run(() -> port.open(id)).onSuccess(b -> {
            show(b);
            problems.clear();
            scans.say("");
            message.set("");
            arrivedAt.set(b.receipt() == null ? "" : time.show(b.receipt().arrivedAt()));
            arrivalTemp.set(b.receipt() == null ? "" : Numbers.show(b.receipt().arrivalTempC()));
        }).busy(busy).start();
    }

    private void show(ArrivingBox b) {
        current.set(b);
        Reconciliation r = b.reconciliation();
        List<ReconciledTube> rows = ReconciledTube.rows(r, strays, other -> i18n.get("receiving.otherBox", other));
        tubes.setAll(rows);
        long otherBox = rows.stream().filter(t -> t.state() == TubeState.OTHER_BOX).count();
        long unexpected = rows.stream().filter(t -> t.state() == TubeState.UNEXPECTED).count();
        counts.set(i18n.get("receiving.counts", r.expected(), r.arrived().size(), r.missing().size(), unexpected, otherBox));
    }

    /** Records the arrival time and temperature; scanning opens after it. */
    public void arrive() {
        ArrivingBox b = current.get();
        if (b == null || busy.get()) {
            return;
        }
        List<Violation> own = new ArrayList<>();
        Arrival arrival = Arrival.read(arrivedAt.get(), arrivalTemp.get(), time, own);
        if (!own.isEmpty()) {
            problems.showAll(own);
            return;
        }
        UUID id = b.box().id();
        tasks.run(() -> port.receive(id, arrival.at(), arrival.temperatureC()))
                .onSuccess(opened -> {
                    problems.clear();
                    show(opened);
                    arrivedAt.set(opened.receipt() == null ? "" : time.show(opened.receipt().arrivedAt()));
                    message.set(i18n.get("receiving.arrived", opened.box().boxNo()));
                    changed.run();
                })
                .refusedOn(problems, message)
                .busy(busy)
                .start();
    }

    @Override
    protected String notNow() {
        return arrived.get() ? null : i18n.get("receiving.scan.notArrived"); // no box open is not arrived either
    }

    // the answer carries the box as it now stands: shown as it is, never read again
    @Override
    protected void scanned(String code, TubeScan answer) {
        if (answer instanceof TubeScan.Refused refused) {
            Violation v = refused.reason();
            if (OTHER_BOX_KEY.equals(v.messageKey()) && v.args().size() > 1) {
                strays.put(code, String.valueOf(v.args().get(1)));
            }
            show(answer.box()); // a stray is now on the receipt's unexpected list
            scans.refuse(i18n.get("shipment.scan.refused", code, problems.text(v)));
            return;
        }
        ArrivingBox b = answer.box();
        show(b);
        scans.say(i18n.get("receiving.scan.arrived", code, b.reconciliation().arrived().size(), b.reconciliation().expected()));
        changed.run();
    }

    public void accept(ReconciledTube tube) {
        decide(tube, TubeDecision.ACCEPTED, null);
    }

    /** Rejects with the chosen reason; without one the reason field says it is needed (rule 25). */
    public void reject(ReconciledTube tube) {
        if (reason.get() == null) {
            problems.show(ReceiptRules.REASON, List.of(Violation.error(ReceiptRules.REASON, "specimen.reject.reason")));
            return;
        }
        decide(tube, TubeDecision.REJECTED, reason.get());
    }

    private void decide(ReconciledTube tube, TubeDecision decision, RejectionReason why) {
        ArrivingBox b = current.get();
        if (b == null || tube == null || tube.state() != TubeState.ARRIVED) {
            return;
        }
        UUID id = b.box().id();
        String note = condition.get() == null ? "" : condition.get().strip();
        tasks.run(() -> port.judge(id, tube.verdict().sampleId(), decision, why, note))
                .onSuccess(opened -> {
                    problems.clear(ReceiptRules.REASON);
                    show(opened);
                    message.set(i18n.get(decision == TubeDecision.ACCEPTED ? "receiving.accepted" : "receiving.rejected",
                            tube.sampleNo(), why == null ? "" : i18n.label(why)));
                    reason.set(null);
                    condition.set("");
                    changed.run();
                })
                .refusedOn(problems, message)
                .busy(busy)
                .start();
    }

    /** Closes the receipt; what was not scanned stays missing. */
    public void complete() {
        ArrivingBox b = current.get();
        if (b == null || !arrived.get()) {
            return;
        }
        UUID id = b.box().id();
        tasks.run(() -> port.complete(id))
                .onSuccess(done -> {
                    show(done);
                    received(done.asIncoming());
                    message.set(i18n.get("receiving.completed", done.box().boxNo(), done.reconciliation().missing().size()));
                    changed.run();
                })
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    // the list follows the completed box without reading every box again
    private void received(IncomingBox box) {
        List<IncomingBox> now = new ArrayList<>(boxes);
        now.replaceAll(b -> b.shipmentId().equals(box.shipmentId()) ? box : b);
        now.sort(IncomingBox.NOT_RECEIVED_FIRST);
        boxes.setAll(now);
    }

    public ObservableList<IncomingBox> boxes() {
        return boxes;
    }

    public ObservableList<ReconciledTube> tubes() {
        return tubes;
    }

    public StringProperty arrivedAt() {
        return arrivedAt;
    }

    public StringProperty arrivalTemp() {
        return arrivalTemp;
    }

    public ObjectProperty<RejectionReason> reason() {
        return reason;
    }

    public StringProperty condition() {
        return condition;
    }

    public StringProperty counts() {
        return counts;
    }

    /** True once the box's arrival is recorded. */
    public BooleanBinding arrived() {
        return arrived;
    }

    public BooleanBinding completed() {
        return completed;
    }
}
