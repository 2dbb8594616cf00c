package dev.nabla.cli;

import dev.nabla.cli.shell.InteractiveShell;
import dev.nabla.cli.shell.ScriptRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code nabla shell [FILE.jsh]}: JShell with Nabla on the class path and its packages imported. */
@Command(name = "shell", description = {
        "JShell with Nabla on the class path and its packages imported.",
        "",
        "Imported: Nabla, Num, Methods, NumericMethods, SymbolicMethods, Tape,",
        "FiniteDifference, Richardson, ComplexStep, Partials, StepRule, Expr,",
        "Symbolic, CustomPrimitive ... besides JShell's own (java.util.* ...).",
        "Without FILE: the interactive JShell (/help, /exit).",
        "With FILE: runs its snippets in order, printing what they print; exits",
        "with 0, or 1 at the first snippet that does not compile or throws",
        "(naming its line), or n at a line '/exit n'.",
        "The snippets run on one thread, so a Tape lives across them."})
public final class ShellCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.jsh", description = "A JShell script to run.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (file == null) return InteractiveShell.run(System.in, System.out, System.err);
        return ScriptRunner.to(System.out, System.err).run(file);
    }
}
