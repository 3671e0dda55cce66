package cn.screening.workstation.app;

import cn.screening.workstation.cli.RootCommand;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plain start of the window: no arguments, or only {@code --data} and {@code --lang}. Recognised
 * without building the command tree, which costs about 0.3 s of a 2 s start on an old PC; anything
 * else (a sub-command, {@code --help}, a mistake) goes to the command line parser.
 */
record WindowStart(Path dataFolder, String language) {

    static Optional<WindowStart> of(String... args) {
        Path data = null;
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            switch (name) {
                case "--data" -> data = Path.of(value);
                case "--lang" -> lang = value;
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new WindowStart(data != null ? data : RootCommand.DEFAULT_DATA_FOLDER, lang));
    }
}
