package cn.screening.workstation.bench;

import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** What every bench shares: its own throwaway workstation folder and login, and how figures are written. */
final class Benches {

    private Benches() {
    }

    static Workspace login(Workstation w, char[] password) {
        LoginResult r = w.login(CaseBench.ADMIN, password);
        if (r instanceof LoginResult.Success s) {
            return s.workspace();
        }
        throw new IllegalStateException("the bench could not log in to its own workstation: " + r);
    }

    /** A throwaway password that meets the policy: nobody types it, the bench logs in with it once. */
    static char[] generatedPassword() {
        SecureRandom random = new SecureRandom();
        String letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder pw = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            pw.append(letters.charAt(random.nextInt(letters.length())));
        }
        pw.append(random.nextInt(10)).append(random.nextInt(10));
        return pw.toString().toCharArray();
    }

    /** CPU time of the whole process (every thread, GC and compiler included); 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mb(rt.totalMemory() - rt.freeMemory());
    }

    static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    static String ms(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Refuses a folder that holds anything: the bench never writes over a real workstation. */
    static boolean prepare(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> s = Files.list(folder)) {
                    if (s.findAny().isPresent()) {
                        throw new IllegalArgumentException("the bench needs an empty folder: " + folder);
                    }
                }
                return false;
            }
            Files.createDirectories(folder);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what the bench wrote: the folder's contents, and the folder if the bench made it. */
    static void delete(Path folder, boolean madeFolder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder) || madeFolder) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
