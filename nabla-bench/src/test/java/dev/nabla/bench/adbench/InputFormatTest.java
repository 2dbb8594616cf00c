package dev.nabla.bench.adbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputFormatTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("input.txt");
        Files.writeString(f, text);
        return f;
    }

    private static void assertMessage(InputFormatException e, String... parts) {
        for (String part : parts) assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.txt");
        assertMessage(assertThrows(InputFormatException.class, () -> GmmInput.read(missing)), "nope.txt", "no such file");
    }

    @Test
    void wrongNumberOfValuesNamesTheLine() throws IOException {
        Path f = write("2 2 1\n0.5\n0.5\n1 2\n1 2 3\n");
        assertMessage(assertThrows(InputFormatException.class, () -> GmmInput.read(f)), "input.txt:5:", "mean of component 1", "found 3");
    }

    @Test
    void notANumberNamesTheLineAndValue() throws IOException {
        Path f = write("2 10 10\n1 2 3 4 5 6 7 8 9 10 x\n");
        assertMessage(assertThrows(InputFormatException.class, () -> BaInput.read(f)), "input.txt:2:", "value 11 of camera", "'x'");
    }

    @Test
    void sizesMustBePositiveIntegers() throws IOException {
        Path f = write("2 0 10\n");
        assertMessage(assertThrows(InputFormatException.class, () -> BaInput.read(f)), "input.txt:1:", "m must be a positive integer");
    }

    @Test
    void gmmPointsMustBeNOrOne() throws IOException {
        Path f = write("1 1 3\n0\n0\n0\n1\n2\n1 0\n");
        assertMessage(assertThrows(InputFormatException.class, () -> GmmInput.read(f)), "expected 3 points", "found 3 lines");
    }

    @Test
    void onePointIsRepeated() throws IOException {
        Path f = write("1 1 3\n0\n0\n0\n\n1.5\n1 0\n");
        GmmInput data = GmmInput.read(f);
        assertEquals(3, data.n());
        assertEquals(1.5, data.points()[2]);
    }

    @Test
    void trailingContentIsRefused() throws IOException {
        Path f = write("1 1 1\n1 2 3 4 5 6 7 8 9 10 11\n1 2 3\n1\n1 2\n9\n");
        assertMessage(assertThrows(InputFormatException.class, () -> BaInput.read(f)), "input.txt:6:", "unexpected content");
    }
}
