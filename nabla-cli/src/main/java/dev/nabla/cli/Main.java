package dev.nabla.cli;

import picocli.CommandLine;

/** Entry point of the {@code nabla} command. */
public final class Main {
    private Main() {}

    /** Runs the command and exits with its status: 0 on success, 2 on a user error. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command with {@code args} and returns its exit status (for tests). */
    public static int run(String... args) {
        return NablaCommand.commandLine().execute(args);
    }
}
