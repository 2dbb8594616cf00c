package dev.nabla.numeric.method;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.MethodProvider;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.richardson.Richardson;

import java.util.List;

/** Contributes the numeric methods to the facade, under the names the command line uses. */
public final class NumericMethods implements MethodProvider {

    private static final List<Method> METHODS = List.of(
            new SchemeMethod("central", "central difference, accuracy 4, optimal step, 4 evaluations per partial: about 1e-12 relative",
                    FiniteDifference.central()),
            new SchemeMethod("forward-difference", "forward difference, accuracy 2, optimal step, 3 evaluations per partial: about 1e-10 relative",
                    FiniteDifference.forward()),
            new SchemeMethod("backward-difference", "backward difference, accuracy 2, optimal step, 3 evaluations per partial: about 1e-10 relative",
                    FiniteDifference.backward()),
            new SchemeMethod("richardson", "Richardson extrapolation of central differences over 8 steps, 16 evaluations per partial: about 1e-14 relative",
                    Richardson.central()),
            new ComplexStepMethod());

    @Override
    public List<Method> methods() {
        return METHODS;
    }
}
