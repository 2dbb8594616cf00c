package dev.nabla.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The {@code nabla} command. With no subcommand it runs the demonstration: the seed's gradient
 * by every method on the class path. Every subcommand inherits {@code --help} and {@code --version}.
 */
@Command(name = "nabla", mixinStandardHelpOptions = true, version = "nabla 0.1.0", scope = ScopeType.INHERIT,
        description = "Derivatives by every method: forward and reverse mode, finite differences, symbolic.",
        subcommands = {DemoCommand.class, MethodsCommand.class, DiffCommand.class, EvalCommand.class, GradCommand.class,
                HessianCommand.class, JacobianCommand.class, SimplifyCommand.class, ExpandCommand.class, CseCommand.class, CompareCommand.class, GraphCommand.class, PlotCommand.class, StepsCommand.class,
                ShellCommand.class, CommandLine.HelpCommand.class})
public final class NablaCommand implements Callable<Integer> {

    /** Status for a user error: a message on standard error, no stack trace. */
    public static final int USER_ERROR = 2;

    /** Status for a fault of Nabla itself: a one-line message naming the exception, no stack trace. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new DemoCommand().print(spec.commandLine().getOut());
    }

    /**
     * The command line with Nabla's error handling: user errors print one message and exit with 2.
     * A user error is an {@link IllegalArgumentException} — which includes the parser's
     * {@link dev.nabla.symbolic.parse.ParseException}, whose message shows the input with a caret —
     * an {@link ArithmeticException}, an {@link IllegalStateException} (an operation a method cannot
     * do), an {@link java.io.UncheckedIOException} (an output file), or input so deeply nested or so
     * large that the stack or the heap runs out. Arguments that begin with {@code -} but are no
     * option ({@code "-x^2"}) are expressions; one that begins like an option ({@code "-h*x"}, short
     * options are never clustered) is a user error that says to put it after {@code --}.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NablaCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUnmatchedOptionsArePositionalParams(true);
        cl.setPosixClusteredShortOptionsAllowed(false);
        cl.setExecutionExceptionHandler((e, line, parseResult) -> {
            String message = userMessage(e);
            if (message != null) {
                line.getErr().println("nabla: " + message);
                line.getErr().flush();
                return USER_ERROR;
            }
            line.getErr().println("nabla: internal error in '" + line.getCommandSpec().qualifiedName() + "': " + e);
            line.getErr().flush();
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine line = e.getCommandLine();
            line.getErr().println("nabla: " + parameterMessage(e, line));
            line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
            line.getErr().flush();
            return USER_ERROR;
        });
        return cl;
    }

    /** The message for a user error, or {@code null} if {@code e} is a fault of Nabla. */
    static String userMessage(Throwable e) {
        if (e instanceof IllegalArgumentException || e instanceof ArithmeticException
                || e instanceof IllegalStateException || e instanceof java.io.UncheckedIOException) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (e instanceof StackOverflowError) return "the input is nested too deeply to process";
        if (e instanceof OutOfMemoryError) return "the input is too large to process (out of memory)";
        return null;
    }

    private static String parameterMessage(CommandLine.ParameterException e, CommandLine line) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && line.getCommandSpec().parent() == null
                && !u.getUnmatched().isEmpty() && !line.getCommandSpec().subcommands().isEmpty()) {
            String typed = u.getUnmatched().get(0);
            List<String> known = List.copyOf(line.getCommandSpec().subcommands().keySet());
            List<String> close = Suggestions.closest(typed, known);
            return "unknown command '" + typed + "' (known: " + String.join(", ", known) + ")"
                    + (close.isEmpty() ? "" : "; did you mean '" + String.join("' or '", close) + "'?");
        }
        String m = e.getMessage();
        if (m != null && m.startsWith("Error: ")) m = m.substring("Error: ".length());
        if (m != null && m.startsWith("Expected parameter for positional parameter") && m.contains("but found '-")) {
            m += "; an expression that begins like an option (-h, -V) follows '--': "
                    + line.getCommandSpec().qualifiedName() + " [options] -- EXPR";
        }
        return m;
    }
}
