package dev.nabla.numeric.method;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.MethodProvider;
import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.complexstep.ComplexStep;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.richardson.Richardson;

import java.util.List;

/**
 * The numeric methods as typed constants, and any configured scheme as a {@link Method}:
 *
 * <pre>{@code
 * double[] g = Nabla.gradient(f, x, NumericMethods.CENTRAL);
 * double[] s = Nabla.gradient(f, x, NumericMethods.of(FiniteDifference.seedCentral(1e-3)));   // (f(x+h/2) - f(x-h/2)) / h
 * double[] c = Nabla.gradient(f, x, NumericMethods.of(ComplexStep.create().step(1e-30)));
 * }</pre>
 *
 * The constants are also registered with {@link dev.nabla.core.method.Methods} under the names the command
 * line uses ({@code central}, {@code forward-difference}, {@code backward-difference}, {@code richardson},
 * {@code complex-step}). A method gives plain numbers; for the error estimates use the scheme itself.
 */
public final class NumericMethods implements MethodProvider {

    /** Central differences, accuracy 4, optimal step: 4 evaluations per partial, about {@code 1e-12} relative. */
    public static final Method CENTRAL = new SchemeMethod("central",
            "central difference, accuracy 4, optimal step, 4 evaluations per partial: about 1e-12 relative",
            FiniteDifference.central());

    /** Forward differences, accuracy 2, optimal step: 3 evaluations per partial, about {@code 1e-10} relative. */
    public static final Method FORWARD_DIFFERENCE = new SchemeMethod("forward-difference",
            "forward difference, accuracy 2, optimal step, 3 evaluations per partial: about 1e-10 relative",
            FiniteDifference.forward());

    /** Backward differences, accuracy 2, optimal step: 3 evaluations per partial, about {@code 1e-10} relative. */
    public static final Method BACKWARD_DIFFERENCE = new SchemeMethod("backward-difference",
            "backward difference, accuracy 2, optimal step, 3 evaluations per partial: about 1e-10 relative",
            FiniteDifference.backward());

    /** Richardson extrapolation of central differences over 8 steps: 16 evaluations per partial, about {@code 1e-14} relative. */
    public static final Method RICHARDSON = new SchemeMethod("richardson",
            "Richardson extrapolation of central differences over 8 steps, 16 evaluations per partial: about 1e-14 relative",
            Richardson.central());

    /** Complex step {@code Im f(x + ih) / h}, {@code h = 1e-20}: exact to rounding for analytic functions. */
    public static final Method COMPLEX_STEP = new ComplexStepMethod("complex-step",
            "complex step Im f(x + ih)/h, h = 1e-20: exact to rounding for analytic functions; "
                    + "Hessian by central differences of complex-step partials",
            ComplexStep.create());

    private static final List<Method> METHODS = List.of(CENTRAL, FORWARD_DIFFERENCE, BACKWARD_DIFFERENCE, RICHARDSON, COMPLEX_STEP);

    /** For the service loader; use the constants and factories in code. */
    public NumericMethods() {}

    /**
     * {@code scheme} as a method: derivative, gradient, Jacobian and Hessian from its values, named by the
     * scheme's description ({@code "central difference, accuracy 6, optimal step"}).
     *
     * @throws IllegalArgumentException if {@code scheme} is null
     */
    public static Method of(DifferenceScheme scheme) {
        if (scheme == null) throw new IllegalArgumentException("NumericMethods.of: the scheme is null");
        return new SchemeMethod(scheme.toString(), "values only, by " + scheme, scheme);
    }

    /**
     * {@code step} as a method, named by its description ({@code "complex step, h = 1e-30"}).
     *
     * @throws IllegalArgumentException if {@code step} is null
     */
    public static Method of(ComplexStep step) {
        if (step == null) throw new IllegalArgumentException("NumericMethods.of: the complex step is null");
        return new ComplexStepMethod(step.toString(), step + "; Hessian by central differences of complex-step partials", step);
    }

    @Override
    public List<Method> methods() {
        return METHODS;
    }
}
