package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.AdminRefused;
import cn.screening.workstation.server.store.StoreTarget;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** Which store a server command works on: an H2 folder (default) or PostgreSQL. */
public final class StoreChoice {

    static final Path DEFAULT_FOLDER = Path.of(System.getProperty("user.home"), ".screening-server");
    /** The options below, which a running server is never sent (it uses its own store). */
    static final Set<String> OPTIONS = Set.of("--data", "--db-url", "--db-user", "--db-password-env");

    @Option(names = "--data", paramLabel = "DIR", description = "folder of the server's H2 file (default: a --data typed before `server`, else ~/.screening-server)")
    Path data;

    @Option(names = "--db-url", paramLabel = "URL", description = "jdbc:postgresql://host:5432/db instead of the H2 folder")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "PostgreSQL user")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VAR", description = "environment variable holding the PostgreSQL password")
    String dbPasswordEnv;

    boolean given() {
        return data != null || dbUrl != null;
    }

    StoreTarget target(UnaryOperator<String> env) {
        if (dbUrl != null) {
            if (data != null) {
                throw new AdminRefused("--data 与 --db-url 只能选一个");
            }
            String password = null;
            if (dbPasswordEnv != null) {
                password = env.apply(dbPasswordEnv);
                if (password == null) {
                    throw new AdminRefused("环境变量 " + dbPasswordEnv + " 未设置（数据库密码）");
                }
            }
            return StoreTarget.postgres(dbUrl, dbUser, password);
        }
        return StoreTarget.h2(data != null ? data : DEFAULT_FOLDER);
    }

    /** The H2 folder chosen, or empty for PostgreSQL. */
    Optional<Path> h2Folder() {
        return dbUrl != null ? Optional.empty() : Optional.of((data != null ? data : DEFAULT_FOLDER).toAbsolutePath());
    }

    /** The H2 folder named by the global --data before `server`. */
    static StoreChoice folder(Path data) {
        StoreChoice c = new StoreChoice();
        c.data = data;
        return c;
    }

    /** This command's choice, or its parent's when it made none. */
    StoreChoice or(StoreChoice parent) {
        return given() || parent == null ? this : parent;
    }
}
