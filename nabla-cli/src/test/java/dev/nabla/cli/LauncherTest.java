package dev.nabla.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The {@code ./nabla} launcher reached through a chain of symbolic links (absolute and relative) finds
 * the jar beside its real location. A stand-in jar whose main class echoes its arguments keeps the test
 * fast; it is newer than every source of the stand-in repository, so nothing is rebuilt.
 */
class LauncherTest {

    @Test
    void theLauncherFollowsItsSymbolicLinks(@TempDir Path tmp) throws Exception {
        Path launcher = Path.of("..", "nabla").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(launcher), "launcher not found at " + launcher);
        Assumptions.assumeTrue(new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0, "no bash");

        Path root = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(launcher, root.resolve("nabla"), StandardCopyOption.COPY_ATTRIBUTES);
        Path jar = Files.createDirectories(root.resolve("nabla-cli/target")).resolve("nabla.jar");
        echoJar(tmp.resolve("src"), jar);

        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.createSymbolicLink(other.resolve("second"), root.resolve("nabla"));            // absolute
        Files.createSymbolicLink(bin.resolve("nabla"), Path.of("..", "other", "second"));   // relative

        Process p = new ProcessBuilder("bash", bin.resolve("nabla").toString(), "grad", "-x^2", "--at", "x=1")
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertEquals("echo: grad|-x^2|--at|x=1", out.strip());
        assertFalse(out.contains("\u001b"), "no escape codes: " + out);
    }

    /** A jar whose main class prints {@code echo: } and its arguments joined by {@code |}. */
    private static void echoJar(Path src, Path jar) throws IOException {
        Files.createDirectories(src);
        Path java = src.resolve("Echo.java");
        Files.writeString(java, "public class Echo { public static void main(String[] a) {"
                + " System.out.println(\"echo: \" + String.join(\"|\", a)); } }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Assumptions.assumeTrue(javac != null, "no Java compiler in this runtime");
        assertEquals(0, javac.run(null, null, null, "-d", src.toString(), java.toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Echo");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Echo.class"));
            out.write(Files.readAllBytes(src.resolve("Echo.class")));
            out.closeEntry();
        }
    }
}
