package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.Admission;
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
import java.util.Optional;

/**
 * The designated hospitals the ledger names: the province's designated-hospital sites that carry a
 * level (synced as reference data, with their county and diseases), then the bundled attachment-1
 * list for any name the registry does not hold yet.
 */
final class HospitalDirectory {

    private HospitalDirectory() {
    }

    static DesignatedHospitals read(Tx tx, Workspace ws) throws SQLException {
        return new DesignatedHospitals(choices(tx, ws).stream()
                .map(c -> new DesignatedHospitals.Hospital(c.name(), c.county(), c.level())).toList());
    }

    /** The synced hospital sites with a level (with their site code), then the bundled names they do not hold. */
    static List<HospitalChoice> choices(Tx tx, Workspace ws) throws SQLException {
        List<HospitalChoice> all = new ArrayList<>();
        for (SiteInfo s : new ReferenceData(ws).sites(tx)) {
            hospital(s).ifPresent(h -> all.add(new HospitalChoice(s.code(), h.name(), h.level(), h.county())));
        }
        for (DesignatedHospitals.Hospital h : DesignatedHospitals.bundled().all()) {
            if (all.stream().noneMatch(known -> known.name().equals(h.name()))) {
                all.add(new HospitalChoice(null, h.name(), h.level(), h.county()));
            }
        }
        return all;
    }

    /** An admission at a hospital site, its name, level and county filled from the synced site where left empty. */
    static Admission filled(Tx tx, Workspace ws, Admission a) throws SQLException {
        if (a.hospitalSite() == null) {
            return a;
        }
        Optional<DesignatedHospitals.Hospital> h = new ReferenceData(ws).site(tx, a.hospitalSite()).flatMap(HospitalDirectory::hospital);
        return h.map(x -> a.withHospital(x.name(), x.level(), x.county())).orElse(a);
    }

    /** A designated-hospital site that carries a level, as the ledger names hospitals. */
    private static Optional<DesignatedHospitals.Hospital> hospital(SiteInfo s) {
        if (!"designated".equals(s.type()) || s.level() == null) {
            return Optional.empty();
        }
        return Optional.of(new DesignatedHospitals.Hospital(s.name(), s.divisionCode().substring(0, 6),
                HospitalLevel.valueOf(s.level().toUpperCase(Locale.ROOT))));
    }
}
