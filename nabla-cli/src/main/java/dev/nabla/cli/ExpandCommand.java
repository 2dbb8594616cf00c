package dev.nabla.cli;

import dev.nabla.symbolic.expr.Expr;
import picocli.CommandLine.Command;

/** {@code nabla expand EXPR}: SymPy's {@code expand}. */
@Command(name = "expand", description = "EXPR expanded: products distributed over sums, integer powers of sums multiplied out.")
public final class ExpandCommand extends RewriteCommand {
    public ExpandCommand() {
        super("expand", Expr::expand);
    }
}
