package cn.screening.workstation.cli;

import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.sync.SyncApi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `enrol --server URL --code CODE`: trades a one-time code for this device's token (an administrator's job). */
@Command(name = "enrol", description = "enrol this workstation with the provincial server (as --user, an administrator)")
final class EnrolCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, description = "the provincial server, e.g. https://sync.example.cn:8443")
    String server;
    @Option(names = "--code", required = true, description = "the one-time code from `server enrol --site C`")
    String code;
    @Option(names = "--device-name", description = "how the server lists this device (default: the computer's name)")
    String deviceName;

    @Override
    public Integer call() {
        CliContext ctx = new CliContext(root);
        return ctx.asUser(spec.commandLine().getErr(), ws -> {
            EnrolResponse r = ctx.services(ws).syncSetup(SyncApi.create(SyncApi.Timeouts.DEFAULT))
                    .enrol(server, code, deviceName != null ? deviceName : computerName());
            spec.commandLine().getOut().println(ctx.texts.get("sync.enrol.done", r.site().code(), server.trim()));
            return 0;
        });
    }

    private String computerName() {
        for (String var : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String v = root.env(var);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "workstation";
    }
}
