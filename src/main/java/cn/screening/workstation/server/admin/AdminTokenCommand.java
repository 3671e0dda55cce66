package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.store.AdminTokens.AdminToken;
import cn.screening.workstation.server.store.AdminTokens.Issued;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhd])");

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
            Issued issued = admin.adminToken(ttl == null ? Administration.ADMIN_TOKEN_LIFE : duration(ttl));
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

    /** 30m, 2h, 7d, 90s, or ISO-8601 (PT2H). */
    static Duration duration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new AdminRefused("无法识别的有效期：" + text + "（例如 30m、2h、7d）");
        }
    }
}
