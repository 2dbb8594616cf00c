package dev.nabla.symbolic.method;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.MethodProvider;

import java.util.List;

/** Adds the {@code symbolic} method to {@link dev.nabla.core.method.Methods}. */
public final class SymbolicMethodProvider implements MethodProvider {
    private static final List<Method> METHODS = List.of(SymbolicMethods.SYMBOLIC);

    @Override
    public List<Method> methods() {
        return METHODS;
    }
}
