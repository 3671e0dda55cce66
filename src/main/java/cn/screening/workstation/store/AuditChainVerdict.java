package cn.screening.workstation.store;

import java.time.Instant;

/**
 * What walking the audit chain found.
 *
 * @param lines  the lines that hold, up to the first broken one (all of them when intact)
 * @param broken the first line that does not hold, or null when the chain is intact
 */
public record AuditChainVerdict(long lines, BrokenLink broken) {

    public boolean intact() {
        return broken == null;
    }

    /**
     * @param chainNo the chain number where the chain breaks
     * @param at      the time of the line found there (or of the last line kept, for a cut-off end), may be null
     */
    public record BrokenLink(long chainNo, Instant at, Break kind) {
    }

    /** What differs at the broken link. */
    public enum Break {
        /** the line with this number is gone (deleted) */
        MISSING,
        /** a line with no chain number: written around the chain, by hand */
        UNCHAINED,
        /** the line does not follow the one before it (lines deleted, inserted or swapped) */
        LINK,
        /** the line's own fields no longer give its hash (its text, time, user or action was changed) */
        CONTENT,
        /** the newest lines are gone: the head says the chain is longer */
        TRUNCATED
    }
}
