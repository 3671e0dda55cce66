package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.Reason;
import java.util.List;

/** The four answers a change can get. */
final class Verdicts {

    private Verdicts() {
    }

    static ChangeResult applied(Change ch, long version, PulledRecord merged) {
        return new ChangeResult(ch.changeId(), ch.entityId(), ChangeStatus.APPLIED, version, merged, null, null);
    }

    static ChangeResult duplicate(Change ch, long version) {
        return new ChangeResult(ch.changeId(), ch.entityId(), ChangeStatus.DUPLICATE, version, null, null, null);
    }

    static ChangeResult conflict(Change ch, PulledRecord server, List<String> fields) {
        return new ChangeResult(ch.changeId(), ch.entityId(), ChangeStatus.CONFLICT, server.version(), server, fields, null);
    }

    static ChangeResult rejected(Change ch, List<Reason> reasons) {
        return new ChangeResult(ch == null ? null : ch.changeId(), ch == null ? null : ch.entityId(), ChangeStatus.REJECTED, 0,
                null, null, reasons);
    }

    static ChangeResult rejected(Change ch, String code, String field, String message) {
        return rejected(ch, List.of(new Reason(code, field, message)));
    }
}
