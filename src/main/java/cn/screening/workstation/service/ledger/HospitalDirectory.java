package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.DesignatedHospitals;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The designated hospitals the ledger names: the province's designated-hospital sites that carry a
 * level (synced as reference data, with their county and diseases), then the bundled attachment-1
 * list for any name the registry does not hold yet.
 */
final class HospitalDirectory {

    private HospitalDirectory() {
    }

    static DesignatedHospitals read(Tx tx, Workspace ws) throws SQLException {
        List<DesignatedHospitals.Hospital> all = new ArrayList<>();
        for (SiteInfo s : new ReferenceData(ws).sites(tx)) {
            if ("designated".equals(s.type()) && s.level() != null) {
                all.add(new DesignatedHospitals.Hospital(s.name(), s.divisionCode().substring(0, 6),
                        HospitalLevel.valueOf(s.level().toUpperCase(Locale.ROOT))));
            }
        }
        for (DesignatedHospitals.Hospital h : DesignatedHospitals.bundled().all()) {
            if (all.stream().noneMatch(known -> known.name().equals(h.name()))) {
                all.add(h);
            }
        }
        return new DesignatedHospitals(all);
    }
}
