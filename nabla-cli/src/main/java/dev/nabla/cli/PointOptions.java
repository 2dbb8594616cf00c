package dev.nabla.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of the commands that differentiate at a point: {@code EXPR --at … [--method M] [--json]}. */
final class PointOptions {
    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression.")
    String expression;

    @Option(names = "--at", required = true, paramLabel = "x=4,y=5", description = "A value for every variable of EXPR.")
    String at;

    @Option(names = "--method", paramLabel = "M", defaultValue = "symbolic", description = "The method (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    /** The expression, point and method these options name, checked; {@code command} names the command in errors. */
    PointProblem problem(String command) {
        return PointProblem.of(command, expression, at, method);
    }
}
