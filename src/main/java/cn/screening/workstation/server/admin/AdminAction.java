package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.ServerServices;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** One administrative command: opens the store it names (or the `server` command's), runs, closes it. */
abstract class AdminAction implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreChoice store;

    /** The `server` command this one runs under. */
    abstract ServerCommand server();

    abstract int run(ServerServices services, PrintWriter out);

    @Override
    public final Integer call() {
        return ServerCommand.withServices(spec, server(), store, forwarded(), this::run);
    }

    /** This command as typed after `server`, without the store options: what a running server is sent. */
    private List<String> forwarded() {
        List<String> args = new ArrayList<>();
        for (CommandSpec c = spec; c != null && !(c.userObject() instanceof ServerCommand); c = c.parent()) {
            args.add(0, c.name());
        }
        ParseResult parsed = spec.commandLine().getParseResult();
        for (OptionSpec o : parsed.matchedOptions()) {
            if (StoreChoice.OPTIONS.contains(o.longestName())) {
                continue;
            }
            if (o.arity().max() == 0) {
                args.add(o.longestName());
            }
            for (String value : o.arity().max() == 0 ? List.<String>of() : o.originalStringValues()) {
                args.add(o.longestName());
                args.add(value);
            }
        }
        for (PositionalParamSpec p : parsed.matchedPositionals()) {
            args.addAll(p.originalStringValues());
        }
        return args;
    }
}
