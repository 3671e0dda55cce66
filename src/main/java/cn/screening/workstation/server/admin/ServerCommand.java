package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.AdminRefused;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.server.http.RequestLimits;
import cn.screening.workstation.server.store.ServerStoreException;
import cn.screening.workstation.server.store.StoreInUse;
import cn.screening.workstation.server.store.StoreTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `server`: runs the reference provincial server until stopped; its sub-commands administer it. */
@Command(name = "server", description = "run the reference provincial server (H2 folder or PostgreSQL)",
        subcommands = {SiteCommand.class, EnrolCommand.class, AdminTokenCommand.class, DeviceCommand.class, SettingCommand.class,
                ReportAdminCommand.class, AuditAlarmCommand.class})
public final class ServerCommand implements Callable<Integer> {

    static final int EXIT_REFUSED = 2;
    static final int EXIT_FAILED = 3;
    static final int POOL_SIZE = 16;

    @ParentCommand
    Environment root;
    @Spec
    CommandSpec spec;
    @Mixin
    StoreChoice store;

    @Option(names = "--port", defaultValue = "8443", description = "port to listen on; 0 picks a free one (default ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to bind (default ${DEFAULT-VALUE})")
    String host;
    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "PKCS12 keystore: serve HTTPS")
    Path keystore;
    @Option(names = "--tls-keystore-password-env", paramLabel = "VAR", description = "environment variable holding the keystore password")
    String keystorePasswordEnv;
    @Option(names = "--max-body-mb", defaultValue = "8", description = "largest request body, before and after gzip (default ${DEFAULT-VALUE} MB)")
    int maxBodyMb;
    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "close a connection, or a body read, silent this long (default ${DEFAULT-VALUE})")
    String idleTimeout;
    @Option(names = "--min-body-rate", paramLabel = "BYTES_PER_S", defaultValue = "1024",
            description = "cut off a request body arriving slower than this on average, 0 for no minimum (default ${DEFAULT-VALUE})")
    long minBodyRate;
    @Option(names = "--max-threads", defaultValue = "200", description = "request threads at most (default ${DEFAULT-VALUE})")
    int maxThreads;
    @Option(names = "--max-open-enrols", defaultValue = "16",
            description = "enrolment bodies read at once; more are answered 503 (default ${DEFAULT-VALUE})")
    int maxOpenEnrols;
    @Option(names = "--enrol-read-time", paramLabel = "DURATION", defaultValue = "10s",
            description = "longest an enrolment body may take to arrive (default ${DEFAULT-VALUE})")
    String enrolReadTime;
    @Option(names = "--enrol-per-minute", defaultValue = "10",
            description = "enrolments per client address per minute; more are answered 429 (default ${DEFAULT-VALUE})")
    int enrolsPerMinute;
    @Option(names = "--bad-tokens-per-minute", defaultValue = "30",
            description = "refused tokens per client address per minute; more are answered 429 (default ${DEFAULT-VALUE})")
    int badTokensPerMinute;
    @Option(names = "--behind-proxy", description = "take the client address from X-Forwarded-For/Forwarded (only behind a trusted proxy)")
    boolean behindProxy;

    /** Set when a running server runs an admin command sent to its local admin endpoint: its own open store. */
    ServerServices hosted;

    @Override
    public Integer call() {
        return run(spec, () -> {
            if (hosted != null) {
                throw new AdminRefused("服务器已在运行：请给出要执行的管理命令");
            }
            HttpOptions http = HttpOptions.plain(host, port).withMaxBody(maxBodyMb * 1024L * 1024L).withLimits(limits());
            if (keystore != null) {
                if (!Files.isReadable(keystore)) {
                    throw new AdminRefused("无法读取密钥库：" + keystore);
                }
                String pw = keystorePasswordEnv == null ? null : root.env(keystorePasswordEnv);
                if (pw == null) {
                    throw new AdminRefused("请用 --tls-keystore-password-env 指定存放密钥库密码的环境变量");
                }
                http = http.withTls(keystore, pw.toCharArray());
            }
            StoreTarget target = chosen(store, null, root).target(root::env);
            ServerServices services = ServerServices.open(target, POOL_SIZE, Clock.systemUTC());
            ApiServer api;
            LocalAdmin local;
            try {
                api = ApiServer.start(services, http);
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
            try {
                // on an H2 folder the server holds the file: admin commands reach it through its own listener
                local = target.h2Folder().isPresent() ? LocalAdmin.serve(api, http, target.h2Folder().get(), services) : null;
            } catch (RuntimeException | IOException e) {
                api.close();
                services.close();
                throw e;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (local != null) {
                    local.close();
                }
                api.close();
                services.close();
                stopped.countDown();
            }, "server-shutdown"));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("provincial server listening on %s://%s:%d%s%n", keystore != null ? "https" : "http", host, api.port(),
                    ApiServer.BASE);
            out.flush();
            stopped.await();
            return 0;
        });
    }

    /**
     * Runs one admin command: on the running server's store when hosted; else sent to the server
     * running on the H2 folder, if one answers there; else on the store opened for it alone.
     */
    static int withServices(CommandSpec spec, ServerCommand server, StoreChoice own, List<String> forwarded, ServicesBody body) {
        PrintWriter out = spec.commandLine().getOut();
        return run(spec, () -> {
            if (server.hosted != null) {
                return body.run(server.hosted, out);
            }
            StoreChoice choice = chosen(own, server.store, server.root);
            Optional<Path> folder = choice.h2Folder();
            if (folder.isPresent()) {
                OptionalInt remote = LocalAdmin.forward(folder.get(), forwarded, out, spec.commandLine().getErr());
                if (remote.isPresent()) {
                    return remote.getAsInt();
                }
            }
            try (ServerServices services = ServerServices.open(choice.target(server.root::env), 2, Clock.systemUTC())) {
                return body.run(services, out);
            } catch (StoreInUse e) {
                throw new AdminRefused("数据文件正被另一个进程使用，但没有联系上在此文件夹运行的服务器：若服务器正在启动，请稍后重试");
            }
        });
    }

    private RequestLimits limits() {
        return new RequestLimits(DurationText.parse(idleTimeout), minBodyRate, maxThreads, maxOpenEnrols,
                DurationText.parse(enrolReadTime), enrolsPerMinute, badTokensPerMinute, behindProxy);
    }

    /** Runs the admin command {@code args} (as after `server`) on a running server's open store. */
    static int runHosted(ServerServices services, List<String> args, PrintWriter out, PrintWriter err) {
        ServerCommand server = new ServerCommand();
        server.hosted = services;
        CommandLine cl = new CommandLine(server);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args.toArray(String[]::new));
    }

    /**
     * The store named by this command, else by `server`, else by a global --data before `server`
     * (never silently the default folder when the operator typed one). With --db-url it is refused.
     */
    static StoreChoice chosen(StoreChoice own, StoreChoice parent, Environment root) {
        StoreChoice choice = own.or(parent);
        Path global = root.dataOption();
        if (global == null || choice.data != null) {
            return choice;
        }
        if (choice.dbUrl != null) {
            throw new AdminRefused("--data 与 --db-url 只能选一个（写在 server 之前的 --data 也算）");
        }
        return StoreChoice.folder(global);
    }

    /** Turns refusals into a sentence on stderr and exit 2, store failures into exit 3. */
    static int run(CommandSpec spec, Body body) {
        try {
            return body.run();
        } catch (AdminRefused | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return EXIT_REFUSED;
        } catch (ServerStoreException e) {
            spec.commandLine().getErr().println("服务器数据库出错：" + e.getMessage());
            return EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            spec.commandLine().getErr().println("失败：" + e);
            return EXIT_FAILED;
        }
    }

    @FunctionalInterface
    interface Body {
        int run() throws Exception;
    }

    @FunctionalInterface
    interface ServicesBody {
        int run(ServerServices services, PrintWriter out);
    }
}
