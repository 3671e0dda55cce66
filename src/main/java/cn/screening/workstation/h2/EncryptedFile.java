package cn.screening.workstation.h2;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file in H2's encrypted layout: a 4,096-byte header ("H2encrypt\n" and an 8-byte salt), then the
 * data in encrypted 4,096-byte sectors. A file ending in a partial sector is marked by that many
 * extra bytes after its last whole one. The same layout H2 writes with CIPHER=AES, so either can
 * open what the other wrote; only the AES is faster ({@link SectorCipher}).
 */
final class EncryptedFile extends FileBaseDefault {

    static final int HEADER_LENGTH = SectorCipher.SECTOR;
    private static final int SECTOR = SectorCipher.SECTOR;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    /** as H2: PBKDF2-SHA256 with 10 iterations over the (already random, 256-bit) file secret */
    private static final int KEY_ITERATIONS = 10;

    private final String name;
    private final FileChannel base;
    private byte[] password;
    private volatile SectorCipher cipher;
    private volatile long size;

    EncryptedFile(String name, byte[] password, FileChannel base) {
        this.name = name;
        this.password = password;
        this.base = base;
    }

    /** Reads or writes the header on first use, not in the constructor: the caller may want to lock the file first. */
    private SectorCipher cipher() throws IOException {
        SectorCipher c = cipher;
        return c != null ? c : open();
    }

    private synchronized SectorCipher open() throws IOException {
        if (cipher != null) {
            return cipher;
        }
        long stored = base.size() - HEADER_LENGTH;
        byte[] salt = new byte[SALT_LENGTH];
        if (stored >= 0) {
            readFully(base, MAGIC.length, ByteBuffer.wrap(salt));
            size = (stored % SECTOR) != 0 ? stored - SECTOR : stored;
        } else {
            new SecureRandom().nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
        }
        cipher = new SectorCipher(SHA256.getPBKDF2(password, salt, KEY_ITERATIONS, 16));
        Arrays.fill(password, (byte) 0);
        password = null;
        return cipher;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        SectorCipher c = cipher();
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        if (position >= size) {
            return dst.remaining() == 0 ? 0 : -1;
        }
        int length = (int) Math.min(dst.remaining(), size - position);
        if (length == 0) {
            return 0;
        }
        long from = position / SECTOR * SECTOR;
        int skip = (int) (position - from);
        byte[] sectors = readSectors(c, from, roundUp(skip + length));
        dst.put(sectors, skip, length);
        return length;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        SectorCipher c = cipher();
        int length = src.remaining();
        long from = position / SECTOR * SECTOR;
        int skip = (int) (position - from);
        int span = roundUp(skip + length);
        byte[] sectors;
        if (skip == 0 && span == length) {
            sectors = new byte[span];
        } else {
            // a partial sector: what is stored around the new bytes is kept
            long stored = roundUp(size - from);
            sectors = stored > 0 ? readSectors(c, from, (int) Math.min(span, stored)) : new byte[0];
            sectors = Arrays.copyOf(sectors, span);
        }
        src.get(sectors, skip, length);
        c.encrypt(from / SECTOR, sectors, 0, span);
        writeFully(base, HEADER_LENGTH + from, ByteBuffer.wrap(sectors));
        size = Math.max(size, position + length);
        int partial = (int) (size % SECTOR);
        if (partial > 0 && from + span >= size) {
            writeFully(base, HEADER_LENGTH + from + span, ByteBuffer.allocate(partial));
        }
        return length;
    }

    private byte[] readSectors(SectorCipher c, long from, int length) throws IOException {
        byte[] sectors = new byte[length];
        readFully(base, HEADER_LENGTH + from, ByteBuffer.wrap(sectors));
        c.decrypt(from / SECTOR, sectors, 0, length);
        return sectors;
    }

    private static int roundUp(long n) {
        return (int) ((n + SECTOR - 1) / SECTOR * SECTOR);
    }

    @Override
    public long size() throws IOException {
        cipher();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        cipher();
        if (newSize < 0) {
            throw new IllegalArgumentException("size " + newSize);
        }
        if (newSize > size) {
            return;
        }
        base.truncate(HEADER_LENGTH + newSize + (newSize % SECTOR != 0 ? SECTOR : 0));
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    private static void readFully(FileChannel file, long position, ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            int n = file.read(dst, position);
            if (n < 0) {
                throw new EOFException();
            }
            position += n;
        }
    }

    private static void writeFully(FileChannel file, long position, ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            position += file.write(src, position);
        }
    }
}
