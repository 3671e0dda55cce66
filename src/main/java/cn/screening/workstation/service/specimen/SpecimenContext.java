package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.specimen.ResultLimits;
import cn.screening.workstation.domain.specimen.ResultRules;
import cn.screening.workstation.domain.specimen.SampleLimits;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.specimen.TurnaroundClock;
import cn.screening.workstation.domain.specimen.TurnaroundLimits;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.ReferenceRepository.ReferenceItem;
import cn.screening.workstation.store.SqlWork;
import cn.screening.workstation.store.specimen.SpecimenStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the specimen services share: the workspace, the zone, and the limits in force, read from the
 * provincial settings pulled with reference data (the built-in defaults fill what is not there).
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

    /** The numeric provincial settings by key. */
    Map<String, Number> settings() {
        List<ReferenceItem> items = read(tx -> ws.syncStore().references().list(tx, EntityTypes.SETTING));
        Map<String, Number> out = new HashMap<>();
        for (ReferenceItem i : items) {
            JsonNode v = i.payload().path("value");
            if (i.code() != null && v.isNumber()) {
                out.put(i.code(), v.numberValue());
            }
        }
        return out;
    }

    SampleRules sampleRules() {
        return new SampleRules(SampleLimits.of(settings()));
    }

    ShipmentRules shipmentRules() {
        return new ShipmentRules(sampleRules());
    }

    ResultRules resultRules() {
        return new ResultRules(ResultLimits.of(settings()));
    }

    TurnaroundClock clock() {
        return new TurnaroundClock(TurnaroundLimits.of(settings()));
    }

    TurnaroundLimits turnaroundLimits() {
        return TurnaroundLimits.of(settings());
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
