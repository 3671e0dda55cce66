package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.store.DeviceRegistry.Device;
import java.io.PrintWriter;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `server device list` / `server device revoke --device ID`. */
@Command(name = "device", description = "enrolled devices", subcommands = {DeviceCommand.ListDevices.class, DeviceCommand.Revoke.class})
final class DeviceCommand {

    @ParentCommand
    ServerCommand server;

    @Command(name = "list", description = "list enrolled devices")
    static final class ListDevices extends AdminAction {
        @ParentCommand
        DeviceCommand parent;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            for (Device d : services.administration().devices()) {
                out.printf("%s\t%s\t%s\t%s\t%s%n", d.id(), d.siteCode(), d.name() == null ? "-" : d.name(), d.enrolledAt(),
                        d.revoked() ? "revoked " + d.revokedAt() : "active");
            }
            return 0;
        }
    }

    @Command(name = "revoke", description = "revoke a device's token: it gets 401 token_revoked from then on")
    static final class Revoke extends AdminAction {
        @ParentCommand
        DeviceCommand parent;
        @Option(names = "--device", required = true, description = "the device id")
        UUID device;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            Device d = services.administration().revokeDevice(device);
            out.printf("已吊销设备 %s（机构 %s）%n", d.id(), d.siteCode());
            return 0;
        }
    }
}
