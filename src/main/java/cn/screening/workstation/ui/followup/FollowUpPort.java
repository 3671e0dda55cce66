package cn.screening.workstation.ui.followup;

import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.Visit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the follow-up screen needs of the service (store reads and writes: off the FX thread). */
public interface FollowUpPort {

    /** The follow-up schedules of this site, running and lost, the patients masked. */
    List<FollowUpItem> list();

    /** Records a visit or a failed attempt; the schedule after it (next due, or 失访). */
    FollowUp record(UUID followUpId, Visit visit);

    /** The name and phones to call, for a user who may reveal them (audited); empty for anyone else. */
    Optional<Contact> contact(UUID followUpId);

    /** Whom to call. */
    record Contact(String name, String phone, String familyContact) {
    }

    /** A schedule as the list shows it. */
    record FollowUpItem(FollowUp followUp, String maskedName, String caseNo) {
    }
}
