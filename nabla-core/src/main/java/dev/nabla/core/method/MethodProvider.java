package dev.nabla.core.method;

import java.util.List;

/**
 * Service interface through which a module contributes its {@link Method}s; registered in
 * {@code META-INF/services/dev.nabla.core.method.MethodProvider}.
 */
public interface MethodProvider {
    /** The methods this module offers, in the order they should be listed. */
    List<Method> methods();
}
