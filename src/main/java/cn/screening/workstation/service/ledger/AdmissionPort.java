package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the admission form (入院登记) asks of the ledger. */
public interface AdmissionPort {

    Optional<LedgerEntry> find(UUID id);

    /** The designated hospitals: the synced sites with a level, then the bundled list's other names. */
    List<HospitalChoice> hospitals();

    /** Records the admission (new, or replacing the one with its id); refused with every rule broken, nothing saved. */
    LedgerEntry saveAdmission(UUID id, Admission a);
}
