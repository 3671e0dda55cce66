package cn.screening.workstation.ui;

import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.specimen.BoxScan;
import cn.screening.workstation.service.specimen.SpecimenSites;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A county box of tubes dispatched at room temperature and carried to the hospital as a pull would. */
public final class SentBox {

    private SentBox() {
    }

    public static Shipment send(Workspace county, Workspace hospital, List<Sample> tubes) {
        var shipments = SpecimenSites.specimens(county).shipments();
        Shipment box = shipments.createBox(SpecimenSites.HOSPITAL.siteCode());
        for (Sample s : tubes) {
            if (shipments.addTube(box.id(), s.sampleNo()) instanceof BoxScan.Refused r) {
                throw new IllegalStateException(r.sentence());
            }
        }
        shipments.dispatch(box.id(), new DispatchDetails("顺丰速运", "SF1234567890", Instant.now(), ShipmentCondition.ROOM_TEMPERATURE,
                null, null, new BigDecimal("22")));
        for (Sample s : tubes) {
            SpecimenSites.carry(county, hospital, EntityTypes.SAMPLE, s.id());
        }
        SpecimenSites.carry(county, hospital, EntityTypes.SHIPMENT, box.id());
        return shipments.find(box.id()).orElseThrow();
    }
}
