package dev.nabla.bench.adbench;

/** One way to differentiate a BA block (15 inputs → 2 residuals) and a weight residual; {@link BaMethods} lists them. */
public interface BlockJacobian {

    /**
     * Writes {@code ∂rᵢ/∂xⱼ} of the reprojection block at {@code x} (15 inputs) against feature
     * {@code (fx, fy)} into {@code out[15·i + j]}.
     */
    void reprojection(double[] x, double fx, double fy, double[] out);

    /** {@code d(1 − w²)/dw} at {@code w}. */
    double weight(double w);

    /** Function evaluations per block, for a difference quotient; 0 for automatic differentiation. */
    int evaluationsPerBlock();
}
