package dev.nabla.symbolic.method;

import dev.nabla.core.method.Method;

/**
 * The symbolic methods as typed constants, registered with {@link dev.nabla.core.method.Methods} under
 * the same names:
 *
 * <pre>{@code
 * double[] g = Nabla.gradient(f, new double[] {4, 5, 1}, SymbolicMethods.SYMBOLIC);
 * }</pre>
 */
public final class SymbolicMethods {
    private SymbolicMethods() {}

    /** {@code symbolic}: trace the function to an expression, differentiate by the rule table, evaluate. */
    public static final Method SYMBOLIC = new SymbolicMethod();
}
