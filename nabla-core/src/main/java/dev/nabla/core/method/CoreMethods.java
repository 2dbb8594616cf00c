package dev.nabla.core.method;

import java.util.List;

/** Contributes the core's methods to the registry: {@link Methods#FORWARD} and {@link Methods#REVERSE}. */
public final class CoreMethods implements MethodProvider {
    @Override
    public List<Method> methods() {
        return List.of(Methods.FORWARD, Methods.REVERSE);
    }
}
