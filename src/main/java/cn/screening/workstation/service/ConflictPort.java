package cn.screening.workstation.service;

import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.service.SyncConflicts.Pick;
import java.util.List;
import java.util.UUID;

/** What the conflict screen needs of the service (store reads and writes: off the FX thread). */
public interface ConflictPort {

    List<SyncConflict> open();

    void resolve(UUID conflictId, Pick pick);
}
