package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;

/**
 * What else follows when a lab's confirmed result arrives at the site holding its case, inside the
 * pull's transaction (the registry enrolment lives in the service layer and plugs in here).
 */
@FunctionalInterface
public interface ConfirmedResults {

    ConfirmedResults NONE = (tx, c, r) -> { };

    void arrived(Tx tx, ScreeningCase c, LabResult result) throws SQLException;
}
