package cn.screening.workstation.service;

import cn.screening.workstation.service.Quarantine.QuarantinedChange;
import cn.screening.workstation.service.Quarantine.UnstoredRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the quarantine screen needs (store reads and writes: off the FX thread). */
public interface QuarantinePort {

    List<QuarantinedChange> list();

    /** Pulled records this workstation could not store. */
    List<UnstoredRecord> unstored();

    /** Sends these refused records again, all in one transaction. */
    void requeue(List<Long> seqs);

    /** The ID number of the patient a refused or unstored record belongs to, for opening the case list at it. */
    Optional<String> idNumberOf(String entityType, UUID entityId);
}
