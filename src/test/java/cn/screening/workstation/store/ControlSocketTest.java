package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's control socket (decision 0024): owner-only, removed on close, a killed window's replaced. */
class ControlSocketTest {

    @TempDir
    Path dir;

    @Test
    void theSocketIsTheOwnersAloneAndGoesWithTheWindow() throws Exception {
        Path folder = OwnerOnly.folder(dir.resolve("site"));
        Path socket;
        try (ControlSocket.Bound bound = ControlSocket.bind(folder)) {
            socket = bound.socket();
            assertThat(socket).isEqualTo(folder.toAbsolutePath().resolve(ControlSocket.SOCKET));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
            try (SocketChannel c = ControlSocket.connect(folder)) {
                assertThat(c.isConnected()).isTrue();
            }
        }
        assertThat(socket).doesNotExist();
        assertThatThrownBy(() -> ControlSocket.connect(folder)).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void aKilledWindowsSocketRefusesTheCommandLineAndIsReplacedAtTheNextStart() throws Exception {
        Path folder = OwnerOnly.folder(dir.resolve("site"));
        ControlSocket.Bound killed = ControlSocket.bind(folder);
        killed.channel().close(); // as SIGKILL leaves it: the file stays, nobody listens
        assertThat(killed.socket()).exists();
        assertThatThrownBy(() -> ControlSocket.connect(folder)).isInstanceOf(ConnectException.class);

        try (ControlSocket.Bound next = ControlSocket.bind(folder); SocketChannel c = ControlSocket.connect(folder)) {
            assertThat(c.isConnected()).isTrue();
        }
    }

    @Test
    void aFolderTooLongForASocketAddressGetsAPrivateTempFolderNamedInAPointerFile() throws Exception {
        Path folder = OwnerOnly.folder(dir.resolve("x".repeat(ControlSocket.MAX_ADDRESS_BYTES)));
        ControlSocket.Bound killed = ControlSocket.bind(folder);
        Path first = killed.socket();
        assertThat(ControlSocket.tooLong(folder.toAbsolutePath().resolve(ControlSocket.SOCKET))).isTrue();
        assertThat(first.startsWith(folder)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
        Path pointer = folder.resolve(ControlSocket.POINTER);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pointer))).isEqualTo("rw-------");
        assertThat(ControlSocket.address(folder)).isEqualTo(first);
        killed.channel().close();

        try (ControlSocket.Bound next = ControlSocket.bind(folder)) {
            assertThat(first.getParent()).as("the killed window's private folder").doesNotExist();
            try (SocketChannel c = ControlSocket.connect(folder)) {
                assertThat(c.isConnected()).isTrue();
            }
            first = next.socket();
        }
        assertThat(first).doesNotExist();
        assertThat(first.getParent()).doesNotExist();
        assertThat(pointer).doesNotExist();
    }
}
