package cn.screening.workstation.server.store;

/** The H2 file is held by another process (a running server): an admin command asks that server instead. */
public final class StoreInUse extends ServerStoreException {

    public StoreInUse(String message, Throwable cause) {
        super(message, cause);
    }
}
