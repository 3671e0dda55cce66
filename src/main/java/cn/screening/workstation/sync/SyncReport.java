package cn.screening.workstation.sync;

import java.util.Set;

/**
 * What one push + pull did and what is left.
 *
 * @param pushed      changes the server acknowledged (applied or already had)
 * @param pulled      records written here from the server
 * @param pending     changes still waiting to be sent or answered
 * @param quarantined changes the server refused, waiting for a user to fix the record
 * @param conflicts   fields changed on both sides, waiting for a user to pick
 * @param unstored    pulled records this workstation could not store (shown on the quarantine screen)
 * @param failure     why the run stopped early, or null
 * @param pulledTypes the entity types of the records written here, so open screens know whether to read again
 */
public record SyncReport(int pushed, int pulled, long pending, long quarantined, long conflicts, long unstored, SyncFailure failure,
                         Set<String> pulledTypes) {

    public SyncReport {
        pulledTypes = Set.copyOf(pulledTypes);
    }

    /** The one line the sync command prints. */
    public String line() {
        return "pushed=" + pushed + " pulled=" + pulled + " pending=" + pending + " quarantined=" + quarantined
                + " conflicts=" + conflicts + " unstored=" + unstored;
    }

    /** Nothing failed and nothing waits: every local change is at the server, every pulled record stored here. */
    public boolean allClear() {
        return failure == null && pending == 0 && quarantined == 0 && conflicts == 0 && unstored == 0;
    }
}
