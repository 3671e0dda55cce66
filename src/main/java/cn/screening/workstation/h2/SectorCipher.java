package cn.screening.workstation.h2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * XTS-AES over 4,096-byte sectors, laid out as H2's own encrypted files are: one 128-bit key for the
 * tweaks and the data, sector n's tweak = AES(n as 16 little-endian bytes), multiplied by x in GF(2^128)
 * from one 16-byte block to the next. The AES itself is the JDK's, which uses the processor's AES
 * instructions: about ten times H2's own table-driven AES on the build machine.
 */
final class SectorCipher {

    static final int SECTOR = 4096;
    private static final int BLOCK = 16;
    /** sectors done per cipher call: bounds the tweak buffer to 64 KB */
    private static final int SECTORS_PER_PASS = 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec key;
    private final ThreadLocal<Cipher> encryptor;
    private final ThreadLocal<Cipher> decryptor;

    SectorCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.encryptor = ThreadLocal.withInitial(() -> cipher(Cipher.ENCRYPT_MODE));
        this.decryptor = ThreadLocal.withInitial(() -> cipher(Cipher.DECRYPT_MODE));
    }

    /** Encrypts whole sectors in place; {@code firstSector} numbers the first of them. */
    void encrypt(long firstSector, byte[] data, int offset, int length) {
        run(encryptor.get(), firstSector, data, offset, length);
    }

    void decrypt(long firstSector, byte[] data, int offset, int length) {
        run(decryptor.get(), firstSector, data, offset, length);
    }

    private void run(Cipher cipher, long firstSector, byte[] data, int offset, int length) {
        if (length % SECTOR != 0) {
            throw new IllegalArgumentException("not whole sectors: " + length);
        }
        byte[] tweaks = new byte[Math.min(length, SECTORS_PER_PASS * SECTOR)];
        for (int done = 0; done < length; done += tweaks.length) {
            int pass = Math.min(tweaks.length, length - done);
            fillTweaks(firstSector + done / SECTOR, pass / SECTOR, tweaks);
            xor(data, offset + done, tweaks, pass);
            try {
                // ECB over many blocks at once is what lets the JDK use its fast path; XTS is built around it
                cipher.doFinal(data, offset + done, pass, data, offset + done);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed", e);
            }
            xor(data, offset + done, tweaks, pass);
        }
    }

    /** The tweak of every 16-byte block of {@code sectors} sectors from {@code first}. */
    private void fillTweaks(long first, int sectors, byte[] tweaks) {
        byte[] starts = new byte[sectors * BLOCK];
        for (int s = 0; s < sectors; s++) {
            LONGS.set(starts, s * BLOCK, first + s);
        }
        try {
            encryptor.get().doFinal(starts, 0, starts.length, starts, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed", e);
        }
        for (int s = 0; s < sectors; s++) {
            long lo = (long) LONGS.get(starts, s * BLOCK);
            long hi = (long) LONGS.get(starts, s * BLOCK + 8);
            for (int at = s * SECTOR, end = at + SECTOR; at < end; at += BLOCK) {
                LONGS.set(tweaks, at, lo);
                LONGS.set(tweaks, at + 8, hi);
                // times x in GF(2^128), little-endian, feedback 0x87
                long carry = hi >>> 63;
                hi = (hi << 1) | (lo >>> 63);
                lo = (lo << 1) ^ (carry * 0x87);
            }
        }
    }

    private static void xor(byte[] data, int offset, byte[] tweaks, int length) {
        for (int i = 0; i < length; i += 8) {
            LONGS.set(data, offset + i, (long) LONGS.get(data, offset + i) ^ (long) LONGS.get(tweaks, i));
        }
    }

    private Cipher cipher(int mode) {
        try {
            Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
            c.init(mode, key);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
