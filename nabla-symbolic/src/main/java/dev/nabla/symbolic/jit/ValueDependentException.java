package dev.nabla.symbolic.jit;

/**
 * Thrown while tracing when the function asks for the value of a traced input (for instance
 * {@code if (x[0].doubleValue() > 0)}): its control flow may depend on the point, and a compiled
 * gradient, one straight-line program for every point, cannot represent it. The tape (method
 * {@code reverse}) records the branch actually taken at each point and is the fallback.
 */
public final class ValueDependentException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ValueDependentException() {
        super("compiled: the function reads the value of a traced input (doubleValue() on a value that depends on x),"
                + " so its control flow may depend on the point; a compiled gradient is one straight-line program for"
                + " every point. Write branches with the primitives abs, sign, heaviside, min, max, or use the tape"
                + " (method 'reverse'), which records the branch taken at each point");
    }
}
