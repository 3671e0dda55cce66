package cn.screening.workstation.server.admin;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `server admin-token`: a bearer token for the admin endpoints, printed as the last line. */
@Command(name = "admin-token", description = "make an admin bearer token (printed as the last line; only its hash is kept)")
final class AdminTokenCommand implements Callable<Integer> {

    @ParentCommand
    ServerCommand server;
    @Spec
    CommandSpec spec;
    @Mixin
    StoreChoice store;

    @Override
    public Integer call() {
        return ServerCommand.withServices(spec, server.root, store, server.store, (services, out) -> {
            String token = services.administration().adminToken();
            out.println("管理员令牌（请妥善保存，服务器只保存其摘要，无法再次显示）：");
            out.println(token);
            return 0;
        });
    }
}
