package dev.nabla.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.nabla.cli.DemoCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code nabla shell FILE}: a file that cannot be run is a user error (status 2, one line). */
class ShellCommandTest {

    @Test
    void aMissingScriptIsAUserError() {
        String[] r = run("shell", "no-such-script.jsh");
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertEquals("nabla: shell: no such file 'no-such-script.jsh'\n", r[2].replace("\r\n", "\n"));
    }

    @Test
    void theHelpNamesTheImportsAndTheStatuses() {
        String[] r = run("shell", "--help");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("Usage: nabla shell ") && r[1].lines().findFirst().orElseThrow().endsWith(" [FILE.jsh]"), r[1]);
        assertTrue(r[1].contains("(naming its line), or n at a line '/exit n'."), r[1]);
    }

    @Test
    void theCommandRunsAScriptAndTheProcessExitsWithItsStatus(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("three.jsh"),
                "double[] g = Nabla.gradient(v -> v[0].mul(v[1]), 2, 3);\nSystem.out.println(Arrays.toString(g));\n/exit 3\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "shell", script.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the shell did not end");
        assertEquals(3, p.exitValue(), out);
        assertEquals("[3.0, 2.0]\n", out.replace("\r\n", "\n"));
    }
}
