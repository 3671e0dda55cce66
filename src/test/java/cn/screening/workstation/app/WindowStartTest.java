package cn.screening.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.cli.RootCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WindowStartTest {

    @Test
    void noArgumentsOpenTheWindowOnTheDefaultFolder() {
        assertThat(WindowStart.of()).contains(new WindowStart(RootCommand.DEFAULT_DATA_FOLDER, null));
    }

    @Test
    void theFolderAndLanguageInEitherSpelling() {
        assertThat(WindowStart.of("--data", "/tmp/ws", "--lang", "en")).contains(new WindowStart(Path.of("/tmp/ws"), "en"));
        assertThat(WindowStart.of("--data=/tmp/ws", "--lang=zh")).contains(new WindowStart(Path.of("/tmp/ws"), "zh"));
    }

    @Test
    void anythingElseGoesToTheParser() {
        assertThat(WindowStart.of("sync")).isEmpty();
        assertThat(WindowStart.of("--data", "/tmp/ws", "sync")).isEmpty();
        assertThat(WindowStart.of("--user", "admin")).isEmpty();
        assertThat(WindowStart.of("--help")).isEmpty();
        assertThat(WindowStart.of("--data")).isEmpty();
    }
}
