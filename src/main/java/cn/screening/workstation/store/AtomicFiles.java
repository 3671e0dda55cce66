package cn.screening.workstation.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Writes a whole file or nothing: temp file in the same folder, forced to disk, then moved over.
 * The file is its owner's alone from its first byte (0600), as everything in the data folder.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp); // a leftover keeps its old mode; a new one is created owner-only
        try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                OwnerOnly.createAttributes(tmp))) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        }
        OwnerOnly.file(tmp);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
