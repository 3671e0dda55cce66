package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `demo --dir D` as a newcomer runs it: the real program in its own JVM sets up the province and keeps
 * its server running; the printed accounts then work, the windows' stores sync with that server, and
 * the county health bureau sees the county's whole sample ledger. A second run on the folder resumes it.
 */
@Tag("slow")
class DemoCommandTest {

    private static final Pattern ACCOUNT = Pattern.compile("用户 (\\S+)\\s+密码 (\\S+)");

    @TempDir
    Path dir;
    final HeadlessCli cli = new HeadlessCli();

    @Test
    void oneCommandSetsUpTheWholeLoopAndItsAccountsWork() throws Exception {
        Path demo = dir.resolve("demo");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "cn.screening.workstation.app.Main",
                "demo", "--dir", demo.toString()).redirectErrorStream(true).start();
        List<String> printed = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(printed::add);
            } catch (java.io.IOException e) {
                printed.add("read failed: " + e);
            }
        });
        reader.start();
        try {
            await().atMost(Duration.ofMinutes(3)).until(() -> printed.stream().anyMatch(l -> l.contains("Ctrl+C")) || !process.isAlive());
            assertThat(process.isAlive()).as("the demonstration keeps serving: %s", printed).isTrue();
            String guide = String.join("\n", printed);
            assertThat(guide).contains("义县人民医院", "刘龙台镇卫生院", "锦州市中心医院", "义县卫生健康局", "--data " + demo.resolve("county"));
            assertThat(Files.readString(demo.resolve(DemoCommand.GUIDE))).isEqualTo(guide.substring(0, guide.lastIndexOf("演示服务器运行中")));

            // the township's doctor, with the printed password, syncs with the running server
            cli.env.put(CliContext.PASSWORD_ENV, password(guide, "刘龙台镇卫生院", "doctor"));
            assertThat(cli.run("--data", demo.resolve("township").toString(), "--user", "doctor", "sync")).as(cli.err.toString()).isZero();

            // the bureau has pulled every ledger row of the county's sample settlement list
            cli.env.put(CliContext.PASSWORD_ENV, password(guide, "义县卫生健康局", "officer"));
            Path ledger = dir.resolve("bureau-ledger.csv");
            assertThat(cli.run("--data", demo.resolve("bureau").toString(), "--user", "officer", "export", "ledger", "--out",
                    ledger.toString())).as(cli.err.toString()).isZero();
            assertThat(cli.out.toString()).contains("rows=323");
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
        }

        // run again: the same province comes back with the same guide, nothing set up twice
        String first = Files.readString(demo.resolve(DemoCommand.GUIDE));
        assertThat(cli.run("demo", "--dir", demo.toString(), "--setup-only")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).isEqualTo(first);
        assertThat(Files.readString(demo.resolve(DemoCommand.GUIDE))).isEqualTo(first);
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(cli.run("demo", "--dir", dir.toString(), "--setup-only")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(cli.err.toString()).contains("演示目录不是空的");
        assertThat(dir.resolve("server")).doesNotExist();
    }

    /** The password printed for {@code user} under the site named {@code site}. */
    private static String password(String guide, String site, String user) {
        String block = guide.substring(guide.indexOf(site + " · "));
        Matcher m = ACCOUNT.matcher(block);
        while (m.find()) {
            if (m.group(1).equals(user)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no password for " + user + " at " + site);
    }
}
