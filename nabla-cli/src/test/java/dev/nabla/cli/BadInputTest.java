package dev.nabla.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.nabla.cli.DemoCommandTest.run;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Bad input for every subcommand: one message naming the problem on standard error, status 2, nothing on
 * standard output, no stack trace, and no output file.
 */
class BadInputTest {

    /** A case: the arguments and a piece the message must contain. */
    record Case(String expected, String... args) {}

    static final String DEEP = "(".repeat(100_000) + "x" + ")".repeat(100_000);

    static List<Case> cases(Path tmp) {
        String png = tmp.resolve("out.png").toString(), svg = tmp.resolve("out.svg").toString();
        String underFile = tmp.resolve("file.txt").resolve("out.png").toString();
        List<Case> c = new ArrayList<>();
        for (String[] cmd : new String[][] {{"diff"}, {"eval", "--at", "x=1"}, {"grad", "--at", "x=1"}, {"hessian", "--at", "x=1"},
                {"jacobian", "--at", "x=1"}, {"simplify"}, {"expand"}, {"cse"}, {"compare", "--at", "x=1"},
                {"graph", "--at", "x=1"}, {"plot", "-o", png}, {"steps", "--at", "x=1", "-o", png}}) {
            String name = cmd[0];
            // malformed, empty, non-ASCII junk, an unknown function
            c.add(new Case("parse", with(cmd, "x^2*sine(x)")));
            c.add(new Case("parse", with(cmd, "x+*2")));
            c.add(new Case("parse", with(cmd, "(x")));
            c.add(new Case("empty", with(cmd, "")));
            c.add(new Case("empty", with(cmd, "   ")));
            c.add(new Case("unexpected character", with(cmd, "x # 2")));
            // missing positional
            c.add(new Case("Missing required parameter", cmd));
            // an extra positional
            if (!name.equals("plot")) c.add(new Case("Unmatched argument", with(cmd, "x", "y")));
        }
        for (String cmd : new String[] {"eval", "grad", "hessian", "jacobian", "compare", "graph", "steps"}) {
            String[] out = cmd.equals("steps") ? new String[] {"-o", png} : cmd.equals("graph") ? new String[] {"-o", svg} : new String[0];
            c.add(new Case("'y' has no value", at(cmd, "x*y", "x=1", out)));
            c.add(new Case("unknown variable 'w'", at(cmd, "x", "x=1,w=2", out)));
            c.add(new Case("not a number", at(cmd, "x", "x=abc", out)));
            c.add(new Case("not a number", at(cmd, "x", "x=1+", out)));
            c.add(new Case("no value", at(cmd, "x", "x=", out)));
            c.add(new Case("name=value", at(cmd, "x", "x", out)));
            c.add(new Case("twice", at(cmd, "x", "x=1,x=2", out)));
            c.add(new Case("not a finite number", at(cmd, "x", "x=1e999", out)));
            c.add(new Case("is not an identifier", at(cmd, "x", "1x=1", out)));
        }
        // options that are numbers or names
        c.add(new Case("Invalid value for option '--order'", "diff", "x", "--order", "two"));
        c.add(new Case("--order must be from 0 to 100", "diff", "x", "--order", "-3"));
        c.add(new Case("--order must be from 0 to 100", "diff", "sin(x)", "--order", "2147483647"));
        c.add(new Case("a derivative of order 120; at most 100", "diff", "x*y", "--wrt", "x,y", "--order", "60"));
        c.add(new Case("--digits must be from 1 to 1000", "eval", "x", "--at", "x=1", "--digits", "100000000"));
        c.add(new Case("--digits must be from 1 to 1000", "eval", "x", "--at", "x=1", "--digits", "0"));
        c.add(new Case("Invalid value for option '--digits'", "eval", "x", "--digits", "2000000000000"));
        c.add(new Case("--decimals must be from 0 to 1000", "eval", "x", "--at", "x=1", "--decimals", "-1"));
        c.add(new Case("mutually exclusive", "eval", "x", "--at", "x=1", "--digits", "3", "--decimals", "3"));
        c.add(new Case("log(-1) is not a real number", "eval", "log(x)", "--at", "x=-1", "--digits", "10"));
        c.add(new Case("unknown method 'fast'", "grad", "x", "--at", "x=1", "--method", "fast"));
        c.add(new Case("unknown method 'fast'", "compare", "x", "--at", "x=1", "--methods", "fast"));
        c.add(new Case("unknown variable 'q'", "diff", "x", "--wrt", "q"));
        c.add(new Case("symbol: the name is empty", "diff", "x", "--wrt", "x,"));
        c.add(new Case("Missing required option: '--at", "grad", "x"));
        c.add(new Case("expression 2 of 2 is empty", "jacobian", "x;", "--at", "x=1"));
        // output files
        c.add(new Case("-o must end in .png or .svg", "plot", "x", "-o", tmp.resolve("out.jpg").toString()));
        c.add(new Case("-o must end in .dot, .svg or .png", "graph", "x", "--at", "x=1", "-o", tmp.resolve("out.pdf").toString()));
        c.add(new Case("does not exist", "plot", "x", "-o", underFile));
        c.add(new Case("does not exist", "steps", "x", "--at", "x=1", "-o", underFile));
        c.add(new Case("does not exist", "graph", "x", "--at", "x=1", "-o", tmp.resolve("file.txt").resolve("g.dot").toString()));
        c.add(new Case("it is a directory", "plot", "x", "-o", tmp.resolve("dir.png").toString()));
        c.add(new Case("it is a directory", "graph", "x", "--at", "x=1", "-o", tmp.resolve("dir.png").toString()));
        // huge and deeply nested input
        StringBuilder big = new StringBuilder("x");
        for (int i = 0; i < 3000; i++) big.append(" + sin(x + ").append(i).append(')');
        c.add(new Case("distinct nodes; at most 2000", "graph", big.toString(), "--at", "x=1"));
        c.add(new Case("parse", "eval", DEEP + "+"));
        c.add(new Case("parse", "diff", "x" + "+x".repeat(20_000) + "*"));
        return c;
    }

