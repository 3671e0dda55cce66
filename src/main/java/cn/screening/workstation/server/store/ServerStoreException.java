package cn.screening.workstation.server.store;

/** The server's store failed (unreachable, migration failed, a statement failed). */
public class ServerStoreException extends RuntimeException {

    public ServerStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
