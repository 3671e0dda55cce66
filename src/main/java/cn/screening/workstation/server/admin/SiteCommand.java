package cn.screening.workstation.server.admin;

import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.server.ServerServices;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `server site add` / `server site list`. */
@Command(name = "site", description = "the province's sites", subcommands = {SiteCommand.Add.class, SiteCommand.ListSites.class})
final class SiteCommand {

    @ParentCommand
    ServerCommand server;

    @Command(name = "add", description = "add a township clinic, county hospital, designated hospital or county health bureau")
    static final class Add extends AdminAction {
        @ParentCommand
        SiteCommand parent;
        @Option(names = "--code", required = true, description = "the site's code, e.g. 210727-C")
        String code;
        @Option(names = "--type", required = true, description = "township | county | designated | bureau (县卫生健康局)",
                converter = TypeName.class)
        InstitutionType type;
        @Option(names = "--division", required = true,
                description = "GB/T 2260 code: 9 digits for a township, 6 for a bureau, 6 or 9 otherwise")
        String division;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--parent", description = "the county hospital a township belongs to")
        String parentCode;
        @Option(names = "--level", description = "a designated hospital's level: county (县级) | city (市级)", converter = LevelName.class)
        HospitalLevel level;
        @Option(names = "--diseases", split = ",", description = "the catalogue codes of the diseases a designated hospital treats, comma-separated")
        List<String> diseases;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            SiteInfo site = services.administration().addSite(code, type, division, name, parentCode, level, diseases);
            out.printf("已添加机构 %s %s（%s，区划 %s%s%s%s）%n", site.code(), site.name(), site.type(), site.divisionCode(),
                    site.parentCode() == null ? "" : "，上级 " + site.parentCode(),
                    level == null ? "" : "，" + level.zh(),
                    site.diseases().isEmpty() ? "" : "，病种 " + String.join(",", site.diseases()));
            return 0;
        }
    }

    /** township | county | designated | bureau, in any case, or the Chinese names (乡镇卫生院 … 县卫生健康局). */
    static final class TypeName implements ITypeConverter<InstitutionType> {
        private static final Map<String, InstitutionType> CHINESE = Map.of("乡镇卫生院", InstitutionType.TOWNSHIP,
                "县医院", InstitutionType.COUNTY, "定点医院", InstitutionType.DESIGNATED, "县卫生健康局", InstitutionType.BUREAU);

        @Override
        public InstitutionType convert(String value) {
            String v = value.strip();
            if (CHINESE.containsKey(v)) {
                return CHINESE.get(v);
            }
            try {
                return InstitutionType.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("机构类型须为 township | county | designated | bureau（乡镇卫生院、县医院、定点医院、县卫生健康局）：" + value);
            }
        }
    }

    /** county | city, or 县级 | 市级. */
    static final class LevelName implements ITypeConverter<HospitalLevel> {
        @Override
        public HospitalLevel convert(String value) {
            String v = value.strip();
            for (HospitalLevel l : HospitalLevel.values()) {
                if (l.zh().equals(v) || l.name().equalsIgnoreCase(v)) {
                    return l;
                }
            }
            throw new TypeConversionException("定点医院级别须为 county（县级）或 city（市级）：" + value);
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
                out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s%n", site.code(), site.type(), site.divisionCode(), site.name(),
                        site.parentCode() == null ? "-" : site.parentCode(), site.level() == null ? "-" : site.level(),
                        site.diseases().isEmpty() ? "-" : String.join(",", site.diseases()));
            }
            return 0;
        }
    }
}
