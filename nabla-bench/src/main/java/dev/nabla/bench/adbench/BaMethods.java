package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.reverse.Reverse;

import java.util.List;

/**
 * The BA block-Jacobian methods, by name:
 * <ul>
 *   <li>{@code forward}: Nabla's forward mode, 15 tangents in one pass per block;</li>
 *   <li>{@code reverse}: Nabla's tape, one recording and two backward sweeps per block;</li>
 *   <li>{@code forward-difference}: first-order forward differences, exactly 16 evaluations per block
 *       (the base point, then one per input: {@code (r(x + hⱼ eⱼ) − r(x)) / hⱼ},
 *       {@code hⱼ = √ε · max(|xⱼ|, 1)}); a central scheme would need 30;</li>
 *   <li>{@code hipparchus}: the peer, Hipparchus {@code Gradient} with 15 parameters.</li>
 * </ul>
 */
public final class BaMethods {
    private BaMethods() {}

    /** √ε, the step factor of a first-order forward difference. */
    static final double STEP = Math.sqrt(Math.ulp(1.0));

    /** The names {@link #named} accepts. */
    public static List<String> names() {
        return List.of("forward", "reverse", "forward-difference", "hipparchus");
    }

    /** The method {@code name}; an {@link IllegalArgumentException} lists the valid names otherwise. */
    public static BlockJacobian named(String name) {
        switch (name) {
            case "forward": return automatic((x, fx, fy) -> Forward.jacobian(Ba.block(fx, fy), x),
                    w -> Forward.derivative(Ba::weightResidual, w));
            case "reverse": return automatic((x, fx, fy) -> Reverse.jacobian(Ba.block(fx, fy), x),
                    w -> Reverse.derivative(Ba::weightResidual, w));
            case "hipparchus": return automatic(HipparchusAdbench::baBlockJacobian, HipparchusAdbench::baWeightDerivative);
            case "forward-difference": return new ForwardDifference();
            default:
                throw new IllegalArgumentException("unknown BA method '" + name + "'; valid: " + String.join(", ", names()));
        }
    }

    /** A dense block Jacobian {@code J[2][15]}. */
    @FunctionalInterface
    interface DenseBlock {
        double[][] jacobian(double[] x, double fx, double fy);
    }

    private static BlockJacobian automatic(DenseBlock block, java.util.function.DoubleUnaryOperator weight) {
        return new BlockJacobian() {
            @Override public void reprojection(double[] x, double fx, double fy, double[] out) {
                double[][] j = block.jacobian(x, fx, fy);
                System.arraycopy(j[0], 0, out, 0, BaInput.BLOCK);
                System.arraycopy(j[1], 0, out, BaInput.BLOCK, BaInput.BLOCK);
            }
            @Override public double weight(double w) { return weight.applyAsDouble(w); }
            @Override public int evaluationsPerBlock() { return 0; }
        };
    }

    /** First-order forward differences: 1 + 15 evaluations per block, 1 + 1 per weight residual. */
    private static final class ForwardDifference implements BlockJacobian {
        private final Num[] point = new Num[BaInput.BLOCK];

        @Override
        public void reprojection(double[] x, double fx, double fy, double[] out) {
            for (int j = 0; j < BaInput.BLOCK; j++) point[j] = new Real(x[j]);
            Num[] base = Ba.reprojection(point, fx, fy);
            double r0 = base[0].doubleValue(), r1 = base[1].doubleValue();
            for (int j = 0; j < BaInput.BLOCK; j++) {
                double xj = x[j];
                double shifted = xj + STEP * Math.max(Math.abs(xj), 1);
                double h = shifted - xj;
                point[j] = new Real(shifted);
                Num[] r = Ba.reprojection(point, fx, fy);
                point[j] = new Real(xj);
                out[j] = (r[0].doubleValue() - r0) / h;
                out[BaInput.BLOCK + j] = (r[1].doubleValue() - r1) / h;
            }
        }

        @Override
        public double weight(double w) {
            double shifted = w + STEP * Math.max(Math.abs(w), 1);
            return (Ba.weightResidual(new Real(shifted)).doubleValue() - Ba.weightResidual(new Real(w)).doubleValue())
                    / (shifted - w);
        }

        @Override
        public int evaluationsPerBlock() {
            return 1 + BaInput.BLOCK;
        }
    }
}
