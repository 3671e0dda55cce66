package cn.screening.workstation.ui.receiving;

import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.ShipmentItem;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One line of the reconciliation panel: a tube number, where it stands, and the lab's verdict once arrived.
 *
 * @param verdict null unless arrived
 * @param note    e.g. the box a stray tube belongs to
 */
public record ReconciledTube(String sampleNo, TubeState state, TubeVerdict verdict, String note) {

    /**
     * The panel's lines: arrived, missing, then the strays — those of another box (scanned here this
     * session: number → that box) said so, by {@code otherBox}.
     */
    static List<ReconciledTube> rows(Reconciliation r, Map<String, String> strays, Function<String, String> otherBox) {
        List<ReconciledTube> rows = new ArrayList<>();
        r.arrived().forEach(v -> rows.add(new ReconciledTube(v.sampleNo(), TubeState.ARRIVED, v, "")));
        r.missing().stream().map(ShipmentItem::sampleNo).forEach(n -> rows.add(new ReconciledTube(n, TubeState.MISSING, null, "")));
        for (String n : r.unexpected()) {
            String other = strays.get(n);
            rows.add(other == null ? new ReconciledTube(n, TubeState.UNEXPECTED, null, "")
                    : new ReconciledTube(n, TubeState.OTHER_BOX, null, otherBox.apply(other)));
        }
        strays.forEach((n, other) -> {
            if (!r.unexpected().contains(n)) {
                rows.add(new ReconciledTube(n, TubeState.OTHER_BOX, null, otherBox.apply(other)));
            }
        });
        return rows;
    }
}
