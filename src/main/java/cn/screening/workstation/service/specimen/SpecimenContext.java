package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.specimen.ResultRules;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.specimen.TurnaroundClock;
import cn.screening.workstation.domain.specimen.TurnaroundLimits;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.SqlWork;
import cn.screening.workstation.store.specimen.SpecimenStore;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the specimen services share: the workspace, the zone, and the limits in force, from the
 * workspace's rules (the provincial settings pulled with reference data over the shipped defaults).
 */
final class SpecimenContext {

    final Workspace ws;
    final ZoneId zone;

    SpecimenContext(Workspace ws, ZoneId zone) {
        this.ws = ws;
        this.zone = zone;
    }

    SpecimenStore store() {
        return ws.specimens();
    }

    String site() {
        return ws.session().site().siteCode();
    }

    String user() {
        return ws.session().user().username();
    }

    Instant now() {
        return ws.database().clock().instant();
    }

    <T> T read(SqlWork<T> work) {
        return ws.database().read(work);
    }

    <T> T write(SqlWork<T> work) {
        return ws.database().write(ws.session().actor(), work);
    }

    /** Drawing and shipping are the screening sites' work. */
    void requireScreeningSite() {
        ws.session().require(Permission.REGISTER);
    }

    /** Receiving and results are the designated hospital's work. */
    void requireHospital() {
        if (ws.session().site().type() != InstitutionType.DESIGNATED) {
            throw new ServiceException("specimen.error.hospital_only");
        }
    }

    /** The limits in force: the provincial settings as the workspace's rules settled them. */
    SampleRules sampleRules() {
        return new SampleRules(ws.rules().sampleLimits());
    }

    ShipmentRules shipmentRules() {
        return new ShipmentRules(sampleRules());
    }

    ResultRules resultRules() {
        return new ResultRules(ws.rules().resultLimits());
    }

    TurnaroundClock clock() {
        return new TurnaroundClock(turnaroundLimits());
    }

    TurnaroundLimits turnaroundLimits() {
        return ws.rules().turnaroundLimits();
    }

    static void refuseErrors(ValidationResult r) {
        if (r.hasErrors()) {
            throw new SpecimenRefused(new ValidationResult(r.errors()));
        }
    }

    static SpecimenRefused refused(String field, String key, Object... args) {
        return new SpecimenRefused(Violation.error(field, key, args));
    }
}
