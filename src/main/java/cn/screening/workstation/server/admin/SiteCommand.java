package cn.screening.workstation.server.admin;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.server.ServerServices;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `server site add` / `server site list`. */
@Command(name = "site", description = "the province's sites", subcommands = {SiteCommand.Add.class, SiteCommand.ListSites.class})
final class SiteCommand {

    @ParentCommand
    ServerCommand server;

    @Command(name = "add", description = "add a township clinic, county hospital or designated hospital")
    static final class Add extends AdminAction {
        @ParentCommand
        SiteCommand parent;
        @Option(names = "--code", required = true, description = "the site's code, e.g. 210727-C")
        String code;
        @Option(names = "--type", required = true, description = "township | county | designated")
        InstitutionType type;
        @Option(names = "--division", required = true, description = "GB/T 2260 code: 9 digits for a township, 6 or 9 otherwise")
        String division;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--parent", description = "the county hospital a township belongs to")
        String parentCode;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            SiteInfo site = services.administration().addSite(code, type, division, name, parentCode);
            out.printf("已添加机构 %s %s（%s，区划 %s%s）%n", site.code(), site.name(), site.type(), site.divisionCode(),
                    site.parentCode() == null ? "" : "，上级 " + site.parentCode());
            return 0;
        }
    }

    @Command(name = "list", description = "list the sites")
    static final class ListSites extends AdminAction {
        @ParentCommand
        SiteCommand parent;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            for (SiteInfo site : services.administration().sites()) {
                out.printf("%s\t%s\t%s\t%s\t%s%n", site.code(), site.type(), site.divisionCode(), site.name(),
                        site.parentCode() == null ? "-" : site.parentCode());
            }
            return 0;
        }
    }
}
