package dev.nabla.symbolic.jit;

import dev.nabla.core.method.Method;
import dev.nabla.core.method.MethodProvider;

import java.util.List;

/** Adds the {@code compiled} method to {@link dev.nabla.core.method.Methods}. */
public final class CompiledMethodProvider implements MethodProvider {
    private static final List<Method> METHODS = List.of(new CompiledMethod());

    @Override
    public List<Method> methods() {
        return METHODS;
    }
}
