package cn.screening.workstation.service.today;

import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * One kind of work a user may find waiting. Features add their own (samples overdue, ...) to the
 * list {@link TodaysWork} is built with, in {@code Services}.
 */
public interface WorkSource {

    /** The items waiting at this workstation on {@code today}. */
    List<WorkItem> items(Tx tx, LocalDate today) throws SQLException;
}
