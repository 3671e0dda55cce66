package cn.screening.workstation.service;

import cn.screening.workstation.store.ControlSocket;
import cn.screening.workstation.store.StoreJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's ear for `backup create` (decision 0024): binds the data folder's control socket on a
 * thread of its own, and answers each connection's one JSON request line with one JSON answer line,
 * each on a short thread of its own, so that a connection that never finishes its line holds up nobody.
 * Started after a login (the store is open), closed before the store closes.
 */
public final class WindowBackupListener implements AutoCloseable {

    /** A request is a few hundred bytes: anything much longer is not one. */
    static final int MAX_REQUEST = 16 * 1024;
    /** How long a logout waits for a command-line backup under way (a large store takes about 20 s). */
    static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(WindowBackupListener.class);

    private final Path folder;
    private final WindowBackups desk;
    private final CompletableFuture<Path> bound = new CompletableFuture<>();
    private ControlSocket.Bound socket;
    private boolean closed;

    private WindowBackupListener(Path folder, WindowBackups desk) {
        this.folder = folder;
        this.desk = desk;
    }

    /** Starts listening in the background: the caller (the window after a login) never waits for it. */
    public static WindowBackupListener start(Path folder, WindowBackups desk) {
        WindowBackupListener l = new WindowBackupListener(folder, desk);
        Thread t = new Thread(l::acceptLoop, "backup-listener");
        t.setDaemon(true);
        t.start();
        return l;
    }

    /** The socket's path once bound (completes exceptionally when it could not be bound). */
    public CompletableFuture<Path> bound() {
        return bound;
    }

    private void acceptLoop() {
        ControlSocket.Bound s;
        try {
            s = ControlSocket.bind(folder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("no backup requests from the command line: the socket could not be bound ({})", e.toString());
            bound.completeExceptionally(e);
            return;
        }
        synchronized (this) {
            if (closed) {
                closeQuietly(s);
                bound.cancel(false);
                return;
            }
            socket = s;
        }
        bound.complete(s.socket());
        try {
            while (true) {
                SocketChannel c = s.channel().accept();
                Thread t = new Thread(() -> serve(c), "backup-request");
                t.setDaemon(true);
                t.start();
            }
        } catch (ClosedChannelException e) {
            // closed at logout
        } catch (IOException e) {
            LOG.warn("backup requests from the command line stopped: {}", e.toString());
        }
    }

    private void serve(SocketChannel c) {
        try (c) {
            byte[] line = readLine(c);
            WindowBackups.Request request;
            try {
                request = StoreJson.MAPPER.readValue(line, WindowBackups.Request.class);
            } finally {
                Arrays.fill(line, (byte) 0); // the passwords were in it
            }
            byte[] answer = StoreJson.MAPPER.writeValueAsBytes(desk.handle(request));
            ByteBuffer out = ByteBuffer.allocate(answer.length + 1).put(answer).put((byte) '\n').flip();
            while (out.hasRemaining()) {
                c.write(out);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("a backup request from the command line was not answered: {}", e.getClass().getSimpleName());
        }
    }

    /** Reads up to the first newline (or the end); refuses a line longer than a request can be. */
    static byte[] readLine(SocketChannel c) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.allocate(1024);
        while (c.read(b) >= 0) {
            b.flip();
            while (b.hasRemaining()) {
                byte next = b.get();
                if (next == '\n') {
                    return line.toByteArray();
                }
                line.write(next);
            }
            b.clear();
            if (line.size() > MAX_REQUEST) {
                throw new IOException("request longer than " + MAX_REQUEST + " bytes");
            }
        }
        return line.toByteArray();
    }

    /** Stops listening, removes the socket file and lets a backup under way finish (before the store closes). */
    @Override
    public void close() {
        ControlSocket.Bound s;
        synchronized (this) {
            closed = true;
            s = socket;
            socket = null;
        }
        if (s != null) {
            closeQuietly(s);
        }
        desk.awaitIdle(CLOSE_WAIT);
    }

    private static void closeQuietly(ControlSocket.Bound s) {
        try {
            s.close();
        } catch (IOException e) {
            LOG.warn("the control socket was not removed: {}", e.toString());
        }
    }
}
