package dev.nabla.core.method;

import dev.nabla.core.forward.ForwardMethod;
import dev.nabla.core.reverse.ReverseMethod;

import java.util.List;

/** Contributes the core's methods: {@code forward} and {@code reverse}. */
public final class CoreMethods implements MethodProvider {
    @Override
    public List<Method> methods() {
        return List.of(new ForwardMethod(), new ReverseMethod());
    }
}
