package cn.screening.workstation.domain.specimen;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A box's list against what was scanned from it: tubes arrived, tubes missing, and numbers scanned
 * that were not on the list (unknown, or belonging to another box).
 */
public record Reconciliation(int expected, List<TubeVerdict> arrived, List<ShipmentItem> missing, List<String> unexpected) {

    /** @param receipt null while the box is not received; {@code verdicts} the tubes scanned from it */
    public static Reconciliation of(Shipment box, Receipt receipt, List<TubeVerdict> verdicts) {
        Set<String> scanned = verdicts.stream().map(TubeVerdict::sampleNo).collect(Collectors.toSet());
        List<ShipmentItem> missing = box.items().stream().filter(i -> !scanned.contains(i.sampleNo())).toList();
        return new Reconciliation(box.items().size(), List.copyOf(verdicts), missing, receipt == null ? List.of() : receipt.unexpected());
    }

    public boolean complete() {
        return missing.isEmpty() && unexpected.isEmpty();
    }
}
