package dev.nabla.bench.adbench;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.multivariate.Partials;
import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledGradient;

import java.util.List;

/**
 * The GMM gradient methods, by name:
 * <ul>
 *   <li>{@code reverse}: Nabla's tape ({@link Reverse#gradient});</li>
 *   <li>{@code compiled}: the objective traced once and its reverse sweep compiled to bytecode
 *       ({@link Compiled#gradient}); the compilation happens here, before any timing;</li>
 *   <li>{@code forward}: Nabla's forward mode, one tangent per parameter ({@link Forward#gradient}) — small sizes;</li>
 *   <li>{@code central}: central differences of second order, {@code (L(p + h eᵢ) − L(p − h eᵢ)) / 2h}, by
 *       nabla-numeric's default step rule (2 evaluations per parameter) — small sizes;</li>
 *   <li>{@code hipparchus}: the peer, Hipparchus {@code Gradient} (dense forward mode) — small sizes.</li>
 * </ul>
 */
public final class GmmMethods {
    private GmmMethods() {}

    /** The names {@link #named} accepts. */
    public static List<String> names() {
        return List.of("reverse", "compiled", "forward", "central", "hipparchus");
    }

    /** The method {@code name} for {@code gmm}; an {@link IllegalArgumentException} lists the valid names otherwise. */
    public static GmmGradient named(String name, Gmm gmm) {
        switch (name) {
            case "reverse": return exact(p -> Reverse.gradient(gmm.function(), p));
            case "compiled": {
                CompiledGradient compiled = Compiled.gradient(gmm.function(), gmm.data().parameterCount());
                double[] out = new double[gmm.data().parameterCount()];
                return exact(p -> {
                    compiled.gradient(p, out);
                    return out;
                });
            }
            case "forward": return exact(p -> Forward.gradient(gmm.function(), p));
            case "hipparchus": return exact(p -> HipparchusAdbench.gmmGradient(gmm.data(), p));
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

    private static GmmGradient exact(java.util.function.UnaryOperator<double[]> body) {
        return new GmmGradient() {
            @Override public double[] gradient(double[] p) { return body.apply(p); }
            @Override public boolean exact() { return true; }
        };
    }
}
