package cn.screening.workstation.service.specimen;

import cn.screening.workstation.documents.label.TubeLabel;
import cn.screening.workstation.documents.manifest.ShipmentManifest;
import java.util.List;
import java.util.UUID;

/** The input of printed tube labels and box manifests, patients masked. */
public final class SpecimenDocuments {

    private final SpecimenContext ctx;

    SpecimenDocuments(SpecimenContext ctx) {
        this.ctx = ctx;
    }

    public List<TubeLabel> labels(List<UUID> sampleIds) {
        throw new UnsupportedOperationException("not yet");
    }

    public ShipmentManifest manifest(UUID boxId) {
        throw new UnsupportedOperationException("not yet");
    }
}
