package cn.screening.workstation.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK-AES files are H2's encrypted files: each side opens what the other wrote, and nothing readable is on disk. */
class EncryptedFilesTest {

    private static final String SECRET = "3f9a0c1b7d2e4f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718";
    private static final String SETTINGS = ";WRITE_DELAY=0";

    @TempDir
    Path dir;

    @Test
    void h2AndTheJdkCipherReadEachOthersFiles() throws Exception {
        Path file = dir.resolve("store");
        String h2Url = "jdbc:h2:file:" + file + ";CIPHER=AES" + SETTINGS;
        try (Connection c = DriverManager.getConnection(h2Url, "sa", SECRET + " pw"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id UUID PRIMARY KEY, name VARCHAR(100), n INT)");
            insert(c, 0, 3000, "王伟");
        }
        EncryptedFiles.unlock(file, SECRET);
        try (Connection c = DriverManager.getConnection(EncryptedFiles.url(file, SETTINGS), "sa", "pw")) {
            assertThat(count(c, "王伟")).isEqualTo(3000);
            insert(c, 3000, 6000, "李娜");
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE t SET name = '张敏' WHERE n < 100");
            }
        }
        try (Connection c = DriverManager.getConnection(h2Url, "sa", SECRET + " pw")) {
            assertThat(count(c, "王伟")).isEqualTo(2900);
            assertThat(count(c, "李娜")).isEqualTo(3000);
            assertThat(count(c, "张敏")).isEqualTo(100);
        }
        byte[] raw = Files.readAllBytes(dir.resolve("store.mv.db"));
        assertThat(new String(raw, 0, 10, StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt\n");
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("李娜").doesNotContain("CREATE");
    }

    @Test
    void aStoreMadeHereSurvivesCompactionAndRefusesAnotherSecret() throws Exception {
        Path file = dir.resolve("fresh");
        EncryptedFiles.unlock(file, SECRET);
        try (Connection c = DriverManager.getConnection(EncryptedFiles.url(file, SETTINGS), "sa", "pw"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id UUID PRIMARY KEY, name VARCHAR(100), n INT)");
            insert(c, 0, 5000, "王伟");
            st.execute("DELETE FROM t WHERE n % 2 = 0");
            st.execute("SHUTDOWN COMPACT");
        }
        try (Connection c = DriverManager.getConnection(EncryptedFiles.url(file, SETTINGS), "sa", "pw")) {
            assertThat(count(c, "王伟")).isEqualTo(2500);
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + file + ";CIPHER=AES" + SETTINGS, "sa",
                SECRET.replace('3', '4') + " pw").close()).isInstanceOf(SQLException.class);
        EncryptedFiles.unlock(dir.resolve("other"), SECRET);
        assertThatThrownBy(() -> DriverManager.getConnection(EncryptedFiles.url(dir.resolve("unknown"), SETTINGS), "sa", "pw").close())
                .isInstanceOf(SQLException.class);
    }

    private static void insert(Connection c, int from, int to, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
            for (int i = from; i < to; i++) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, name);
                ps.setInt(3, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int count(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM t WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
