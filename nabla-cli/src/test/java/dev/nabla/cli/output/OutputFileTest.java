package dev.nabla.cli.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class OutputFileTest {

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("out.svg");
        Files.writeString(target, "old");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> OutputFile.write(target, out -> {
            out.write("half of the new con".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("cannot write '" + target + "': disk full", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), Files.list(tmp).toList());
    }

    @Test
    void aWholeWriteReplacesTheFile(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("out.dot");
        Files.writeString(target, "old");
        OutputFile.write(target, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), Files.list(tmp).toList());
    }

    @Test
    void unwritablePlacesAreNamed(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        String underFile = assertThrows(UncheckedIOException.class, () -> OutputFile.write(file.resolve("a.png"), out -> {})).getMessage();
        assertTrue(underFile.contains("does not exist"), underFile);
        String dir = assertThrows(UncheckedIOException.class, () -> OutputFile.write(tmp, out -> {})).getMessage();
        assertTrue(dir.endsWith("it is a directory"), dir);
        assertEquals("png", OutputFile.extension(Path.of("a/b.PNG")));
        assertEquals("", OutputFile.extension(Path.of("noext")));
    }
}
