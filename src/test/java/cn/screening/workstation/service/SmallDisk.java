package cn.screening.workstation.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small or read-only disk for tests: a tmpfs mounted on a folder. Works as root (CI runs as root, where
 * chmod stops nothing); elsewhere the test is skipped with the reason, never faked.
 */
final class SmallDisk implements AutoCloseable {

    private final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    static SmallDisk mount(Path dir, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString());
        Assumptions.assumeTrue(mounted, "mounting a tmpfs needs root (or CAP_SYS_ADMIN): the full and read-only disk tests are skipped");
        return new SmallDisk(dir);
    }

    Path dir() {
        return dir;
    }

    void readOnly() throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,ro", dir.toString())) {
            throw new IllegalStateException("could not make " + dir + " read-only");
        }
    }

    void resize(int megabytes) throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,size=" + megabytes + "m", dir.toString())) {
            throw new IllegalStateException("could not resize " + dir);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", dir.toString());
    }

    private static boolean run(String... cmd) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
