package cn.screening.workstation.store;

import java.sql.SQLException;

/** Receives rows one at a time while a result set is open. */
@FunctionalInterface
public interface SqlConsumer<T> {
    void accept(T value) throws SQLException;
}
