package dev.nabla.cli.shell;

import java.util.List;

/**
 * The imports a Nabla session starts with: the facade and the algebra, every method's package, symbolic
 * expressions, tensors with their autograd and random numbers — besides JShell's own default imports
 * ({@code java.util.*}, {@code java.util.function.*} …). Each import costs the shell's start-up a compilation, so
 * the tensor packages a script reaches for less often ({@code dev.nabla.tensor.nn}, {@code .optim},
 * {@code .functional}, {@code .print}) are imported by the script that uses them.
 */
public final class ShellImports {
    private ShellImports() {}

    /** The imported packages, on demand. */
    public static final List<String> PACKAGES = List.of(
            "dev.nabla.core",                         // Nabla
            "dev.nabla.core.algebra",                 // Num, Real
            "dev.nabla.core.function",                // ScalarFunction, UnivariateFunction, VectorFunction
            "dev.nabla.core.method",                  // Method, Methods
            "dev.nabla.core.forward",                 // Forward, Dual, DualVector
            "dev.nabla.core.reverse",                 // Reverse, Tape, TapeVar
            "dev.nabla.core.rules",                   // CustomPrimitive, Primitives
            "dev.nabla.numeric",                      // Estimate, DifferenceScheme
            "dev.nabla.numeric.method",               // NumericMethods
            "dev.nabla.numeric.difference",           // FiniteDifference
            "dev.nabla.numeric.richardson",           // Richardson
            "dev.nabla.numeric.complexstep",          // ComplexStep
            "dev.nabla.numeric.multivariate",         // Partials
            "dev.nabla.numeric.step",                 // StepRule
            "dev.nabla.numeric.check",                // GradientCheck
            "dev.nabla.symbolic",                     // Symbolic
            "dev.nabla.symbolic.expr",                // Expr, Symbol
            "dev.nabla.symbolic.method",              // SymbolicMethods
            "dev.nabla.tensor",                       // Tensor, Autograd, TensorTuple, DType
            "dev.nabla.tensor.random");               // RandomState, TorchGenerator

    /** JShell's own default imports, which the JShell tool adds at start-up and the JShell API does not. */
    public static final List<String> JSHELL_DEFAULTS = List.of(
            "java.io", "java.math", "java.net", "java.nio.file", "java.util", "java.util.concurrent",
            "java.util.function", "java.util.prefs", "java.util.regex", "java.util.stream");

    /** Nabla's import statements, one per line. */
    public static String source() {
        return statements(PACKAGES);
    }

    /** JShell's default import statements, one per line. */
    public static String jshellDefaults() {
        return statements(JSHELL_DEFAULTS);
    }

    private static String statements(List<String> packages) {
        StringBuilder s = new StringBuilder();
        for (String p : packages) s.append("import ").append(p).append(".*;\n");
        return s.toString();
    }
}
