package app.rapport.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the window where there is no desktop (ssh, a server): one clear line, not a stack trace. */
class NoDesktopTest {
    @TempDir
    Path dir;

    @Test
    void withoutADisplayTheWindowSaysSoInOneLineAndFails() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a real child JVM, as `java -jar rapport.jar` starts: no Monocle, no DISPLAY
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Drapport.data.dir=" + dir.resolve("data"), Launcher.class.getName()));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.redirectErrorStream(false);
        File out = dir.resolve("out.txt").toFile();
        File err = dir.resolve("err.txt").toFile();
        pb.redirectOutput(out);
        pb.redirectError(err);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends by itself").isTrue();
        String stdout = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).isNotZero();
        assertThat(stderr.strip()).isEqualTo("Rapport needs a graphical desktop; use a subcommand, see --help");
        assertThat(stdout + stderr).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDesktopIsThereWithADisplayOrOnWindowsAndMac() {
        assertThat(Launcher.hasDesktop(java.util.Map.of(), "Linux", null)).isFalse();
        assertThat(Launcher.hasDesktop(java.util.Map.of("DISPLAY", ":0"), "Linux", null)).isTrue();
        assertThat(Launcher.hasDesktop(java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isTrue();
        assertThat(Launcher.hasDesktop(java.util.Map.of(), "Linux", "Monocle")).isTrue();
        assertThat(Launcher.hasDesktop(java.util.Map.of(), "Windows 11", null)).isTrue();
        assertThat(Launcher.hasDesktop(java.util.Map.of(), "Mac OS X", null)).isTrue();
    }
}
