package cn.screening.workstation.service.specimen;

import cn.screening.workstation.service.Workspace;
import java.time.ZoneId;

/** What the specimen services share: the workspace, the zone, and the limits in force. */
final class SpecimenContext {

    final Workspace ws;
    final ZoneId zone;

    SpecimenContext(Workspace ws, ZoneId zone) {
        this.ws = ws;
        this.zone = zone;
    }
}
