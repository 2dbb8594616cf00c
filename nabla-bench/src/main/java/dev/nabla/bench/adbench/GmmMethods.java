package dev.nabla.bench.adbench;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.multivariate.Partials;
import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledGradient;
import dev.nabla.symbolic.jit.CompiledSum;

import java.util.List;

/**
 * The GMM gradient methods, by name:
 * <ul>
 *   <li>{@code reverse}: Nabla's tape ({@link Reverse#gradient});</li>
 *   <li>{@code compiled}: one point's term traced once and compiled with its reverse sweep to a kernel
 *       that runs once per point and accumulates the gradient ({@link Compiled#sum}), plus the compiled
 *       gradient of the global term ({@link Gmm#global}); compilation happens here, before any timing;</li>
 *   <li>{@code compiled-unrolled}: the whole objective traced at once, every point unrolled into one
 *       straight-line kernel ({@link Compiled#gradient}) — small sizes (the code grows with the data);</li>
 *   <li>{@code forward}: Nabla's forward mode, one tangent per parameter ({@link Forward#gradient}) — small sizes;</li>
 *   <li>{@code central}: central differences of second order, {@code (L(p + h eᵢ) − L(p − h eᵢ)) / 2h}, by
 *       nabla-numeric's default step rule (2 evaluations per parameter) — small sizes;</li>
 *   <li>{@code hipparchus}: the peer, Hipparchus {@code Gradient} (dense forward mode) — small sizes;</li>
 *   <li>{@code tensor}: nabla-tensor, float64, vectorised over points and components as the PyTorch peer, gradient
 *       by {@code backward()} ({@link GmmTensor}).</li>
 * </ul>
 */
public final class GmmMethods {
    private GmmMethods() {}

    /** The names {@link #named} accepts. */
    public static List<String> names() {
        return List.of("reverse", "compiled", "compiled-unrolled", "forward", "central", "hipparchus", "tensor");
    }

    /** The method {@code name} for {@code gmm}; an {@link IllegalArgumentException} lists the valid names otherwise. */
    public static GmmGradient named(String name, Gmm gmm) {
        switch (name) {
            case "reverse": return exact(p -> Reverse.gradient(gmm.function(), p));
            case "compiled": return compiledSum(gmm);
            case "compiled-unrolled": {
                CompiledGradient compiled = Compiled.gradient(gmm.function(), gmm.data().parameterCount());
                double[] out = new double[gmm.data().parameterCount()];
                return exact(p -> {
                    compiled.gradient(p, out);
                    return out;
                });
            }
            case "forward": return exact(p -> Forward.gradient(gmm.function(), p));
            case "hipparchus": return exact(p -> HipparchusAdbench.gmmGradient(gmm.data(), p));
            case "tensor": return GmmTensor.of(gmm.data());
            case "central": {
                Partials partials = Partials.of(FiniteDifference.central().accuracy(2));
                return new GmmGradient() {
                    @Override public double[] gradient(double[] p) { return Estimate.values(partials.gradient(gmm.function(), p)); }
                    @Override public boolean exact() { return false; }
                };
            }
            default:
                throw new IllegalArgumentException("unknown GMM method '" + name + "'; valid: " + String.join(", ", names()));
        }
    }

    private static GmmGradient compiledSum(Gmm gmm) {
        GmmInput data = gmm.data();
        int count = data.parameterCount(), d = data.d();
        CompiledSum points = Compiled.sum(gmm::pointTerm, count, d);
        CompiledGradient global = Compiled.gradient(gmm::global, count);
        double[][] rows = new double[data.n()][];
        for (int i = 0; i < rows.length; i++) rows[i] = java.util.Arrays.copyOfRange(data.points(), i * d, (i + 1) * d);
        double[] sum = new double[count], rest = new double[count];
        return exact(p -> {
            points.gradient(p, rows, sum);
            global.gradient(p, rest);
            for (int j = 0; j < count; j++) sum[j] += rest[j];
            return sum;
        });
    }

    private static GmmGradient exact(java.util.function.UnaryOperator<double[]> body) {
        return new GmmGradient() {
            @Override public double[] gradient(double[] p) { return body.apply(p); }
            @Override public boolean exact() { return true; }
        };
    }
}
