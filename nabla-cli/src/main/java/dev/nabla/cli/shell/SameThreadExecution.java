package dev.nabla.cli.shell;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.util.Map;

/**
 * JShell's execution engine for Nabla: snippets run in this JVM, each on the thread that evaluates it — for a
 * script and for the interactive shell, always the same thread. JShell's {@code local} engine starts a new thread
 * per snippet, and a {@link dev.nabla.core.reverse.Tape} belongs to the thread that made it, so a tape recorded in
 * one snippet could not be differentiated in the next. The price: a snippet that never ends cannot be interrupted
 * (end the process).
 */
public final class SameThreadExecution implements ExecutionControlProvider {

    /** The engine's name, as {@code --execution} takes it. */
    public static final String NAME = "nabla";

    /** For the service loader and the script runner. */
    public SameThreadExecution() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new DirectExecutionControl();
    }
}
