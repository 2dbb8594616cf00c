package dev.nabla.symbolic.expr;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The functions an expression can call by name: every primitive of the rule table except the
 * arithmetic operators ({@code add, sub, mul, div, neg, pow}), which are written as operators.
 */
public final class Functions {
    private Functions() {}

    private static final Set<String> OPERATORS = Set.of("add", "sub", "mul", "div", "neg", "pow");

    private static final Map<String, Primitive> BY_NAME = index();

    /** The function called {@code name}, if any. */
    public static Optional<Primitive> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** All callable names, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static Map<String, Primitive> index() {
        Map<String, Primitive> m = new TreeMap<>();
        for (Primitive p : Primitives.all()) if (!OPERATORS.contains(p.name())) m.put(p.name(), p);
        return java.util.Collections.unmodifiableMap(m);
    }
}
