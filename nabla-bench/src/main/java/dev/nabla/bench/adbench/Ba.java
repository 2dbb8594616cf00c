package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.VectorFunction;

/**
 * ADBench's bundle-adjustment residuals, written once on the algebra. One block per observation maps
 * its 15 inputs (camera 11, point 3, weight 1) to two reprojection residuals:
 *
 * <pre>{@code
 * Y  = X − c;  θ = ‖r‖
 * X' = Y cos θ + (w × Y) sin θ + w (w·Y)(1 − cos θ),  w = r/θ   (θ ≠ 0);   X' = Y + r × Y   (θ = 0)
 * u  = (X'₀ / X'₂, X'₁ / X'₂);   u' = u (1 + κ₀‖u‖² + κ₁‖u‖⁴)
 * residual = w_i (u' f + x0 − feature_i)
 * }</pre>
 * and each observation has one weight residual {@code 1 − w_i²}.
 *
 * <p>The branch on {@code θ = 0} is ADBench's; it reads the value of the rotation, as the C++ does.
 */
public final class Ba {
    private Ba() {}

    /** The reprojection block of an observation with feature {@code (fx, fy)}: 15 inputs, 2 residuals. */
    public static VectorFunction block(double fx, double fy) {
        return x -> reprojection(x, fx, fy);
    }

    /** The two reprojection residuals of block inputs {@code x} (camera, point, weight) against feature {@code (fx, fy)}. */
    public static Num[] reprojection(Num[] x, double fx, double fy) {
        checkBlock(x, BaInput.BLOCK);
        return project(x, rotate(x), x[0].constant(fx), x[0].constant(fy));
    }

    /**
     * The same residuals with the feature {@code (fx, fy)} as values of the algebra and the rotation always
     * by Rodrigues' formula: the straight-line form a tracer can compile, equal to
     * {@link #reprojection} wherever {@code θ ≠ 0}. {@code x} may hold more than 15 values; the rest are ignored.
     */
    public static Num[] reprojectionOffAxis(Num[] x, Num fx, Num fy) {
        checkBlock(x, BaInput.BLOCK);
        Num[] r = {x[0], x[1], x[2]};
        return project(x, rodrigues(r, centred(x), r[0].square().add(r[1].square()).add(r[2].square())), fx, fy);
    }

    private static void checkBlock(Num[] x, int inputs) {
        if (x.length < inputs) {
            throw new IllegalArgumentException("ba: a reprojection block has " + inputs + " inputs, got " + x.length);
        }
    }

    private static Num[] centred(Num[] x) {
        return new Num[] {x[11].sub(x[3]), x[12].sub(x[4]), x[13].sub(x[5])};
    }

    private static Num[] project(Num[] x, Num[] rotated, Num fx, Num fy) {
        Num u0 = rotated[0].div(rotated[2]);
        Num u1 = rotated[1].div(rotated[2]);
        Num rsq = u0.square().add(u1.square());
        Num distortion = x[9].mul(rsq).add(x[10].mul(rsq.square())).add(1);
        Num focal = distortion.mul(x[6]);
        Num w = x[14];
        return new Num[] {
            w.mul(u0.mul(focal).add(x[7]).sub(fx)),
            w.mul(u1.mul(focal).add(x[8]).sub(fy))
        };
    }

    /** The weight residual {@code 1 − w²}. */
    public static Num weightResidual(Num w) {
        return w.square().neg().add(1);
    }

    /** The block's point relative to the camera centre, rotated by the camera's rotation vector. */
    private static Num[] rotate(Num[] x) {
        Num[] r = {x[0], x[1], x[2]};
        Num[] y = centred(x);
        Num squaredAngle = r[0].square().add(r[1].square()).add(r[2].square());
        if (squaredAngle.doubleValue() == 0) {
            Num[] cross = cross(r, y);
            return new Num[] {y[0].add(cross[0]), y[1].add(cross[1]), y[2].add(cross[2])};
        }
        return rodrigues(r, y, squaredAngle);
    }

    /** Rodrigues' rotation of {@code y} by the rotation vector {@code r} of squared length {@code squaredAngle > 0}. */
    private static Num[] rodrigues(Num[] r, Num[] y, Num squaredAngle) {
        Num angle = squaredAngle.sqrt();
        Num cos = angle.cos();
        Num sin = angle.sin();
        Num[] axis = {r[0].div(angle), r[1].div(angle), r[2].div(angle)};
        Num[] cross = cross(axis, y);
        Num along = axis[0].mul(y[0]).add(axis[1].mul(y[1])).add(axis[2].mul(y[2])).mul(cos.neg().add(1));
        Num[] out = new Num[3];
        for (int j = 0; j < 3; j++) out[j] = y[j].mul(cos).add(cross[j].mul(sin)).add(axis[j].mul(along));
        return out;
    }

    private static Num[] cross(Num[] a, Num[] b) {
        return new Num[] {
            a[1].mul(b[2]).sub(a[2].mul(b[1])),
            a[2].mul(b[0]).sub(a[0].mul(b[2])),
            a[0].mul(b[1]).sub(a[1].mul(b[0]))
        };
    }
}
