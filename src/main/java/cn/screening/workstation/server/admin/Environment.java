package cn.screening.workstation.server.admin;

/**
 * Where secrets come from (database and keystore passwords are named by variable, never given as
 * arguments): the process environment, or a map in tests. The root command provides it.
 */
@FunctionalInterface
public interface Environment {
    String env(String name);

    /** The global --data typed before `server`, or null when none was. */
    default java.nio.file.Path dataOption() {
        return null;
    }
}
