package cn.screening.workstation.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for new records: UUIDs whose first 48 bits are the time of making in milliseconds and whose
 * other 74 bits are random (RFC 9562, version 7). Records made one after another then sit side by
 * side in every index that leads with an id (the table's key, a case's patient, the outbox), so a
 * thousand new records touch a few index pages instead of a thousand; still unique across sites.
 */
public final class RecordIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecordIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    /** An id as {@link #next()} makes it at {@code epochMillis}. */
    static UUID at(long epochMillis) {
        long random = RANDOM.nextLong();
        long high = (epochMillis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
