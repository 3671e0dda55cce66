package cn.screening.workstation.ui.shipments;

import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.specimen.BoxContents;
import cn.screening.workstation.service.specimen.BoxScan;
import cn.screening.workstation.service.specimen.Destination;
import cn.screening.workstation.service.specimen.ShipmentPort;
import cn.screening.workstation.service.specimen.SpecimenPrints;
import cn.screening.workstation.service.specimen.SpecimenRefused;
import cn.screening.workstation.ui.common.Confirmer;
import cn.screening.workstation.ui.common.FieldProblem;
import cn.screening.workstation.ui.common.Printout;
import cn.screening.workstation.ui.common.ScanDesk;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The county's boxes: pick or start one, scan tubes into it (each scan answered at once, a refusal
 * with its reason), fill in the courier details, dispatch it, and print or save its manifest.
 */
public final class ShipmentsViewModel extends ScanDesk<BoxContents, BoxScan> {

    private final ShipmentPort port;

    private final ObservableList<Shipment> boxes = FXCollections.observableArrayList();
    private final ObservableList<Sample> tubes = FXCollections.observableArrayList();
    private final DispatchForm form = new DispatchForm();
    private final BooleanBinding open;
    private final BoxManifest manifest;

    public ShipmentsViewModel(ShipmentPort port, SpecimenPrints prints, ScreenKit kit) {
        super(kit.tasks(), kit.texts(), kit.i18n(), kit.time(), kit::changed, c -> c.box().id(), port::addTube);
        this.port = port;
        this.manifest = new BoxManifest(current::get, prints, new Printout(tasks, texts, i18n, message, busy), i18n);
        this.open = Bindings.createBooleanBinding(
                () -> current.get() != null && current.get().box().status() == ShipmentStatus.OPEN, current);
    }

    /** Reads the hospitals and the boxes; the box being worked on stays open. */
    public void load() {
        tasks.run(() -> new Lists(port.destinations(), port.boxes()))
                .onSuccess(lists -> {
                    form.offer(lists.hospitals());
                    boxes.setAll(lists.boxes());
                })
                .busy(busy)
                .start();
    }

    private record Lists(List<Destination> hospitals, List<Shipment> boxes) {
    }

    /** Starts an empty box for the hospital chosen in the form. */
    public void newBox() {
        Destination to = form.destination.get();
        if (to == null) {
            problems.of(ShipmentRules.DESTINATION).set(FieldProblem.error(i18n.get("shipment.form.destination")));
            return;
        }
        tasks.run(() -> port.startBox(to.siteCode()))
                .onSuccess(desk -> {
                    opened(desk.box(), desk.boxes());
                    message.set(i18n.get("shipment.created", desk.box().box().boxNo()));
                    changed.run();
                })
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    public void select(Shipment box) {
        if (box == null || current.get() != null && current.get().box().id().equals(box.id())) {
            return;
        }
        UUID id = box.id();
        tasks.run(() -> port.open(id))
                .onSuccess(contents -> {
                    opened(contents, null);
                    message.set("");
                })
                .busy(busy)
                .start();
    }

    /** @param list this site's boxes as they now stand; null when the list did not change */
    private void opened(BoxContents contents, List<Shipment> list) {
        current.set(contents);
        tubes.setAll(contents.tubes());
        form.show(contents.box(), time);
        problems.clear();
        scans.say("");
        if (list != null) {
            boxes.setAll(list);
        }
    }

    @Override
    protected String notNow() {
        return current.get() == null ? i18n.get("shipment.scan.noBox") : null;
    }

    // the answer carries the box as it now stands: shown as it is, never read again
    @Override
    protected void scanned(String code, BoxScan answer) {
        if (answer instanceof BoxScan.Refused refused) {
            scans.refuse(i18n.get("shipment.scan.refused", code, problems.text(refused.reason())));
            return;
        }
        BoxContents contents = ((BoxScan.Packed) answer).box();
        showBox(contents);
        scans.say(i18n.get("shipment.scan.added", code, tubes.size()));
        changed.run();
    }

    // the list's tube count follows the box without reading every box again
    private void showBox(BoxContents contents) {
        current.set(contents);
        tubes.setAll(contents.tubes());
        Shipment box = contents.box();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).id().equals(box.id())) {
                boxes.set(i, box);
                return;
            }
        }
    }

    /** Takes a tube back out of the open box. */
    public void remove(Sample tube) {
        if (tube == null || !open.get()) {
            return;
        }
        UUID id = current.get().box().id();
        tasks.run(() -> port.removeTube(id, tube.id()))
                .onSuccess(c -> {
                    showBox(c);
                    scans.say(i18n.get("shipment.removed", tube.sampleNo()));
                    changed.run();
                })
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    /**
     * Sends the box, which cannot be undone: the form's own problems and the missing details first,
     * each at its field, then the user confirms; the service checks every rule again.
     */
    public void dispatch(Confirmer confirmer) {
        BoxContents c = current.get();
        if (c == null || busy.get()) {
            return;
        }
        List<Violation> formProblems = new ArrayList<>();
        Optional<DispatchDetails> details = form.read(time, c.tubes().stream().anyMatch(Sample::frozen), formProblems);
        if (details.isEmpty()) {
            showProblems(formProblems);
            return;
        }
        problems.clear();
        if (!confirmer.confirm(i18n.get("shipment.dispatch.confirm", c.box().boxNo(), c.tubes().size(),
                hospitalName(c.box().destination())))) {
            message.set(i18n.get("shipment.dispatch.cancelled"));
            return;
        }
        UUID id = c.box().id();
        tasks.run(() -> port.dispatch(id, details.get()))
                .onSuccess(desk -> {
                    opened(desk.box(), desk.boxes());
                    message.set(i18n.get("shipment.dispatched", desk.box().box().boxNo(), tubes.size()));
                    changed.run();
                })
                .onError(SpecimenRefused.class, e -> showProblems(e.violations().violations()))
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private void showProblems(List<Violation> violations) {
        problems.showAll(violations);
        List<String> lines = violations.stream().filter(Violation::isError).map(problems::describe).toList();
        message.set(i18n.get("shipment.notDispatched", String.join(i18n.get("list.separator"), lines)));
    }

    public BoxManifest manifest() {
        return manifest;
    }

    public ObservableList<Shipment> boxes() {
        return boxes;
    }

    public ObservableList<Destination> hospitals() {
        return form.hospitals;
    }

    public ObservableList<Sample> tubes() {
        return tubes;
    }

    public DispatchForm form() {
        return form;
    }

    /** True while the box shown may still take tubes and leave. */
    public BooleanBinding open() {
        return open;
    }

    /** Whom the list names a box's destination by. */
    public String hospitalName(String code) {
        return form.hospitalName(code);
    }
}
