package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.Administration;
import cn.screening.workstation.server.ServerServices;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `server enrol --site C`: a one-time enrolment code for one device of the site, printed as the last line. */
@Command(name = "enrol", description = "make a one-time enrolment code for a device of a site (printed as the last line)")
final class EnrolCommand extends AdminAction {

    @ParentCommand
    ServerCommand server;
    @Option(names = "--site", required = true, description = "the site's code")
    String site;

    @Override
    ServerCommand server() {
        return server;
    }

    @Override
    int run(ServerServices services, PrintWriter out) {
        String code = services.administration().enrolmentCode(site);
        out.printf("机构 %s 的一次性注册码（%d 天内有效，只能用一次）：%n", site, Administration.CODE_VALIDITY.toDays());
        out.println(code);
        return 0;
    }
}
