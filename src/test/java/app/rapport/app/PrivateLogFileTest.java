package app.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** rapport.log as logback.xml sets it up: only its owner may read it, after a rollover too. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PrivateLogFileTest {
    @TempDir
    Path dir;

    @Test
    void theLogIsPrivateWhenMadeWhenFoundOpenAndAfterEachRollover() throws Exception {
        Path log = dir.resolve("data/rapport.log");
        Files.createDirectories(log.getParent());
        Path older = Files.writeString(log, "from an older Rapport\n");
        Files.setPosixFilePermissions(older, PosixFilePermissions.fromString("rw-r--r--"));

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory(); // a new one lacks the MDC
        PrivateLogFile<ILoggingEvent> appender = new PrivateLogFile<>();
        appender.setContext(context);
        appender.setFile(log.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(log + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        try {
            appender.doAppend(event(context, "started"));
            assertThat(mode(log)).isEqualTo("rw-------");
            assertThat(Files.readString(log)).contains("started");
            appender.rollover();
            appender.doAppend(event(context, "after the rollover"));
            assertThat(Files.readString(log)).contains("after the rollover");
            assertThat(mode(log)).isEqualTo("rw-------");
        } finally {
            appender.stop();
        }

        Path fresh = dir.resolve("elsewhere/rapport.log");
        PrivateLogFile<ILoggingEvent> second = new PrivateLogFile<>();
        second.setContext(context);
        second.makePrivate(fresh);
        assertThat(mode(fresh)).isEqualTo("rw-------");
    }

    private static LoggingEvent event(LoggerContext context, String message) {
        return new LoggingEvent("test", context.getLogger("test"), ch.qos.logback.classic.Level.INFO, message, null, null);
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
