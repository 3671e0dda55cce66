package cn.screening.workstation.store;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the running window takes the command line's requests: a Unix-domain socket in the data folder
 * (owner-only like the folder; no TCP port, decision 0024). When the folder's path is too long for a
 * socket address, the socket goes into a private folder under the temp directory and the data folder
 * keeps a pointer file naming it. Only the process that holds the store binds it, so a socket file
 * found at bind time was left by a window that was killed and is replaced.
 */
public final class ControlSocket {

    public static final String SOCKET = "window.sock";
    public static final String POINTER = "window.sock.path";
    /** Linux allows 107 bytes in a socket address, macOS 103 and Windows 107: keep well under all. */
    static final int MAX_ADDRESS_BYTES = 100;

    private ControlSocket() {
    }

    /** The window's bound socket; closing it removes the socket file and the pointer. */
    public record Bound(ServerSocketChannel channel, Path socket, Path pointer) implements Closeable {
        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(socket);
                if (pointer != null) {
                    Files.deleteIfExists(pointer);
                    Files.deleteIfExists(socket.getParent());
                }
            }
        }
    }

    /** Binds the window's socket for {@code folder}, replacing one a killed window left behind. */
    public static Bound bind(Path folder) throws IOException {
        removeStale(folder);
        Path inFolder = folder.toAbsolutePath().resolve(SOCKET);
        Path pointer = null;
        Path socket = inFolder;
        if (tooLong(inFolder)) {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path privateDir = posix // owner-only from the start; Windows gets its ACL just after
                    ? Files.createTempDirectory(tmp, "scw-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory(tmp, "scw-");
            OwnerOnly.folder(privateDir);
            socket = privateDir.resolve(SOCKET);
            pointer = folder.resolve(POINTER);
            AtomicFiles.write(pointer, socket.toString().getBytes(StandardCharsets.UTF_8));
            OwnerOnly.file(pointer);
        }
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(socket));
            OwnerOnly.file(socket); // the folder around it is the owner's alone already; the file too
            return new Bound(channel, socket, pointer);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Connects to the window's socket of {@code folder}: a {@link java.nio.file.NoSuchFileException} when
     * no window listens, a {@link java.net.ConnectException} when the file is a killed window's.
     */
    public static SocketChannel connect(Path folder) throws IOException {
        Path socket = address(folder);
        if (!Files.exists(socket)) {
            throw new java.nio.file.NoSuchFileException(socket.toString());
        }
        return SocketChannel.open(UnixDomainSocketAddress.of(socket));
    }

    /** The socket's path: the one the pointer file names, else the one in the folder. */
    public static Path address(Path folder) throws IOException {
        Path pointer = folder.resolve(POINTER);
        if (Files.isRegularFile(pointer)) {
            return Path.of(Files.readString(pointer, StandardCharsets.UTF_8).trim());
        }
        return folder.toAbsolutePath().resolve(SOCKET);
    }

    static boolean tooLong(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_ADDRESS_BYTES;
    }

    /** A killed window's socket file, and the private folder its pointer names (only a socket file there is removed). */
    private static void removeStale(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(SOCKET));
        Path pointer = folder.resolve(POINTER);
        if (Files.isRegularFile(pointer)) {
            Path old = address(folder);
            if (old.getFileName() != null && old.getFileName().toString().equals(SOCKET)) {
                Files.deleteIfExists(old);
                try {
                    Files.deleteIfExists(old.getParent());
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    // not the private folder we made: left alone
                }
            }
            Files.delete(pointer);
        }
    }
}
