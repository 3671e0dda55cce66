package cn.screening.workstation.domain;

import java.time.Instant;

/**
 * What every synced record carries: the server's sequence number of its last accepted change
 * (0 = never synced), when and where it last changed, and a tombstone instead of a hard delete.
 */
public record SyncMeta(long version, Instant updatedAt, String updatedBySite, boolean deleted) {

    public static SyncMeta fresh(Instant now, String siteCode) {
        return new SyncMeta(0, now, siteCode, false);
    }

    public SyncMeta touched(Instant now, String siteCode) {
        return new SyncMeta(version, now, siteCode, deleted);
    }
}
