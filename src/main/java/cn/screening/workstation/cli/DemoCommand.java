package cn.screening.workstation.cli;

import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.server.store.StoreInUse;
import cn.screening.workstation.server.store.StoreTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `demo --dir D`: a province on this computer. The first run starts the server on a free loopback port,
 * sets up a county hospital, a township clinic, a designated hospital and a county health bureau with
 * the sample lists, and prints how to open each window with which account; later runs on the same
 * folder start the same server again and print the same guide.
 */
@Command(name = "demo", description = "a whole province on this computer: the server and four set-up sites with the sample data")
final class DemoCommand implements Callable<Integer> {

    static final String GUIDE = "demo-guide.txt";
    private static final String PORT_FILE = "demo-port";

    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, description = "the demonstration's folder (new and empty the first time)")
    Path dir;
    @Option(names = "--port", defaultValue = "0", description = "the server's port the first time; 0 picks a free one (default)")
    int port;
    @Option(names = "--setup-only", description = "set up, print the guide and stop, without keeping the server running")
    boolean setupOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean fresh = !Files.exists(dir.resolve(GUIDE));
        if (fresh && !emptyOrMissing(dir)) {
            err.println("演示目录不是空的，也不是以前的演示目录：请换一个新目录 / The folder is neither empty nor an earlier demonstration: " + dir);
            return CliContext.EXIT_REFUSED;
        }
        ServerServices services;
        try {
            services = ServerServices.open(StoreTarget.h2(dir.resolve("server")), 8, Clock.systemUTC());
        } catch (StoreInUse e) {
            err.println("这个演示目录的服务器已在运行 / The demonstration's server is already running: " + dir);
            return CliContext.EXIT_REFUSED;
        }
        ApiServer api = null;
        try {
            Path samples = dir.resolve("samples");
            if (fresh) {
                DemoSamples.copyTo(samples);
                DemoSamples.addSites(services.administration(), samples);
            }
            api = ApiServer.start(services, HttpOptions.plain("127.0.0.1", fresh ? port : savedPort()));
            String url = "http://127.0.0.1:" + api.port();
            if (fresh) {
                DemoStations stations = new DemoStations(dir, url, services.administration());
                String guide = new DemoGuide(dir, url, launcher()).text(stations.setUp(samples), stations.warnings());
                write(dir.resolve(PORT_FILE), Integer.toString(api.port()));
                write(dir.resolve(GUIDE), guide);
            }
            out.print(read(dir.resolve(GUIDE)));
            out.flush();
        } catch (RuntimeException e) {
            close(api, services);
            err.println("演示未能建成 / The demonstration could not be set up: " + e.getMessage());
            return CliContext.EXIT_FAILED;
        }
        if (setupOnly) {
            close(api, services);
            return 0;
        }
        serveUntilStopped(api, services, out);
        return 0;
    }

    private static void serveUntilStopped(ApiServer api, ServerServices services, PrintWriter out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(api, services);
            stopped.countDown();
        }, "demo-shutdown"));
        out.println("演示服务器运行中，按 Ctrl+C 停止 / The demonstration's server runs until Ctrl+C");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How a user starts this same program: the jar it runs from, else its main class. */
    private static String launcher() {
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toString().endsWith(".jar") ? "java -jar " + code : "java -cp <class path> cn.screening.workstation.app.Main";
        } catch (Exception e) {
            return "java -jar screening-workstation.jar";
        }
    }

    private int savedPort() {
        return Integer.parseInt(read(dir.resolve(PORT_FILE)).strip());
    }

    private static void close(ApiServer api, ServerServices services) {
        if (api != null) {
            api.close();
        }
        services.close();
    }

    private static boolean emptyOrMissing(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                // the guide holds the accounts' passwords: the owner's only
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
