package cn.screening.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The console log set up in code, found by logback as a service; tests keep their logback-test.xml. */
class ConsoleLogTest {

    @Test
    void logbackFindsItAndItDefersToATestConfiguration() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()).toList()).contains(ConsoleLog.class.getName());
        LoggerContext ctx = new LoggerContext();
        // the test class path has logback-test.xml: that file is left to rule
        assertThat(new ConsoleLog().configure(ctx)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void withoutOneWarningsGoToTheConsole() {
        LoggerContext ctx = new LoggerContext();
        assertThat(ConsoleLog.configureConsole(ctx)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("CONSOLE")).isInstanceOf(ConsoleAppender.class);
        assertThat(root.getAppender("CONSOLE").isStarted()).isTrue();
    }
}
