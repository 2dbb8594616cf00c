package dev.nabla.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * The {@code nabla} command. With no subcommand it runs the demonstration: the seed's gradient
 * by every method on the class path.
 */
@Command(name = "nabla", mixinStandardHelpOptions = true, version = "nabla 0.1.0",
        description = "Derivatives by every method: forward and reverse mode, finite differences, symbolic.",
        subcommands = {DemoCommand.class, MethodsCommand.class, DiffCommand.class, EvalCommand.class, GradCommand.class,
                HessianCommand.class, ShellCommand.class, CommandLine.HelpCommand.class})
public final class NablaCommand implements Callable<Integer> {

    /** Status for a user error: a message on standard error, no stack trace. */
    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return new DemoCommand().print(spec.commandLine().getOut());
    }

    /**
     * The command line with Nabla's error handling: user errors print one message and exit with 2.
     * A user error is an {@link IllegalArgumentException} — which includes the parser's
     * {@link dev.nabla.symbolic.parse.ParseException}, whose message shows the input with a caret —
     * or an {@link ArithmeticException}.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NablaCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, line, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof ArithmeticException) {
                line.getErr().println("nabla: " + e.getMessage());
                return USER_ERROR;
            }
            throw e;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine line = e.getCommandLine();
            line.getErr().println("nabla: " + e.getMessage());
            line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USER_ERROR;
        });
        return cl;
    }
}
