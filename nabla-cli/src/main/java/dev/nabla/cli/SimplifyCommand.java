package dev.nabla.cli;

import dev.nabla.symbolic.expr.Expr;
import picocli.CommandLine.Command;

/** {@code nabla simplify EXPR}: SymPy's {@code simplify} as far as Nabla's simplifier goes. */
@Command(name = "simplify", description = {
        "EXPR simplified: like terms and powers collected, exact constants folded, common factors pulled out,",
        "sin^2 + cos^2 = 1 and the like (the simplifier of nabla-symbolic, linear in the expression's size)."})
public final class SimplifyCommand extends RewriteCommand {
    public SimplifyCommand() {
        super("simplify", Expr::simplify);
    }
}
