package dev.nabla.core.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every {@link Method} on the class path, found through {@link MethodProvider}, by name. */
public final class Methods {
    private Methods() {}

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

    /** All methods, core ones first. */
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
