package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.AdminRefused;
import cn.screening.workstation.server.Administration;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.store.AdminTokens.AdminToken;
import cn.screening.workstation.server.store.AdminTokens.Issued;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * `server admin-token`: a bearer token for the admin endpoints, printed as the last line, lasting
 * {@code --ttl} (default 12 h); `--list` shows every token without its secret, `--revoke ID` ends one.
 */
@Command(name = "admin-token", description = "make an admin bearer token (printed as the last line; only its hash is kept),"
        + " list the tokens, or revoke one")
final class AdminTokenCommand extends AdminAction {

    @ParentCommand
    ServerCommand server;

    @Option(names = "--ttl", paramLabel = "DURATION", description = "how long a new token lasts: 30m, 2h, 7d (default 12h, at most 90d)")
    String ttl;
    @Option(names = "--list", description = "list the tokens: id, created, expires, state (never the secret)")
    boolean list;
    @Option(names = "--revoke", paramLabel = "ID", description = "revoke the token with this id")
    Long revoke;

    @Override
    ServerCommand server() {
        return server;
    }

    @Override
    int run(ServerServices services, PrintWriter out) {
        if ((list ? 1 : 0) + (revoke != null ? 1 : 0) + (ttl != null ? 1 : 0) > 1) {
            throw new AdminRefused("--ttl、--list、--revoke 只能选一个");
        }
        Administration admin = services.administration();
        if (list) {
            print(admin.adminTokens(), admin.now(), out);
        } else if (revoke != null) {
            AdminToken t = admin.revokeAdminToken(revoke);
            out.println("已吊销管理员令牌 " + t.id() + "（" + at(t.revokedAt()) + "）");
        } else {
            Issued issued = admin.adminToken(ttl == null ? Administration.ADMIN_TOKEN_LIFE : DurationText.parse(ttl));
            out.println("管理员令牌 " + issued.token().id() + "，有效至 " + at(issued.token().expiresAt())
                    + "（请妥善保存，服务器只保存其摘要，无法再次显示）：");
            out.println(issued.secret());
        }
        return 0;
    }

    private static void print(List<AdminToken> tokens, Instant now, PrintWriter out) {
        out.println("编号\t创建时间\t到期时间\t状态");
        for (AdminToken t : tokens) {
            String state = t.revokedAt() != null ? "已吊销" : t.validAt(now) ? "有效" : "已过期";
            out.println(t.id() + "\t" + at(t.createdAt()) + "\t" + at(t.expiresAt()) + "\t" + state);
        }
        if (tokens.isEmpty()) {
            out.println("（没有管理员令牌）");
        }
    }

    private static String at(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
