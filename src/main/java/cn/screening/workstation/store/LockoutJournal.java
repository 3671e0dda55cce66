package cn.screening.workstation.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The second copy of the failed logins, beside the keyring: an append-only text file, one line per
 * failure ({@code F tag n instant}) and, rewritten at each good login, one line per name with the
 * number of failures the audit log already holds ({@code S tag settled}). Editing or replacing the
 * keyring alone leaves this copy, and a login judges by whichever copy counts more failures.
 */
final class LockoutJournal {

    static final String FILE_NAME = "lockout.journal";

    /** What the journal says of one name: failures by number, and how many were settled. */
    record Name(long settled, TreeMap<Long, Instant> failures) {
        static Name empty() {
            return new Name(0, new TreeMap<>());
        }
    }

    private final Path file;

    LockoutJournal(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /** Every name's lines; a line that does not parse is skipped (it counts nothing, so cannot unlock). */
    Map<String, Name> read() {
        Map<String, Name> names = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return names;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "cannot read " + file + ": " + e.getMessage(), e);
        }
        for (String line : lines) {
            String[] f = line.strip().split(" ");
            try {
                if (f.length == 3 && f[0].equals("S")) {
                    Name n = names.getOrDefault(f[1], Name.empty());
                    names.put(f[1], new Name(Long.parseLong(f[2]), n.failures()));
                } else if (f.length == 4 && f[0].equals("F")) {
                    names.computeIfAbsent(f[1], k -> Name.empty()).failures().put(Long.parseLong(f[2]), Instant.parse(f[3]));
                }
            } catch (RuntimeException skipped) {
                // a damaged line
            }
        }
        return names;
    }

    /** Appends one failure, forced to disk before the answer is shown. */
    void appendFailure(String tag, long n, Instant at) {
        byte[] line = ("F " + tag + " " + n + " " + at + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            OwnerOnly.folder(file.getParent());
            try (FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND), OwnerOnly.createAttributes(file))) {
                ch.write(ByteBuffer.wrap(line));
                ch.force(true);
            }
            OwnerOnly.file(file);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** After a good login: the settled count of every name, and the failures not yet in the audit log. */
    void rewrite(Map<String, Name> names) {
        StringBuilder b = new StringBuilder();
        names.forEach((tag, n) -> {
            b.append("S ").append(tag).append(' ').append(n.settled()).append('\n');
            n.failures().forEach((num, at) -> b.append("F ").append(tag).append(' ').append(num).append(' ').append(at).append('\n'));
        });
        try {
            AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
