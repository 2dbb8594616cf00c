package dev.nabla.symbolic.jit;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.IntFunction;

/**
 * The compiled objects of the functions the facade was last asked about, so that repeated calls with
 * the same lambda instance compile once. Keys are the function objects themselves, held weakly (a
 * lambda that is no longer used is collected together with its compiled code), and compared by
 * identity (lambdas do not override {@code equals}); each function keeps one compiled object per
 * number of inputs and per kind (derivative, gradient, Jacobian, Hessian). At most {@value #CAPACITY} functions are
 * kept: adding one more empties the cache first. Thread-safe.
 */
final class CompiledCache {
    static final int CAPACITY = 256;

    private enum Kind { DERIVATIVE, GRADIENT, JACOBIAN, HESSIAN }

    private record Entry(Kind kind, int inputs) {}

    private final Map<Object, Map<Entry, Object>> byFunction = new WeakHashMap<>();

    /** The compiled derivative of {@code f}, as the gradient of {@code x -> f(x[0])}. */
    CompiledGradient derivative(UnivariateFunction f) {
        return get(f, Kind.DERIVATIVE, 1, k -> Compiled.gradient(x -> f.apply(x[0]), 1), CompiledGradient.class);
    }

    /** The compiled gradient of {@code f} for {@code n} inputs, compiled on first request. */
    CompiledGradient gradient(ScalarFunction f, int n) {
        return get(f, Kind.GRADIENT, n, k -> Compiled.gradient(f, k), CompiledGradient.class);
    }

    /** The compiled Jacobian of {@code f} for {@code n} inputs. */
    CompiledJacobian jacobian(VectorFunction f, int n) {
        return get(f, Kind.JACOBIAN, n, k -> Compiled.jacobian(f, k), CompiledJacobian.class);
    }

    /** The compiled Hessian of {@code f} for {@code n} inputs. */
    CompiledJacobian hessian(ScalarFunction f, int n) {
        return get(f, Kind.HESSIAN, n, k -> Compiled.hessian(f, k), CompiledJacobian.class);
    }

    /** The number of functions held. */
    synchronized int size() {
        return byFunction.size();
    }

    private <T> T get(Object f, Kind kind, int n, IntFunction<T> compile, Class<T> type) {
        Entry key = new Entry(kind, n);
        synchronized (this) {
            Map<Entry, Object> compiled = byFunction.get(f);
            if (compiled != null && compiled.containsKey(key)) return type.cast(compiled.get(key));
        }
        T made = compile.apply(n);
        synchronized (this) {
            Map<Entry, Object> compiled = byFunction.get(f);
            if (compiled == null) {
                if (byFunction.size() >= CAPACITY) byFunction.clear();
                compiled = new HashMap<>();
                byFunction.put(f, compiled);
            }
            Object previous = compiled.putIfAbsent(key, made);
            return type.cast(previous != null ? previous : made);
        }
    }
}
