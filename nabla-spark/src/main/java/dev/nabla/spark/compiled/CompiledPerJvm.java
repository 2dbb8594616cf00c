package dev.nabla.spark.compiled;

import dev.nabla.symbolic.jit.CompiledGradient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Compiled gradients kept once per JVM, so that a function is traced and compiled once per executor
 * rather than once per task. Every task deserializes its own copy of the user's lambda, a new object
 * each time, so the key is not the lambda but an id given to it when the user's object was made,
 * which travels with it; the numbers of inputs complete the key. At most {@value #CAPACITY} compiled
 * objects are kept, the least recently used dropped first. Thread-safe: the compiled objects are.
 */
public final class CompiledPerJvm {
    /** How many compiled gradients a JVM keeps. */
    public static final int CAPACITY = 64;

    private record Key(UUID id, int inputs, int wrt) {}

    private static final Map<Key, CompiledGradient> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Key, CompiledGradient> eldest) {
            return size() > CAPACITY;
        }
    };

    private CompiledPerJvm() {}

    /**
     * The compiled gradient of the function {@code id} for {@code inputs} inputs, by the first
     * {@code wrt}: from the cache, or made by {@code compile} on first request (under the cache's lock,
     * so two tasks of one executor do not compile the same function twice).
     */
    public static CompiledGradient gradient(UUID id, int inputs, int wrt, Supplier<CompiledGradient> compile) {
        Key key = new Key(id, inputs, wrt);
        synchronized (CACHE) {
            CompiledGradient g = CACHE.get(key);
            if (g == null) {
                g = compile.get();
                CACHE.put(key, g);
            }
            return g;
        }
    }
}
