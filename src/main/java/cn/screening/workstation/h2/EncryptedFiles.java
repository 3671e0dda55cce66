package cn.screening.workstation.h2;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 files encrypted in H2's own layout with the JDK's AES ({@link EncryptedFile}). A store is opened
 * as {@code jdbc:h2:h2aes:/folder/name;...} without CIPHER, after {@link #unlock} gave its file
 * secret: the secret stays in this process and never appears in a URL, a file name or an error text.
 * A file H2 wrote with CIPHER=AES and the same secret opens here unchanged, and the other way round.
 */
public final class EncryptedFiles extends FilePathWrapper {

    static final String SCHEME = "h2aes";
    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new EncryptedFiles());
    }

    /**
     * The JDBC URL of the store {@code file} (a path without ".mv.db"), with {@code settings}
     * (";KEY=VALUE..."). Every file H2 makes beside it (compaction's temporary files too) is encrypted.
     */
    public static String url(Path file, String settings) {
        return "jdbc:h2:" + SCHEME + ":" + file.toAbsolutePath() + settings;
    }

    /**
     * Gives the secret of the store {@code file}, as the file password of a CIPHER=AES URL would:
     * H2 keeps the low byte of each character, so the key material is made the same way.
     */
    public static void unlock(Path file, String secret) {
        byte[] material = new byte[secret.length() * 2];
        for (int i = 0; i < secret.length(); i++) {
            material[2 * i + 1] = (byte) secret.charAt(i);
        }
        SECRETS.put(file.toAbsolutePath().toString(), material);
    }

    /**
     * Whether the secret given for {@code file} opens it: true when there is no file yet, or its first
     * sector decrypts to an H2 store header ("H:"). H2 itself would only call a wrong key a damaged file.
     */
    public static boolean secretFits(Path file) throws IOException {
        Path data = file.resolveSibling(file.getFileName() + ".mv.db");
        if (!Files.exists(data) || Files.size(data) < 2L * EncryptedFile.HEADER_LENGTH) {
            return true;
        }
        try (FileChannel raw = FileChannel.open(data, StandardOpenOption.READ);
             EncryptedFile f = new EncryptedFile(data.toString(), secretFor(data.toAbsolutePath().toString()), raw)) {
            ByteBuffer start = ByteBuffer.allocate(2);
            f.read(start, 0);
            return start.get(0) == 'H' && start.get(1) == ':';
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        String plain = getBase().toString();
        return new EncryptedFile(name, secretFor(plain), getBase().open(mode));
    }

    /** The secret of the store whose file this is: the store's path followed by one of its suffixes. */
    private static byte[] secretFor(String plainFile) throws IOException {
        for (Map.Entry<String, byte[]> s : SECRETS.entrySet()) {
            if (plainFile.startsWith(s.getKey() + ".")) {
                return s.getValue().clone();
            }
        }
        throw new IOException("no secret given for the encrypted store file " + plainFile);
    }

    @Override
    public long size() {
        long stored = Math.max(0, getBase().size() - EncryptedFile.HEADER_LENGTH);
        return stored % SectorCipher.SECTOR != 0 ? stored - SectorCipher.SECTOR : stored;
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }
}
