package dev.nabla.examples;

import dev.nabla.cli.shell.ScriptRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every seed notebook's script, run by the runner behind {@code nabla shell}: what it prints is exactly its
 * {@code //>} lines, and where a cell's numbers differ from the seed's, they agree with the seed's printout
 * ({@code //seed ~t>} lines) to the stated relative tolerance {@code t}.
 */
class SeedScriptsTest {

    static final List<String> SCRIPTS = List.of(
            "01-numerical-and-automatic-differentiation.jsh",
            "02-autograd-and-hand-written-reverse-mode.jsh");

    private static final Pattern SEED = Pattern.compile("^//seed ~([0-9.eE+-]+)> (.*)$");
    /** A decimal number; not the {@code 0} of a hexadecimal address such as Python's {@code 0x7fe0f7b8d750}. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?(?![xX][0-9a-fA-F])");

    @Test
    void thereIsOneScriptPerSeedNotebookAndNoOther() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("."))) {
            List<String> scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")).sorted().toList();
            assertEquals(SCRIPTS, scripts);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-numerical-and-automatic-differentiation.jsh", "02-autograd-and-hand-written-reverse-mode.jsh"})
    void theScriptPrintsItsExpectedOutputAndAgreesWithTheSeed(String name) throws IOException {
        List<String> script = Files.readAllLines(Path.of(name), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = ScriptRunner.to(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(Path.of(name));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(ScriptRunner.OK, status, errors);
        assertEquals("", errors);
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();

        List<String> expected = new ArrayList<>();
        List<Integer> expectedAt = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int seedLines = 0;
        for (int i = 0; i < script.size(); i++) {
            String line = script.get(i);
            Matcher seed = SEED.matcher(line);
            if (line.equals("//>") || line.startsWith("//> ")) {
                if (i == 0 || !isExpected(script.get(i - 1))) block.clear();
                String text = line.length() > 3 ? line.substring(4) : "";
                expected.add(text);
                expectedAt.add(i + 1);
                block.add(text);
            } else if (seed.matches()) {
                assertTrue(i > 0 && isExpected(script.get(i - 1)), name + ":" + (i + 1) + ": a seed line must follow the output it is compared with");
                seedLines++;
                List<Double> seedNumbers = new ArrayList<>();
                int j = i;
                for (; j < script.size() && SEED.matcher(script.get(j)).matches(); j++) {
                    Matcher m = SEED.matcher(script.get(j));
                    m.matches();
                    if (!m.group(1).equals(seed.group(1))) fail(name + ":" + (j + 1) + ": one tolerance per seed block");
                    seedNumbers.addAll(numbers(m.group(2)));
                }
                List<Double> ours = new ArrayList<>();
                for (String b : block) ours.addAll(numbers(b));
                compare(name + ":" + (i + 1), seedNumbers, ours, Double.parseDouble(seed.group(1)));
                i = j - 1;
                block.clear();
            }
        }
        assertTrue(seedLines > 0, name + " compares nothing with its seed");
        for (int k = 0; k < Math.min(expected.size(), printed.size()); k++) {
            assertEquals(expected.get(k), printed.get(k), name + ":" + expectedAt.get(k) + ": printed line " + (k + 1));
        }
        assertEquals(expected.size(), printed.size(), name + ": lines printed\n" + String.join("\n", printed));
    }

    @Test
    void anObjectsAddressIsNotANumber() {
        assertEquals(List.of(), numbers("<MulBackward0 object at 0x7fe0f7b8d750>"));
        assertEquals(List.of(0.0, 3.0, -1.5e-3), numbers("tensor([0.], x=3.0, -1.5e-3)"));
    }

    private static boolean isExpected(String line) {
        return line.equals("//>") || line.startsWith("//> ");
    }

    private static void compare(String where, List<Double> seed, List<Double> ours, double tolerance) {
        assertEquals(seed.size(), ours.size(), where + ": the seed prints " + seed + ", the script " + ours);
        for (int k = 0; k < seed.size(); k++) {
            double s = seed.get(k), o = ours.get(k);
            assertTrue(Math.abs(s - o) <= tolerance * Math.abs(s), where + ": number " + (k + 1) + ": the seed's " + s
                    + " and the script's " + o + " differ by more than " + tolerance + " relative");
        }
    }

    static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(Double.parseDouble(m.group()));
        return out;
    }
}
