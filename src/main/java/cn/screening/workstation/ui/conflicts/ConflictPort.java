package cn.screening.workstation.ui.conflicts;

import cn.screening.workstation.service.SyncConflicts.Pick;
import cn.screening.workstation.domain.SyncConflict;
import java.util.List;
import java.util.UUID;

/** What the conflict screen needs of the service (store reads and writes: off the FX thread). */
public interface ConflictPort {

    List<SyncConflict> open();

    void resolve(UUID conflictId, Pick pick);
}
