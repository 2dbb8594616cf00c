package dev.nabla.bench.adbench;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ADBench's data at {@code ../shared/data/adbench} from the repository root; tests skip, saying why, without it. */
final class AdbenchData {
    private AdbenchData() {}

    /** The repository root: the nearest ancestor of the working directory that holds {@code .git}. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) return p;
        }
        return null;
    }

    /** {@code relative} inside the data directory; skips the test if the data is absent. */
    static Path file(String relative) {
        Path root = repositoryRoot();
        Path dir = root == null ? null : root.resolve("../shared/data/adbench").normalize();
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "ADBench data not found at ../shared/data/adbench from the repository root (" + dir + "): skipped");
        Path file = dir.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "ADBench file " + file + " not found: skipped");
        return file;
    }
}
