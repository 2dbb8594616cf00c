package dev.nabla.numeric.check;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.method.Method;
import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.multivariate.Partials;
import dev.nabla.numeric.multivariate.Points;
import dev.nabla.numeric.richardson.Richardson;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares a claimed gradient with finite differences:
 *
 * <pre>{@code
 * GradientCheckReport r = GradientCheck.check(f, x, myGradient);
 * if (!r.passed()) System.out.println(r);     // which component, by how much
 * GradientCheck.check(f, x, Methods.REVERSE);   // check a method of the facade
 * }</pre>
 *
 * <p>The reference is {@link Richardson#central()} unless another scheme is given. Component {@code i} passes
 * when {@code |claimedᵢ - refᵢ| ≤ rtol·|refᵢ| + atol·max(1, ‖ref‖∞) + 8·errᵢ}, where {@code errᵢ} is the
 * reference's own error estimate; by default {@code rtol = atol = √ε ≈ 1.5e-8} — far above what a correct
 * gradient misses by, far below what a wrong rule produces.
 */
public final class GradientCheck {

    /** The default relative and absolute tolerance, {@code √ε}. */
    public static final double DEFAULT_TOLERANCE = Math.sqrt(Math.ulp(1.0));
    private static final double ERROR_MARGIN = 8;

    private final DifferenceScheme reference;
    private final double rtol;
    private final double atol;

    private GradientCheck(DifferenceScheme reference, double rtol, double atol) {
        this.reference = reference;
        this.rtol = rtol;
        this.atol = atol;
    }

    /** A check against Richardson extrapolation with the default tolerances. */
    public static GradientCheck create() {
        return new GradientCheck(Richardson.central(), DEFAULT_TOLERANCE, DEFAULT_TOLERANCE);
    }

    /** {@link #create()}{@code .run(f, x, claimed)}. */
    public static GradientCheckReport check(ScalarFunction f, double[] x, double[] claimed) {
        return create().run(f, x, claimed);
    }

    /** Checks the gradient {@code method} computes at {@code x}, e.g. {@code Methods.REVERSE}. */
    public static GradientCheckReport check(ScalarFunction f, double[] x, Method method) {
        if (method == null) throw new IllegalArgumentException("gradient check: the method is null");
        Points.requireFinite("gradient check", x);
        return create().run(f, x, method.gradient(f, x.clone()));
    }

    /** The same check with a different reference scheme. */
    public GradientCheck reference(DifferenceScheme scheme) {
        if (scheme == null) throw new IllegalArgumentException("gradient check: the reference scheme is null");
        return new GradientCheck(scheme, rtol, atol);
    }

    /** The same check with tolerances {@code rtol, atol ≥ 0}. */
    public GradientCheck tolerances(double rtol, double atol) {
        if (!(rtol >= 0) || !(atol >= 0) || Double.isInfinite(rtol) || Double.isInfinite(atol)) {
            throw new IllegalArgumentException("gradient check: tolerances must be finite and non-negative, got rtol "
                    + rtol + ", atol " + atol);
        }
        return new GradientCheck(reference, rtol, atol);
    }

    /** Compares {@code claimed} with the reference gradient of {@code f} at {@code x}. */
    public GradientCheckReport run(ScalarFunction f, double[] x, double[] claimed) {
        Points.requireFinite("gradient check", x);
        if (claimed == null) throw new IllegalArgumentException("gradient check: the claimed gradient is null");
        if (claimed.length != x.length) {
            throw new IllegalArgumentException("gradient check: the claimed gradient has " + claimed.length
                    + " components, the point " + x.length);
        }
        Estimate[] ref = Partials.of(reference).gradient(f, x);
        double scale = 1;
        for (Estimate e : ref) if (Double.isFinite(e.value())) scale = Math.max(scale, Math.abs(e.value()));
        List<ComponentCheck> checks = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double r = ref[i].value(), diff = Math.abs(claimed[i] - r);
            double rel = diff == 0 ? 0 : diff / Math.abs(r);
            double tol = rtol * Math.abs(r) + atol * scale + ERROR_MARGIN * ref[i].error();
            checks.add(new ComponentCheck(i, claimed[i], r, ref[i].error(), diff, rel, tol));
        }
        return new GradientCheckReport(checks);
    }
}
