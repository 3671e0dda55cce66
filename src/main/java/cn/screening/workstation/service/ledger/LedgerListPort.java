package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What the 救治台账 list asks of the ledger: the rows by filter, and the filters' choices. */
public interface LedgerListPort {

    /** The rows, masked unless {@code full} and the role may reveal IDs. */
    List<LedgerRow> list(LedgerFilter filter, boolean full);

    /** The rows of these ids (a figure's rows), masked, in the list's order; an id the ledger no longer has is left out. */
    List<LedgerRow> rows(Collection<UUID> ids);

    /** The programme's diseases, for the disease filter. */
    List<Disease> diseases();

    /** The townships of this site's county, for the township filter. */
    List<Division> townships();

    List<HospitalChoice> hospitals();

    /** Whether this user records admissions here (KEEP_LEDGER); a bureau officer only reads. */
    boolean mayKeep();
}
