package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.reverse.Reverse;

import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledJacobian;

import java.util.List;

/**
 * The BA block-Jacobian methods, by name:
 * <ul>
 *   <li>{@code forward}: Nabla's forward mode, 15 tangents in one pass per block;</li>
 *   <li>{@code reverse}: Nabla's tape, one recording and two backward sweeps per block;</li>
 *   <li>{@code compiled}: the block traced once with the feature as two more inputs, its Jacobian compiled
 *       to bytecode ({@link Compiled#jacobian}) and run per block; the trace follows the Rodrigues branch
 *       ({@code θ ≠ 0}), so a block with {@code θ = 0} is differentiated on the tape instead;</li>
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
        return List.of("forward", "reverse", "compiled", "forward-difference", "hipparchus");
    }

    /** The method {@code name}; an {@link IllegalArgumentException} lists the valid names otherwise. */
    public static BlockJacobian named(String name) {
        switch (name) {
            case "forward": return automatic((x, fx, fy) -> Forward.jacobian(Ba.block(fx, fy), x),
                    w -> Forward.derivative(Ba::weightResidual, w));
            case "reverse": return automatic((x, fx, fy) -> Reverse.jacobian(Ba.block(fx, fy), x),
                    w -> Reverse.derivative(Ba::weightResidual, w));
            case "compiled": return new CompiledBlocks();
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

    /** The compiled block Jacobian: inputs camera, point, weight and the feature; the feature's two columns are dropped. */
    private static final class CompiledBlocks implements BlockJacobian {
        private final CompiledJacobian block = Compiled.jacobian(x -> Ba.reprojectionOffAxis(x, x[15], x[16]), BaInput.BLOCK + 2);
        private final CompiledJacobian weight = Compiled.jacobian(w -> new Num[] {Ba.weightResidual(w[0])}, 1);
        private final BlockJacobian tape = named("reverse");
        private final double[] point = new double[BaInput.BLOCK + 2];
        private final double[][] rows = new double[2][BaInput.BLOCK + 2];
        private final double[][] weightRow = new double[1][1];
        private final double[] weightPoint = new double[1];

        @Override
        public void reprojection(double[] x, double fx, double fy, double[] out) {
            if (x[0] == 0 && x[1] == 0 && x[2] == 0) {
                tape.reprojection(x, fx, fy, out);
                return;
            }
            System.arraycopy(x, 0, point, 0, BaInput.BLOCK);
            point[BaInput.BLOCK] = fx;
            point[BaInput.BLOCK + 1] = fy;
            block.jacobian(point, rows);
            System.arraycopy(rows[0], 0, out, 0, BaInput.BLOCK);
            System.arraycopy(rows[1], 0, out, BaInput.BLOCK, BaInput.BLOCK);
        }

        @Override
        public double weight(double w) {
            weightPoint[0] = w;
            weight.jacobian(weightPoint, weightRow);
            return weightRow[0][0];
        }

        @Override
        public int evaluationsPerBlock() {
            return 0;
        }
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
