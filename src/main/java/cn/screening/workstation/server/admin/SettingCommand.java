package cn.screening.workstation.server.admin;

import cn.screening.workstation.protocol.SettingInfo;
import cn.screening.workstation.server.ServerServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `server setting set --key K --value V` / `server setting list`: the provincial settings every device pulls. */
@Command(name = "setting", description = "provincial settings every workstation pulls",
        subcommands = {SettingCommand.Set.class, SettingCommand.ListSettings.class})
final class SettingCommand {

    @ParentCommand
    ServerCommand server;

    @Command(name = "set", description = "publish a new value; every workstation takes it with its next pull")
    static final class Set extends AdminAction {
        @ParentCommand
        SettingCommand parent;
        @Option(names = "--key", required = true, description = "the setting, e.g. diseaseListSchedule (see `server setting list`)")
        String key;
        @Option(names = "--value", required = true, description = "a number (4, 7.5) or text (21@2017-01-01;25@2019-12-31)")
        String value;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            boolean changed = services.administration().setSetting(key.strip(), parse(value));
            out.printf(changed ? "已发布设置 %s = %s，各工作站下次同步时生效%n" : "设置 %s 已是 %s，未改变%n", key.strip(), value.strip());
            return 0;
        }
    }

    @Command(name = "list", description = "list the settings as published")
    static final class ListSettings extends AdminAction {
        @ParentCommand
        SettingCommand parent;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            for (SettingInfo s : services.administration().settings()) {
                out.printf("%s\t%s\t%s%n", s.key(), s.value().isTextual() ? s.value().asText() : s.value().toString(),
                        s.description() == null ? "" : s.description());
            }
            return 0;
        }
    }

    /** A number stays a number (4, 7.5, -1); any other text is a string. */
    static JsonNode parse(String value) {
        String v = value.strip();
        if (v.matches("-?\\d+(\\.\\d+)?")) {
            BigDecimal n = new BigDecimal(v);
            if (n.scale() > 0) {
                return JsonNodeFactory.instance.numberNode(n);
            }
            // as the seeded settings are stored, so publishing the same whole number again changes nothing
            int bits = n.toBigInteger().bitLength();
            return bits < 32 ? JsonNodeFactory.instance.numberNode(n.intValue())
                    : bits < 64 ? JsonNodeFactory.instance.numberNode(n.longValue()) : JsonNodeFactory.instance.numberNode(n.toBigInteger());
        }
        return JsonNodeFactory.instance.textNode(v);
    }
}
