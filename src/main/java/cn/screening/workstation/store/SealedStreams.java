package cn.screening.workstation.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stream encrypted in segments of 64 KB, each sealed with AES-GCM: one GCM over a whole store would
 * have to hold all of it in memory to check its tag on reading. Each segment's nonce is the stream's
 * random prefix and its number; its flag (more/last) and the file's header are bound in, so segments
 * cannot be reordered, dropped, cut off at the end or moved under another header.
 */
final class SealedStreams {

    static final int SEGMENT = 64 * 1024;
    private static final int NONCE_PREFIX = 8;
    private static final byte MORE = 0;
    private static final byte LAST = 1;

    private SealedStreams() {
    }

    static OutputStream sealing(OutputStream out, byte[] key, byte[] header, SecureRandom random) throws IOException {
        byte[] prefix = new byte[NONCE_PREFIX];
        random.nextBytes(prefix);
        out.write(prefix);
        return new Sealing(new DataOutputStream(out), key, header, prefix);
    }

    /** Reads what {@link #sealing} wrote; a wrong key or any change to the bytes fails with {@link IOException}. */
    static InputStream opening(InputStream in, byte[] key, byte[] header) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] prefix = new byte[NONCE_PREFIX];
        data.readFully(prefix);
        return new Opening(data, key, header, prefix);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] prefix, long index, byte flag, byte[] header) throws IOException {
        try {
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt((int) index).array();
            if (index > 0xFFFF_FFFFL) {
                throw new IOException("backup content too large");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(header);
            c.updateAAD(new byte[] {flag});
            return c;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM unavailable", e);
        }
    }

    private static final class Sealing extends OutputStream {
        private final DataOutputStream out;
        private final byte[] key;
        private final byte[] header;
        private final byte[] prefix;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private long index;
        private boolean closed;

        Sealing(DataOutputStream out, byte[] key, byte[] header, byte[] prefix) {
            this.out = out;
            this.key = key;
            this.header = header;
            this.prefix = prefix;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == SEGMENT) {
                    seal(MORE);
                }
                int n = Math.min(len, SEGMENT - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(byte flag) throws IOException {
            try {
                byte[] ct = cipher(Cipher.ENCRYPT_MODE, key, prefix, index++, flag, header).doFinal(buffer, 0, filled);
                out.writeByte(flag);
                out.writeInt(ct.length);
                out.write(ct);
                filled = 0;
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM failed", e);
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(LAST);
                out.close();
            }
        }
    }

    private static final class Opening extends InputStream {
        private final DataInputStream in;
        private final byte[] key;
        private final byte[] header;
        private final byte[] prefix;
        private byte[] plain = new byte[0];
        private int pos;
        private long index;
        private boolean last;

        Opening(DataInputStream in, byte[] key, byte[] header, byte[] prefix) {
            this.in = in;
            this.key = key;
            this.header = header;
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (pos == plain.length) {
                if (last) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void next() throws IOException {
            byte flag;
            byte[] ct;
            try {
                flag = in.readByte();
                int length = in.readInt();
                if (length < 16 || length > SEGMENT + 16) {
                    throw new IOException("backup content damaged");
                }
                ct = new byte[length];
                in.readFully(ct);
            } catch (EOFException e) {
                throw new IOException("backup content cut short", e);
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, prefix, index++, flag, header).doFinal(ct);
            } catch (GeneralSecurityException e) {
                throw new IOException("backup content does not open (wrong key or damaged)", e);
            }
            pos = 0;
            last = flag == LAST;
            if (last && in.read() != -1) {
                throw new IOException("backup content has bytes after its end");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
