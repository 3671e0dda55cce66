package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `server` as an operator types it: the global --data, --help, and the order options come in. */
class ServerOptionsCommandLineTest {

    @TempDir
    Path dir;
    final HeadlessCli cli = new HeadlessCli();
    final Map<String, String> env = cli.env;
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;

    int run(String... args) {
        return cli.run(args);
    }

    static boolean hasFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }

    @Test
    void aGlobalDataFolderBeforeServerIsTheServersFolder() throws Exception {
        Path global = dir.resolve("global");
        assertThat(run("--data", global.toString(), "server", "site", "add", "--code", "210727-C", "--type", "county",
                "--division", "210727", "--name", "义县人民医院")).as(err.toString()).isZero();
        assertThat(hasFiles(global)).as("the server's store is in the folder given before `server`").isTrue();

        // the same folder named the server's own way sees the same site
        assertThat(run("server", "--data", global.toString(), "site", "list")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("210727-C");

        // the server's own --data wins over the global one
        Path own = dir.resolve("own");
        assertThat(run("--data", global.toString(), "server", "--data", own.toString(), "site", "list")).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("210727-C");
        assertThat(hasFiles(own)).isTrue();
    }

    @Test
    void aGlobalDataFolderWithPostgresIsRefusedNotIgnored() throws Exception {
        Path global = dir.resolve("global");
        assertThat(run("--data", global.toString(), "server", "--db-url", "jdbc:postgresql://127.0.0.1:1/none", "site", "list"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--data").contains("--db-url");
        assertThat(hasFiles(global)).isFalse();
    }

    @Test
    void serverHelpPrintsItsOptionsAndCommands() {
        assertThat(run("server", "--help")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Usage:").contains("--port").contains("--data").contains("--db-url")
                .contains("site").contains("enrol").contains("admin-token");

        assertThat(run("server", "site", "add", "--help")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("--code").contains("--division");

        assertThat(run("user", "add", "--help")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("--role");
    }
}
