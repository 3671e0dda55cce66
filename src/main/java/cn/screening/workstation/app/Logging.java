package cn.screening.workstation.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import cn.screening.workstation.store.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends the app's log to logs/ in its data folder (kept 30 days, 50 MB at most), so a support call can
 * read it. The folder and each log file are the owner's alone, as everything in the data folder.
 */
public final class Logging {

    private Logging() {
    }

    /** Adds the log file to the root logger (at INFO) and answers the appender, which a caller may detach and stop. */
    public static RollingFileAppender<ILoggingEvent> toFolder(Path dataFolder) {
        OwnerOnly.folder(dataFolder.resolve("logs"));
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
        encoder.start();
        RollingFileAppender<ILoggingEvent> file = new OwnerOnlyFileAppender();
        file.setContext(ctx);
        file.setName("FILE");
        file.setFile(dataFolder.resolve("logs/workstation.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(dataFolder.resolve("logs/workstation.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(file);
        root.setLevel(Level.INFO);
        ctx.getLogger("org.flywaydb").setLevel(Level.WARN);
        return file;
    }

    /** Each file it opens (the first, and the new one after a roll-over) made owner-only at once. */
    private static final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {
        @Override
        public void openFile(String fileName) throws IOException {
            super.openFile(fileName);
            try {
                OwnerOnly.file(Path.of(fileName));
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
