package cn.screening.workstation.server.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection, in one transaction when written. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
