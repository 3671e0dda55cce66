package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.store.AuditHeads.Alarm;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `server audit alarms`: workstations whose pushed audit chain head did not extend the one before. */
@Command(name = "audit", description = "workstation audit chains", subcommands = AuditAlarmCommand.Alarms.class)
final class AuditAlarmCommand {

    @ParentCommand
    ServerCommand server;

    @Command(name = "alarms", description = "list alarms of rewritten workstation audit histories, newest first")
    static final class Alarms extends AdminAction {
        @ParentCommand
        AuditAlarmCommand parent;
        @Option(names = "--limit", defaultValue = "100", description = "at most this many (default 100)")
        int limit;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            var alarms = services.auditAlarms(Math.max(1, limit));
            if (alarms.isEmpty()) {
                out.println("无审计告警");
            }
            for (Alarm a : alarms) {
                out.printf("%d\t%s\t%s\t%s\t本机审计记录与服务器记录不一致：服务器所存第 %d 条链值 %s，设备现为 %s（新链头第 %d 条）%n",
                        a.id(), a.raisedAt(), a.siteCode(), a.deviceId(), a.knownChainNo(), shortHash(a.knownHash()),
                        a.vouchedHash() == null ? "无此条" : shortHash(a.vouchedHash()), a.newChainNo());
            }
            return 0;
        }

        private static String shortHash(String h) {
            return h.substring(0, 12);
        }
    }
}
