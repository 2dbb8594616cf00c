package dev.nabla.cli.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptRunnerTest {

    /** Status, standard output and standard error of running {@code script}. */
    record Result(int status, String out, String err) {}

    static Result run(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = ScriptRunner.to(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("script.jsh", script);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyImportedPackageResolvesAndTheSnippetsRunInOrder() {
        Result r = run("""
                // one class of each imported package, and JShell's default java.util.*
                ScalarFunction f = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());
                List<Method> methods = List.of(Methods.REVERSE, NumericMethods.CENTRAL, SymbolicMethods.SYMBOLIC);
                for (Method m : methods) System.out.printf("%s %.4f%n", m, Nabla.gradient(f, new double[] {4, 5, 1}, m)[0]);
                Estimate d = FiniteDifference.central().derivative(t -> t.sin(), 0.0);
                Estimate r = Richardson.central().derivative(t -> t.sin(), 0.0);
                Estimate c = ComplexStep.create().derivative(t -> t.sin(), 0.0);
                double[] g = Estimate.values(Partials.of(FiniteDifference.seedCentral(1e-3)).gradient(f, new double[] {4, 5, 1}));
                StepRule rule = StepRule.absolute(1e-3);
                Num one = Real.of(1);
                Tape tape = new Tape();
                Dual dual = Dual.variable(2.0);
                GradientCheckReport report = GradientCheck.check(f, new double[] {4, 5, 1}, Methods.REVERSE);
                Expr e = Expr.parse("x^2*y^3")
                System.out.println(e.diff("x", "y"))
                Expr traced = Symbolic.lambdaToExpr(f, "x", "y", "z");
                CustomPrimitive p = CustomPrimitive.of("twice", 1, a -> new CustomPrimitive.Evaluation<>(2 * a[0], a), (double[] cache, double dout) -> new double[] {2 * dout});
                System.out.printf("%s %.6f%n", Primitives.SIN.name(), d.value() + r.value() + c.value());
                RandomState random = RandomState.seeded(0);
                Tensor t = Tensor.tensor(2.0f).requiresGrad_(true);
                System.out.println(Autograd.grad(t.pow(3), List.of(t), false));
                """);
        assertEquals("", r.err());
        assertEquals("""
                reverse 6494.0391
                central 6494.0391
                symbolic 6494.0391
                6*x*y**2
                sin 3.000000
                (tensor([12.]),)
                """, r.out());
        assertEquals(ScriptRunner.OK, r.status());
    }

    @Test
    void aTapeRecordedInOneSnippetIsDifferentiatedInTheNext() {
        Result r = run("""
                Tape tape = new Tape();
                TapeVar x = tape.variable(1.0);
                Num f = x.pow(2).add(x.mul(2)).mul(x.log());
                System.out.println(tape.gradient(f, x)[0]);
                """);
        assertEquals(new Result(ScriptRunner.OK, "3.0\n", ""), r);
    }

    @Test
    void aSnippetThatDoesNotCompileStopsTheRunNamingItsLine() {
        Result r = run("System.out.println(\"before\");\n\nint k = undefined(2);\nSystem.out.println(\"after\");\n");
        assertEquals(ScriptRunner.FAILED, r.status());
        assertEquals("before\n", r.out());
        assertTrue(r.err().startsWith("script.jsh:3: error: cannot find symbol"), r.err());
        assertTrue(r.err().contains("int k = undefined(2);\n        ^"), r.err());
        assertTrue(!r.err().contains("location: class"), r.err());
    }

    @Test
    void anExceptionStopsTheRunNamingTheSnippetAndTheThrowingLine() {
        Result r = run("""
                int check(int k) {
                    if (k > 0)
                        throw new IllegalStateException("k is " + k);
                    return k;
                }
                check(0)
                /* a comment */ check(3);
                System.out.println("not reached");
                """);
        assertEquals(ScriptRunner.FAILED, r.status());
        assertEquals("", r.out());
        assertEquals("script.jsh:7: exception java.lang.IllegalStateException: k is 3\n\tat script.jsh:3\n", r.err());
    }

    @Test
    void nablasOwnErrorsReachTheUserWithTheirMessage() {
        Result r = run("Nabla.gradient(x -> x[0].mul(x[3]), 1, 2);\n");
        assertEquals(ScriptRunner.FAILED, r.status());
        assertTrue(r.err().startsWith("script.jsh:1: exception java.lang.IllegalArgumentException: gradient: the function read past the end of the point"),
                r.err());
    }

    @Test
    void exitStopsWithItsStatusAndOtherCommandsAreRefused() {
        assertEquals(new Result(7, "1\n", ""), run("System.out.println(1);\n  /exit 7\nSystem.out.println(2);\n"));
        assertEquals(new Result(0, "", ""), run("/exit\nSystem.out.println(2);\n"));
        Result vars = run("int a = 1;\n/vars\n");
        assertEquals(ScriptRunner.FAILED, vars.status());
        assertEquals("script.jsh:2: error: '/vars' is a JShell command; a script may use only /exit [n]\n", vars.err());
        assertEquals("script.jsh:1: error: /exit takes an integer status, got 'soon'\n", run("/exit soon\n").err());
    }

    @Test
    void anUnfinishedSnippetAtTheEndIsReported() {
        Result r = run("System.out.println(1);\nint f(int a) {\n    return a;\n");
        assertEquals(ScriptRunner.FAILED, r.status());
        assertEquals("1\n", r.out());
        assertTrue(r.err().startsWith("script.jsh:"), r.err());
        assertTrue(r.err().contains("reached end of file while parsing"), r.err());
    }

    @Test
    void commentsAndBlankScriptsRunAndSucceed() {
        assertEquals(new Result(0, "", ""), run(""));
        assertEquals(new Result(0, "", ""), run("// only a comment\n/* and a block\n   comment */\n"));
    }

    @Test
    void aMissingFileOrADirectoryIsAUserError(@TempDir Path dir) throws Exception {
        ScriptRunner runner = ScriptRunner.to(System.out, System.err);
        assertEquals("shell: no such file '" + dir.resolve("none.jsh") + "'",
                assertThrows(IllegalArgumentException.class, () -> runner.run(dir.resolve("none.jsh"))).getMessage());
        assertEquals("shell: '" + dir + "' is a directory, not a script",
                assertThrows(IllegalArgumentException.class, () -> runner.run(dir)).getMessage());
        Path latin1 = Files.write(dir.resolve("latin1.jsh"), new byte[] {'/', '/', ' ', (byte) 0xE9, '\n'});
        assertEquals("shell: '" + latin1 + "' is not UTF-8 text",
                assertThrows(IllegalArgumentException.class, () -> runner.run(latin1)).getMessage());
    }

    @Test
    void theInteractiveShellHasNablaImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        byte[] input = ("Nabla.gradient(x -> x[0].mul(x[1]), 2, 3)\nExpr.parse(\"x^3\").diff(\"x\", 2)\n"
                + "Tape tape = new Tape();\nTapeVar t = tape.variable(2);\nNum sq = t.mul(t);\ntape.gradient(sq, t)[0]\n/exit 4\n")
                .getBytes(StandardCharsets.UTF_8);
        int status = InteractiveShell.run(new ByteArrayInputStream(input), print, print);
        assertEquals(4, status, out.toString(StandardCharsets.UTF_8));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("==> double[2] { 3.0, 2.0 }"), shown);
        assertTrue(shown.contains("==> 6*x"), shown);
        assertTrue(shown.contains("==> 4.0"), "a tape lives across snippets: " + shown);
    }
}
