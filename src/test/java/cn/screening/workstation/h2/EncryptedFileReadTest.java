package cn.screening.workstation.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads of whole sectors land decrypted in the caller's heap buffer (at its offset and position);
 * reads that start inside a sector, or go to a direct buffer, give the same bytes.
 */
class EncryptedFileReadTest {

    private static final int SECTOR = SectorCipher.SECTOR;

    @TempDir
    Path dir;

    @Test
    void wholeSectorsAndPartsReadBackAsWrittenWhereverTheBufferStarts() throws Exception {
        byte[] data = new byte[SECTOR * 40 + 1000];
        new Random(7).nextBytes(data);
        Path path = dir.resolve("f.mv.db");
        try (EncryptedFile f = open(path)) {
            f.write(ByteBuffer.wrap(data), 0);
        }
        byte[] raw = Files.readAllBytes(path);
        assertThat(indexOf(raw, Arrays.copyOfRange(data, 5 * SECTOR, 5 * SECTOR + 64))).as("nothing stored in the clear").isEqualTo(-1);
        try (EncryptedFile f = open(path)) {
            // whole sectors into a slice of a larger array, after some bytes already put: the fast path
            byte[] backing = new byte[SECTOR * 30];
            ByteBuffer slice = ByteBuffer.wrap(backing, 100, SECTOR * 20 + 200).slice();
            slice.put(new byte[50]);
            slice.limit(50 + SECTOR * 20);
            assertThat(f.read(slice, 3L * SECTOR)).isEqualTo(SECTOR * 20);
            assertThat(slice.position()).isEqualTo(50 + SECTOR * 20);
            assertThat(Arrays.copyOfRange(backing, 150, 150 + SECTOR * 20)).isEqualTo(Arrays.copyOfRange(data, 3 * SECTOR, 23 * SECTOR));
            assertThat(backing[149]).isZero();
            assertThat(backing[150 + SECTOR * 20]).isZero();
            // inside a sector, and into a direct buffer: the copying path
            ByteBuffer part = ByteBuffer.allocate(3000);
            assertThat(f.read(part, SECTOR + 17L)).isEqualTo(3000);
            assertThat(part.array()).isEqualTo(Arrays.copyOfRange(data, SECTOR + 17, SECTOR + 3017));
            ByteBuffer direct = ByteBuffer.allocateDirect(SECTOR * 2);
            assertThat(f.read(direct, SECTOR * 7L)).isEqualTo(SECTOR * 2);
            byte[] got = new byte[SECTOR * 2];
            direct.flip().get(got);
            assertThat(got).isEqualTo(Arrays.copyOfRange(data, 7 * SECTOR, 9 * SECTOR));
            // the partial last sector
            ByteBuffer tail = ByteBuffer.allocate(SECTOR * 2);
            assertThat(f.read(tail, SECTOR * 40L)).isEqualTo(1000);
            assertThat(Arrays.copyOf(tail.array(), 1000)).isEqualTo(Arrays.copyOfRange(data, 40 * SECTOR, data.length));
        }
    }

    private static EncryptedFile open(Path path) throws Exception {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new EncryptedFile(path.toString(), "secret-of-the-test".getBytes(StandardCharsets.UTF_8), ch);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
