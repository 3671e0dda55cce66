package cn.screening.workstation.server.admin;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `server enrol --site C`: a one-time enrolment code for one device of the site, printed as the last line. */
@Command(name = "enrol", description = "make a one-time enrolment code for a device of a site (printed as the last line)")
final class EnrolCommand implements Callable<Integer> {

    @ParentCommand
    ServerCommand server;
    @Spec
    CommandSpec spec;
    @Mixin
    StoreChoice store;
    @Option(names = "--site", required = true, description = "the site's code")
    String site;

    @Override
    public Integer call() {
        return ServerCommand.withServices(spec, server.root, store, server.store, (services, out) -> {
            String code = services.administration().enrolmentCode(site);
            out.printf("机构 %s 的一次性注册码（%d 天内有效，只能用一次）：%n", site, Administration.CODE_VALIDITY.toDays());
            out.println(code);
            return 0;
        });
    }
}
