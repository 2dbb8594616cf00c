package dev.nabla.examples;

import dev.nabla.cli.NablaCommand;
import dev.nabla.cli.shell.ScriptRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages show real output: every {@code java} block of the README and the tutorial runs (in order, as one JShell script) and
 * prints the {@code text} block that follows it, the Korean tutorial shows the same blocks, and every
 * {@code $ ./nabla …} line of a {@code console} block prints the lines under it.
 */
class DocsTest {

    private static final Path ROOT = Path.of("..");
    private static final String MARK = "\u0000end of block ";
    /** What each command printed, so a command shown on several pages runs once. */
    private static final java.util.Map<List<String>, String> PRINTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A fenced block: its language, its lines, the line of the page it starts on. */
    record Block(String language, List<String> lines, int line) {}

    static List<Block> blocks(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) continue;
            String language = lines.get(i).substring(3).strip();
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) body.add(lines.get(i));
            blocks.add(new Block(language, body, start + 1));
        }
        return blocks;
    }

    @Test
    void theKoreanTutorialShowsTheSameCodeOutputAndCommands() throws IOException {
        List<Block> english = checked(ROOT.resolve("docs/tutorial.md")), korean = checked(ROOT.resolve("docs/tutorial.ko.md"));
        assertEquals(english.size(), korean.size(), "blocks");
        for (int i = 0; i < english.size(); i++) {
            assertEquals(english.get(i).lines(), korean.get(i).lines(), "tutorial.ko.md:" + korean.get(i).line());
        }
    }

    /** The blocks the tests run or compare: code, its output, commands. */
    private static List<Block> checked(Path page) throws IOException {
        return blocks(page).stream().filter(b -> List.of("java", "text", "console").contains(b.language())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/tutorial.md"})
    void everyCodeBlockPrintsTheOutputShownUnderIt(String page) throws IOException {
        List<Block> blocks = blocks(ROOT.resolve(page));
        StringBuilder script = new StringBuilder();
        List<Block> code = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.language().equals("java")) continue;
            script.append(String.join("\n", b.lines())).append('\n');
            script.append("System.out.println(\"").append(MARK.replace("\u0000", "\\u0000")).append(code.size()).append("\");\n");
            code.add(b);
            boolean output = i + 1 < blocks.size() && blocks.get(i + 1).language().equals("text");
            shown.add(output ? String.join("\n", blocks.get(i + 1).lines()) : "");
        }
        assertTrue(code.size() >= 2, page + " has " + code.size() + " code blocks");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = ScriptRunner.to(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(page, script.toString());
        assertEquals(ScriptRunner.OK, status, err.toString(StandardCharsets.UTF_8) + "\n--- script:\n" + script);
        String[] printed = out.toString(StandardCharsets.UTF_8).split(MARK + "\\d+\\R", -1);
        for (int k = 0; k < code.size(); k++) {
            assertEquals(shown.get(k), printed[k].stripTrailing(), page + ":" + code.get(k).line() + ": the block's output");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/tutorial.md", "docs/tutorial.ko.md"})
    void everyCommandPrintsTheLinesShownUnderIt(String page, @TempDir Path tmp) throws IOException {
        int commands = 0;
        for (Block b : blocks(ROOT.resolve(page))) {
            if (!b.language().equals("console")) continue;
            List<String> lines = b.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("$ ./nabla")) continue;
                int at = b.line() + 1 + i;
                List<String> args = words(lines.get(i).substring("$ ./nabla".length()));
                List<String> expected = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).startsWith("$ "); i++) expected.add(lines.get(i));
                i--;
                if (!args.isEmpty() && args.get(0).equals("shell") && args.size() == 1) continue;   // interactive
                if (!args.isEmpty() && args.get(0).equals("graph") && rendersWithGraphviz(args) && !onPath("dot")) continue;
                String printed = PRINTED.computeIfAbsent(args, key -> run(key, tmp).stripTrailing());
                assertEquals(String.join("\n", expected), printed, page + ":" + at + ": " + args);
                commands++;
            }
        }
        assertTrue(commands > 0, page + " shows no command");
    }

    /** Whether {@code nabla graph args} writes SVG or PNG, which takes Graphviz. */
    private static boolean rendersWithGraphviz(List<String> args) {
        int o = args.indexOf("-o");
        return o >= 0 && o + 1 < args.size() && (args.get(o + 1).endsWith(".svg") || args.get(o + 1).endsWith(".png"));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) if (Files.isExecutable(Path.of(dir, program))) return true;
        return false;
    }

    /** What {@code nabla args} prints, standard output then standard error; files it writes go to {@code tmp}. */
    private static String run(List<String> args, Path tmp) {
        List<String> a = new ArrayList<>(args);
        String written = null;
        int o = a.indexOf("-o");
        if (o >= 0 && o + 1 < a.size()) {
            written = a.get(o + 1);
            a.set(o + 1, tmp.resolve(Path.of(written).getFileName()).toString());
        }
        String text;
        if (!a.isEmpty() && a.get(0).equals("shell")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            ScriptRunner.to(print, print).run(ROOT.resolve(a.get(1)));
            text = out.toString(StandardCharsets.UTF_8);
        } else {
            StringWriter out = new StringWriter(), err = new StringWriter();
            CommandLine cl = NablaCommand.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            cl.execute(a.toArray(String[]::new));
            text = out + err.toString();
        }
        return written == null ? text : text.replace(a.get(o + 1), written);
    }

    /** The words of a command line, with its single and double quotes removed. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                if (word == null) word = new StringBuilder();
            } else if (Character.isWhitespace(c)) {
                if (word != null) words.add(word.toString());
                word = null;
            } else {
                if (word == null) word = new StringBuilder();
                word.append(c);
            }
        }
        if (word != null) words.add(word.toString());
        return words;
    }
}
