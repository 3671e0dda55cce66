package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.ServerServices;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** `server admin-token`: a bearer token for the admin endpoints, printed as the last line. */
@Command(name = "admin-token", description = "make an admin bearer token (printed as the last line; only its hash is kept)")
final class AdminTokenCommand extends AdminAction {

    @ParentCommand
    ServerCommand server;

    @Override
    ServerCommand server() {
        return server;
    }

    @Override
    int run(ServerServices services, PrintWriter out) {
        String token = services.administration().adminToken();
        out.println("管理员令牌（请妥善保存，服务器只保存其摘要，无法再次显示）：");
        out.println(token);
        return 0;
    }
}
