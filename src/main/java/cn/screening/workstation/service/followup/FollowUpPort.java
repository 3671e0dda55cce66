package cn.screening.workstation.service.followup;

import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.Visit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the follow-up screen needs of the service (store reads and writes: off the FX thread). */
public interface FollowUpPort {

    /** The follow-up schedules of this site, running and lost, the patients masked. */
    List<Listed> list();

    /** Records a visit or a failed attempt; the schedule after it (next due, or 失访). */
    FollowUp recordVisit(UUID followUpId, Visit visit);

    /** The name and phones to call, for a user who may reveal them (audited); empty for anyone else. */
    Optional<FollowUpContact> contact(UUID followUpId);

    /** A schedule as the list shows it. */
    record Listed(FollowUp followUp, String maskedName, String caseNo) {
    }
}
