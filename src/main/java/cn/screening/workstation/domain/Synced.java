package cn.screening.workstation.domain;

import java.util.UUID;

/** A record that travels to the server: its own id and its sync metadata, replaceable as a copy. */
public interface Synced<T extends Synced<T>> {

    UUID id();

    SyncMeta meta();

    /** The same record with other sync metadata. */
    T withMeta(SyncMeta meta);
}
