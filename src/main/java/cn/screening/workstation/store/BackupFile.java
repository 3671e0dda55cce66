package cn.screening.workstation.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;

/**
 * The layout of a backup file: a magic line, a JSON header in the clear (version, when, which site,
 * the data key wrapped for the recovery password), then the content sealed under a key derived from
 * the data key ({@link SealedStreams}), with the header bound in. Nothing in it is readable without
 * the recovery password (or a key that unwraps the same data key).
 */
public final class BackupFile {

    public static final int VERSION = 1;
    private static final byte[] MAGIC = "SCRWBAK\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER = 64 * 1024;

    private BackupFile() {
    }

    /** What the header says; it holds no patient data and no key in the clear. */
    public record Header(int version, Instant created, String siteCode, String siteName, RecoveryWrap recovery) {
    }

    /** Writes the header to {@code out} and returns the stream the content is written to; closing it ends the file. */
    public static OutputStream write(OutputStream out, Header header, DataKey key, SecureRandom random) throws IOException {
        byte[] json = StoreJson.MAPPER.writeValueAsBytes(header);
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.writeInt(json.length);
        data.write(json);
        return SealedStreams.sealing(data, key.backupSecret(), json, random);
    }

    /** Reads the header; the content is read with {@link Opened#content} once the data key is known. */
    public static Opened read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new NotABackup("not a backup file");
        }
        int length = data.readInt();
        if (length <= 0 || length > MAX_HEADER) {
            throw new NotABackup("backup header damaged");
        }
        byte[] json = new byte[length];
        data.readFully(json);
        Header header = StoreJson.MAPPER.readValue(json, Header.class);
        if (header.version() > VERSION) {
            throw new NotABackup("backup made by a newer release (version " + header.version() + ")");
        }
        return new Opened(header, json, data);
    }

    /** A backup file whose header has been read. */
    public static final class Opened {
        private final Header header;
        private final byte[] headerBytes;
        private final InputStream rest;

        private Opened(Header header, byte[] headerBytes, InputStream rest) {
            this.header = header;
            this.headerBytes = headerBytes;
            this.rest = rest;
        }

        public Header header() {
            return header;
        }

        /** The content in the clear, as a stream; a wrong key or a changed byte fails with an {@link IOException}. */
        public InputStream content(DataKey key) throws IOException {
            return SealedStreams.opening(rest, key.backupSecret(), headerBytes);
        }
    }

    /** The file is not a backup of this application (or its header is damaged). */
    public static final class NotABackup extends IOException {
        NotABackup(String message) {
            super(message);
        }
    }
}
