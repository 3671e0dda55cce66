package cn.screening.workstation.server.admin;

import cn.screening.workstation.server.ServerServices;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
        ServerCommand s = server();
        return ServerCommand.withServices(spec, s.root, store, s.store, this::run);
    }
}
