package dev.nabla.core.method;

import dev.nabla.core.forward.ForwardMethod;
import dev.nabla.core.reverse.ReverseMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The core's methods as typed constants, and every {@link Method} on the class path by name.
 *
 * <p>In code, choose a method by its constant: {@link #FORWARD} and {@link #REVERSE} here, the finite
 * differences in {@code dev.nabla.numeric.method.NumericMethods}, symbolic differentiation in
 * {@code dev.nabla.symbolic.method.SymbolicMethods}:
 *
 * <pre>{@code
 * double[] g = Nabla.gradient(f, new double[] {4, 5, 1}, Methods.FORWARD);
 * }</pre>
 *
 * The lookup by name ({@link #named(String)}) serves the command line and configuration files, where the
 * method arrives as text; it returns the same instances as the constants.
 */
public final class Methods {
    private Methods() {}

    /** Forward mode (dual numbers): exact to rounding, one pass per input; Hessians forward over forward. */
    public static final Method FORWARD = new ForwardMethod();

    /** Reverse mode (tape): exact to rounding, one backward pass per gradient; Hessians forward over reverse. */
    public static final Method REVERSE = new ReverseMethod();

    private static final class Registry {
        static final Map<String, Method> BY_NAME = load();

        private static Map<String, Method> load() {
            Map<String, Method> byName = new LinkedHashMap<>();
            for (MethodProvider provider : ServiceLoader.load(MethodProvider.class, Methods.class.getClassLoader())) {
                for (Method m : provider.methods()) {
                    Method previous = byName.putIfAbsent(m.name(), m);
                    if (previous != null && previous != m) {
                        throw new IllegalStateException("two methods are called '" + m.name() + "': "
                                + previous.getClass().getName() + " and " + m.getClass().getName());
                    }
                }
            }
            return byName;
        }
    }

    /** All methods, core ones first; each prints as its {@link Method#name() name}. */
    public static List<Method> all() {
        return new ArrayList<>(Registry.BY_NAME.values());
    }

    /** The method called {@code name}, if any. */
    public static Optional<Method> find(String name) {
        return Optional.ofNullable(Registry.BY_NAME.get(name));
    }

    /**
     * The method called {@code name}.
     *
     * @throws IllegalArgumentException naming the valid methods when there is none
     */
    public static Method named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown method '" + name + "'; valid methods: " + String.join(", ", Registry.BY_NAME.keySet())));
    }
}
