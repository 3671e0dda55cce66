package cn.screening.workstation.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the workstation's data folder its owner's alone: directories 0700 and files 0600 on POSIX,
 * and on Windows an ACL with the owner's full control as its only entry (no inherited entries).
 * The store, the keyring, the settings and the logs hold health data or guard it; another account
 * on a shared clinic PC must not read any of them.
 */
public final class OwnerOnly {

    private static final String FILE_MODE = "rw-------";
    private static final String FOLDER_MODE = "rwx------";

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and its parents) if needed and restricts it. */
    public static Path folder(Path dir) {
        try {
            Files.createDirectories(dir);
            restrict(dir, true);
            return dir;
        } catch (IOException e) {
            throw StoreFailures.translate(e, false); // a full disk or a read-only folder, told as such
        }
    }

    /** Restricts one existing file. */
    public static void file(Path file) {
        try {
            restrict(file, false);
        } catch (IOException e) {
            throw StoreFailures.translate(e, false);
        }
    }

    /** Restricts {@code dir} and everything under it: files that other code (H2, the log) made with the process's umask. */
    public static void tree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                try {
                    if (!Files.isSymbolicLink(p)) {
                        restrict(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // removed while walking (H2's temporary files)
                }
            }
        } catch (IOException e) {
            throw StoreFailures.translate(e, false);
        } catch (UncheckedIOException e) {
            // a file removed while walking (H2's temporary files): the next sweep sees the rest
        }
    }

    /** The attribute that creates a file owner-only from its first byte (POSIX); none elsewhere (the ACL is set after). */
    public static FileAttribute<?>[] createAttributes(Path where) {
        return posix(where) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(FILE_MODE))}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path p) {
        try {
            Path existing = p;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }

    private static void restrict(Path p, boolean directory) throws IOException {
        if (Files.getFileAttributeView(p, PosixFileAttributeView.class) != null) {
            var mode = PosixFilePermissions.fromString(directory ? FOLDER_MODE : FILE_MODE);
            // already so: nothing to write (a read-only disk refuses even a chmod to the same mode)
            if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(mode)) {
                Files.setPosixFilePermissions(p, mode);
            }
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(List.of(ownerFullControl(acl.getOwner(), directory)));
        }
    }

    /** Windows: the owner alone, full control, inherited by what is created inside a folder. */
    private static AclEntry ownerFullControl(UserPrincipal owner, boolean directory) {
        AclEntry.Builder b = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            b.setFlags(java.nio.file.attribute.AclEntryFlag.FILE_INHERIT, java.nio.file.attribute.AclEntryFlag.DIRECTORY_INHERIT);
        }
        return b.build();
    }
}
