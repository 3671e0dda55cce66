package cn.screening.workstation.cli;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.SiteCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `setup`: the headless first start (the wizard's equivalent). */
@Command(name = "setup", description = "first start: institution, place, name and the first administrator")
final class SetupCommand implements Callable<Integer> {

    enum SiteType { township, county, designated, bureau }

    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--type", required = true, description = "township | county | designated | bureau (县卫生健康局)")
    SiteType type;
    @Option(names = "--division", required = true, description = "GB/T 2260 code of the place (9 digits for a township, 6 for a county)")
    String division;
    @Option(names = "--name", required = true, description = "the institution's name")
    String name;
    @Option(names = "--admin", required = true, description = "user name of the first administrator")
    String admin;
    @Option(names = "--admin-name", description = "the administrator's full name (default: the user name)")
    String adminName;
    @Option(names = "--site-code", description = "the site code the provincial server knows (default: derived from the division)")
    String siteCode;

    @Override
    public Integer call() {
        CliContext ctx = new CliContext(root);
        return ctx.run(spec.commandLine().getErr(), () -> {
            InstitutionType institution = InstitutionType.valueOf(type.name().toUpperCase());
            String code = SiteCodes.check(institution, division, ctx.rules().divisions());
            SiteProfile site = new SiteProfile(siteCode != null ? siteCode : SiteCodes.derive(institution, code), institution,
                    code, requireName(name));
            ctx.workstation.setUp(site, admin, adminName != null ? adminName : admin,
                    ctx.password(CliContext.PASSWORD_ENV, "cli.password.newAdmin"));
            spec.commandLine().getOut().println(ctx.texts.get("cli.setup.done", site.name(), site.siteCode(), admin));
            return 0;
        });
    }

    private static String requireName(String n) {
        if (n == null || n.isBlank()) {
            throw new ServiceException("cli.setup.nameRequired");
        }
        return n.trim();
    }
}
