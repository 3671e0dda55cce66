package cn.screening.workstation.store;

/** A store failure the user must be told about; {@link #kind()} picks the message they read. */
public class StoreException extends RuntimeException {

    public enum Kind {
        /** another program (or a second copy of this one) has the database open */
        LOCKED,
        /** the database file is damaged */
        CORRUPT,
        /** the key does not open this database */
        WRONG_KEY,
        /** the keyring file is missing or damaged */
        KEYRING_DAMAGED,
        /** a constraint refused the write (e.g. a duplicate ID number) */
        CONSTRAINT,
        /** the disk (or the user's quota) is full: the write was undone */
        DISK_FULL,
        /** the data folder or its file cannot be written (read-only disk, no permission) */
        READ_ONLY,
        OTHER
    }

    private final Kind kind;

    public StoreException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** What may go to the log: the kind and the causes' messages with quoted values and long digit runs taken out. */
    public String logLine() {
        return kind + ": " + StoreFailures.redactedChain(getCause() != null ? getCause() : this);
    }
}