    private static String[] at(String cmd, String expression, String point, String[] output) {
        List<String> all = new ArrayList<>(List.of(cmd, expression, "--at", point));
        all.addAll(List.of(output));
        return all.toArray(new String[0]);
    }

    private static String[] with(String[] cmd, String... positional) {
        List<String> all = new ArrayList<>();
        all.add(cmd[0]);
        all.addAll(List.of(positional));
        for (int i = 1; i < cmd.length; i++) all.add(cmd[i]);
        return all.toArray(new String[0]);
    }

    @Test
    void everySubcommandAnswersBadInputWithOneMessageAndStatusTwo(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("file.txt"), "x");
        Files.createDirectory(tmp.resolve("dir.png"));
        List<String> failures = new ArrayList<>();
        List<Case> cases = cases(tmp);
        for (Case k : cases) {
            String[] r = run(k.args());
            String what = String.join(" ", abbreviated(k.args())) + " -> status " + r[0] + ", out " + abbreviated(r[1]) + ", err " + abbreviated(r[2]);
            boolean good = r[0].equals("2") && r[1].isEmpty() && r[2].startsWith("nabla: ") && r[2].contains(k.expected())
                    && !r[2].contains("\tat ") && !r[2].contains("Exception") && !r[2].contains("Error:");
            if (!good) failures.add(what + " (expected '" + k.expected() + "')");
        }
        assertEquals(List.of(), failures);
        assertEquals(List.of("dir.png", "file.txt"), Files.list(tmp).map(p -> p.getFileName().toString()).sorted().toList(),
                "no output file, no temporary file");
        assertTrue(cases.size() > 150, "cases: " + cases.size());
    }

    @Test
    void aVariableMissingFromTheExpressionButTypedIsNotAnError() {
        assertEquals("0", run("eval", "x - x")[0]);
        assertEquals("2", run("eval", "x - y")[0]);
    }

    private static String[] abbreviated(String[] args) {
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) out[i] = abbreviated(args[i]);
        return out;
    }

    private static String abbreviated(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
