package cn.screening.workstation.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Failed logins per name, known or not, kept twice (the keyring's copy and {@link LockoutJournal})
 * and judged by whichever counts more: before a password is right nothing can be verified, so the
 * conservative reading wins. A right password then compares both copies with the count inside the
 * store ({@link LockoutMarks}); any copy that went back or lost a failure locks the name again and
 * is written to the audit log (decision 0020).
 */
final class LoginFailures {

    /** What a login may do now. */
    record Judgement(int attemptsLeft, Instant lockedUntil) {
        boolean locked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** A right password's check against the store: locked when the copies outside were altered or a lock stands. */
    record Check(Instant lockedUntil, Map<String, LockoutMarks.Mark> settled) {
        boolean locked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** One name as the two copies give it. */
    private record View(long ringSettled, long journalSettled, TreeMap<Long, Instant> failures, Instant ringLockedUntil) {
        long settled() {
            return Math.min(ringSettled, journalSettled);
        }

        List<Instant> pending() {
            return new ArrayList<>(failures.tailMap(settled(), false).values());
        }

        long nextNumber() {
            return Math.max(failures.isEmpty() ? 0 : failures.lastKey(), Math.max(ringSettled, journalSettled)) + 1;
        }
    }

    private final Map<String, KeyringFile.NameRecord> ring;
    private final LockoutJournal journal;
    private final LockoutPolicy policy;
    private final LockoutMarks marks = new LockoutMarks();

    LoginFailures(Map<String, KeyringFile.NameRecord> ring, LockoutJournal journal, LockoutPolicy policy) {
        this.ring = ring;
        this.journal = journal;
        this.policy = policy;
    }

    /** The name's tag: a hash, so a password typed into the name field is not kept as typed. */
    static String tag(String username) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("login-name:" + username).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    Map<String, KeyringFile.NameRecord> records() {
        return ring;
    }

    Judgement judge(String tag, Instant now) {
        return judge(view(tag, journal.read()), now);
    }

    /** Counts a wrong password (journal first, then the keyring copy the caller saves); answers what is left. */
    Judgement fail(String tag, Instant now) {
        View v = view(tag, journal.read());
        long n = v.nextNumber();
        journal.appendFailure(tag, n, now);
        v.failures().put(n, now);
        View after = new View(v.settled(), v.journalSettled(), v.failures(), v.ringLockedUntil());
        Judgement j = judge(after, now);
        ring.put(tag, new KeyringFile.NameRecord(after.settled(), asList(after.failures().tailMap(after.settled(), false)),
                j.locked(now) ? j.lockedUntil() : null));
        return j;
    }

    /** The failures of {@code tag} not yet in the audit log, as the copies give them. */
    List<Instant> pending(String tag) {
        return view(tag, journal.read()).pending();
    }

    private Judgement judge(View v, Instant now) {
        List<Instant> pending = v.pending();
        int k = pending.size();
        int max = policy.maxAttempts();
        Instant until = k >= max ? pending.get((k / max) * max - 1).plus(policy.lockFor()) : null;
        if (v.ringLockedUntil() != null && (until == null || v.ringLockedUntil().isAfter(until))) {
            until = v.ringLockedUntil();
        }
        if (until != null && now.isBefore(until)) {
            return new Judgement(0, until);
        }
        return new Judgement(max - k % max, null);
    }

    /**
     * After a right password, inside the login's transaction: audits the failures of the user's name and of
     * names without an account, compares both copies with the store's count, and moves that count on.
     * The files are rewritten by {@link #commit} once the transaction has committed.
     */
    Check settle(Tx tx, AuditLog audit, String username, Set<String> accountTags, Instant now, String detail) throws SQLException {
        Map<String, LockoutJournal.Name> fromJournal = journal.read();
        String userTag = tag(username);
        Set<String> tags = new TreeSet<>();
        tags.add(userTag);
        tags.addAll(fromJournal.keySet());
        tags.addAll(ring.keySet());
        tags.removeIf(t -> !t.equals(userTag) && accountTags.contains(t)); // another account's failures wait for its own login
        Instant userLock = null;
        Map<String, LockoutMarks.Mark> settled = new LinkedHashMap<>();
        for (String tag : tags) {
            boolean mine = tag.equals(userTag);
            View v = view(tag, fromJournal);
            LockoutMarks.Mark mark = marks.find(tx, tag);
            long s = mark.settled();
            TreeMap<Long, Instant> after = new TreeMap<>(v.failures().tailMap(s, false));
            long last = v.failures().isEmpty() ? s : Math.max(s, v.failures().lastKey());
            boolean altered = v.ringSettled() != s || v.journalSettled() != s
                    || after.size() != v.failures().size() || after.size() != last - s;
            String who = mine ? username : null;
            String why = mine ? detail : "unknown account";
            for (Instant at : (altered ? v.failures() : after).values()) {
                audit.append(tx, at, AuditAction.LOGIN_FAILED, "user", who, why);
            }
            Instant lock = mark.lockedUntil() != null && now.isBefore(mark.lockedUntil()) ? mark.lockedUntil() : null;
            if (altered) {
                audit.append(tx, now, AuditAction.LOGIN_FAILED, "user", who, "lock-out record altered outside the application");
                lock = now.plus(policy.lockFor());
            }
            LockoutMarks.Mark settledNow = new LockoutMarks.Mark(last, lock);
            if (!settledNow.equals(mark)) {
                marks.put(tx, tag, settledNow);
            }
            settled.put(tag, settledNow);
            if (mine) {
                userLock = lock;
            }
        }
        return new Check(userLock, settled);
    }

    /** Once the login's transaction committed: both copies say what the store says (the caller saves the keyring). */
    void commit(Check check, Instant now) {
        Map<String, LockoutJournal.Name> fromJournal = journal.read();
        Map<String, LockoutJournal.Name> rewritten = new HashMap<>();
        Set<String> tags = new TreeSet<>(fromJournal.keySet());
        tags.addAll(ring.keySet());
        for (String tag : tags) {
            if (!check.settled().containsKey(tag)) {
                View v = view(tag, fromJournal);
                rewritten.put(tag, new LockoutJournal.Name(v.journalSettled(), v.failures()));
            }
        }
        check.settled().forEach((tag, m) -> {
            ring.put(tag, new KeyringFile.NameRecord(m.settled(), List.of(), m.lockedUntil()));
            rewritten.put(tag, new LockoutJournal.Name(m.settled(), new TreeMap<>()));
        });
        journal.rewrite(rewritten);
    }

    private View view(String tag, Map<String, LockoutJournal.Name> fromJournal) {
        KeyringFile.NameRecord r = ring.get(tag);
        LockoutJournal.Name j = fromJournal.getOrDefault(tag, LockoutJournal.Name.empty());
        TreeMap<Long, Instant> failures = new TreeMap<>(j.failures());
        if (r != null && r.unreportedFailures() != null) {
            for (KeyringFile.Failure f : r.unreportedFailures()) {
                if (f != null && f.at() != null) {
                    failures.merge(f.n(), f.at(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return new View(r == null ? 0 : r.settled(), j.settled(), failures, r == null ? null : r.lockedUntil());
    }

    private static List<KeyringFile.Failure> asList(Map<Long, Instant> failures) {
        List<KeyringFile.Failure> out = new ArrayList<>();
        failures.forEach((n, at) -> out.add(new KeyringFile.Failure(n, at)));
        return out;
    }
}
