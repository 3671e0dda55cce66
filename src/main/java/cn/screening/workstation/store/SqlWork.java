package cn.screening.workstation.store;

import java.sql.SQLException;

/** A unit of database work, run by {@link Database} in a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Tx tx) throws SQLException;
}
