package cn.screening.workstation.service;

import cn.screening.workstation.store.ControlSocket;
import cn.screening.workstation.store.StoreJson;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The command line's side of decision 0024: connects to the window that holds the store and asks it
 * for a backup. Connected before the passwords are asked for, so that a command with no window to ask
 * logs in as before.
 */
public final class WindowBackupClient implements AutoCloseable {

    private final SocketChannel channel;

    private WindowBackupClient(SocketChannel channel) {
        this.channel = channel;
    }

    /** Connects to the window of {@code folder}; empty when none listens (no socket file, or a killed window's). */
    public static Optional<WindowBackupClient> connect(Path folder) {
        try {
            return Optional.of(new WindowBackupClient(ControlSocket.connect(folder)));
        } catch (NoSuchFileException | ConnectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ServiceException("error.backup.windowNoAnswer", e, String.valueOf(e.getMessage()));
        }
    }

    /** Sends the request and waits for the answer, as long as the backup takes. */
    public WindowBackups.Answer ask(WindowBackups.Request request) {
        try {
            byte[] json = StoreJson.MAPPER.writeValueAsBytes(request);
            ByteBuffer out = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
            Arrays.fill(json, (byte) 0);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            Arrays.fill(out.array(), (byte) 0);
            byte[] answer = WindowBackupListener.readLine(channel);
            if (answer.length == 0) {
                throw new IOException("the window closed the connection without an answer");
            }
            return StoreJson.MAPPER.readValue(answer, WindowBackups.Answer.class);
        } catch (IOException e) {
            throw new ServiceException("error.backup.windowNoAnswer", e, String.valueOf(e.getMessage()));
        } finally {
            request.wipe();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was left to say
        }
    }
}
