package dev.nabla.core.rules;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The one table of primitives. Every derivative rule in Nabla is written here, once, and every
 * method — forward mode, reverse mode, symbolic differentiation, tensors — reads it. Everything
 * else is a composite of these and gets every mode for free.
 *
 * <h2>Conventions at non-smooth points (identical in every mode)</h2>
 * <ul>
 *   <li>{@code abs'(0) = 0} (the subgradient PyTorch uses); {@code sign' = heaviside' = 0} everywhere.</li>
 *   <li>{@code min}/{@code max} at a tie give each operand half the derivative: {@code ∂max/∂x = H(x - y)}
 *       with {@code H(0) = 1/2}, as {@code torch.maximum} does.</li>
 *   <li>{@code sqrt'(0) = cbrt'(0) = +∞}; {@code asin', acos'} at ±1 and {@code acosh'(1)} are infinite.</li>
 *   <li>{@code hypot} and {@code atan2} at (0, 0): both partials 0 (the zero rule applied to {@code x · (1/0)};
 *       for {@code hypot} the smallest subgradient, as {@code abs'(0) = 0}).</li>
 *   <li>{@code x^y}: {@code ∂x = y · x^(y-1)} is 0 where {@code y = 0}, even at {@code x = 0} ({@code x^0 = 1}
 *       is constant in {@code x}); {@code ∂y = x^y · log x} is 0 where {@code x^y = 0} and NaN for {@code x < 0}.
 *       So {@code pow(x, x)} at 0 has derivative {@code 0 + 1 · log 0 = -∞} in every mode, the limit from the
 *       right. {@code x^c} with a constant exponent has only {@code ∂/∂x = c · x^(c-1)}.</li>
 * </ul>
 *
 * <h2>The zero rule (identical in every mode)</h2>
 * A chain-rule contribution {@code partial · seed} whose seed (tangent, adjoint) or partial is exactly 0 is
 * dropped, never multiplied ({@link StrongZero}): {@code 0 · ∞ = 0 · NaN = 0}. So {@code asin(sign x)},
 * {@code x^sign(x)}, {@code sqrt(x - x)}, {@code acos(x/x)} have the derivative symbolic mode gives them, and a
 * partial the function does not use stays 0 however the tangents are stored. The double partials below are
 * written the same way, so each equals its algebra rule evaluated with {@code 0 · anything = 0}.
 *
 * <h2>Outside the domain</h2>
 * A primitive's value is what IEEE arithmetic gives, usually NaN, and every derivative is NaN wherever the value
 * is ({@link UnaryPrimitive#partialAt}) — in every mode, symbolic included — never an exception.
 */
public final class Primitives {
    private Primitives() {}

    private static final double LN10 = Math.log(10);

    // ---- arithmetic ---------------------------------------------------------------------------

    /** {@code x + y}: {@code ∂x = 1, ∂y = 1}. */
    public static final BinaryPrimitive ADD = binary("add", Double::sum,
            (x, y, f) -> 1, (x, y, f) -> 1,
            (x, y, f) -> x.constant(1), (x, y, f) -> x.constant(1));

    /** {@code x - y}: {@code ∂x = 1, ∂y = -1}. */
    public static final BinaryPrimitive SUB = binary("sub", (x, y) -> x - y,
            (x, y, f) -> 1, (x, y, f) -> -1,
            (x, y, f) -> x.constant(1), (x, y, f) -> x.constant(-1));

    /** {@code x · y}: {@code ∂x = y, ∂y = x}. */
    public static final BinaryPrimitive MUL = binary("mul", (x, y) -> x * y,
            (x, y, f) -> y, (x, y, f) -> x,
            (x, y, f) -> y, (x, y, f) -> x);

    /** {@code x / y}: {@code ∂x = 1/y, ∂y = -(x/y)/y}. */
    public static final BinaryPrimitive DIV = binary("div", (x, y) -> x / y,
            (x, y, f) -> 1 / y, (x, y, f) -> -f / y,
            (x, y, f) -> y.reciprocal(), (x, y, f) -> f.neg().div(y));

    /** {@code -x}: {@code f' = -1}. */
    public static final UnaryPrimitive NEG = unary("neg", x -> -x, (x, f) -> -1, (x, f) -> x.constant(-1));

    /**
     * {@code x^y}: {@code ∂x = y · x^(y-1), ∂y = x^y · log x}, each product under the zero rule
     * ({@link StrongZero}): {@code ∂x = 0} where {@code y = 0} (also at {@code x = 0}, where
     * {@code x^(y-1)} is infinite) and {@code ∂y = 0} where {@code x^y = 0}. On doubles {@code ∂x} of a
     * square is {@code 2x} (the same number, without a call to {@code Math.pow}).
     */
    public static final BinaryPrimitive POW = binary("pow", Math::pow,
            (x, y, f) -> y == 2 ? 2 * x : StrongZero.times(y, Math.pow(x, y - 1)),
            (x, y, f) -> StrongZero.times(f, Math.log(x)),
            (x, y, f) -> StrongZero.times(y, x.pow(y.sub(1))), (x, y, f) -> StrongZero.times(f, x.log()),
            new Domain("x > 0 for a variable exponent; any x for a constant one", List.of(
                    new Domain.Interval(0, Double.POSITIVE_INFINITY),
                    new Domain.Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))),
            List.of(SpecialPoint.of(0, 0, 0, Double.NEGATIVE_INFINITY,
                    "0^0 = 1: ∂x = 0 · 0^-1 = 0 by the zero rule, ∂y = 1 · log 0 = -∞; so d/dx x^x = -∞ at 0")));

    // ---- roots, exponentials, logarithms ------------------------------------------------------

    /** {@code √x}: {@code f' = 1 / (2√x)}; {@code +∞} at 0. */
    public static final UnaryPrimitive SQRT = unary("sqrt", Math::sqrt,
            (x, f) -> 0.5 / f, (x, f) -> f.constant(0.5).div(f),
            Domain.open("x > 0 (value 0 at 0, derivative +∞)", 0, Double.POSITIVE_INFINITY),
            List.of(SpecialPoint.of(0, Double.POSITIVE_INFINITY, "1/(2·√0) = +∞, as IEEE gives")));

    /** {@code ∛x}: {@code f' = 1 / (3 ∛x²)}; {@code +∞} at 0. */
    public static final UnaryPrimitive CBRT = unary("cbrt", Math::cbrt,
            (x, f) -> 1 / (3 * f * f), (x, f) -> f.mul(f).mul(3).reciprocal(),
            Domain.everywhere(1),
            List.of(SpecialPoint.of(0, Double.POSITIVE_INFINITY, "1/(3·0²) = +∞, as IEEE gives")));

    /** {@code e^x}: {@code f' = e^x}. */
    public static final UnaryPrimitive EXP = unary("exp", Math::exp, (x, f) -> f, (x, f) -> f);

    /** {@code e^x - 1}: {@code f' = e^x} (not {@code f + 1}, which loses every digit for {@code x ≪ 0}). */
    public static final UnaryPrimitive EXPM1 = unary("expm1", Math::expm1, (x, f) -> Math.exp(x), (x, f) -> x.exp());

    /** {@code log x}: {@code f' = 1/x}. */
    public static final UnaryPrimitive LOG = unary("log", Math::log,
            (x, f) -> 1 / x, (x, f) -> x.reciprocal(),
            Domain.open("x > 0", 0, Double.POSITIVE_INFINITY), List.of());

    /** {@code log(1 + x)}: {@code f' = 1/(1 + x)}. */
    public static final UnaryPrimitive LOG1P = unary("log1p", Math::log1p,
            (x, f) -> 1 / (1 + x), (x, f) -> x.add(1).reciprocal(),
            Domain.open("x > -1", -1, Double.POSITIVE_INFINITY), List.of());

    /** {@code log₁₀ x}: {@code f' = 1/(x · ln 10)}. */
    public static final UnaryPrimitive LOG10 = unary("log10", Math::log10,
            (x, f) -> 1 / (x * LN10), (x, f) -> x.mul(LN10).reciprocal(),
            Domain.open("x > 0", 0, Double.POSITIVE_INFINITY), List.of());

    // ---- trigonometric ------------------------------------------------------------------------

    /** {@code sin x}: {@code f' = cos x}. */
    public static final UnaryPrimitive SIN = unary("sin", Math::sin, (x, f) -> Math.cos(x), (x, f) -> x.cos());

    /** {@code cos x}: {@code f' = -sin x}. */
    public static final UnaryPrimitive COS = unary("cos", Math::cos, (x, f) -> -Math.sin(x), (x, f) -> x.sin().neg());

    /** {@code tan x}: {@code f' = 1 + tan² x}. */
    public static final UnaryPrimitive TAN = unary("tan", Math::tan, (x, f) -> 1 + f * f, (x, f) -> f.mul(f).add(1),
            Domain.open("x ≠ π/2 + kπ (sampled in (-π/2, π/2))", -Math.PI / 2, Math.PI / 2), List.of());

    /** {@code asin x}: {@code f' = 1/√(1 - x²)}. */
    public static final UnaryPrimitive ASIN = unary("asin", Math::asin,
            (x, f) -> 1 / Math.sqrt(1 - x * x), (x, f) -> x.constant(1).sub(x.mul(x)).sqrt().reciprocal(),
            Domain.open("-1 < x < 1 (derivative +∞ at ±1)", -1, 1), List.of());

    /** {@code acos x}: {@code f' = -1/√(1 - x²)}. */
    public static final UnaryPrimitive ACOS = unary("acos", Math::acos,
            (x, f) -> -1 / Math.sqrt(1 - x * x), (x, f) -> x.constant(1).sub(x.mul(x)).sqrt().reciprocal().neg(),
            Domain.open("-1 < x < 1 (derivative -∞ at ±1)", -1, 1), List.of());

    /** {@code atan x}: {@code f' = 1/(1 + x²)}. */
    public static final UnaryPrimitive ATAN = unary("atan", Math::atan,
            (x, f) -> 1 / (1 + x * x), (x, f) -> x.mul(x).add(1).reciprocal());

    /**
     * {@code atan2(y, x)}, the angle of {@code (x, y)}: {@code ∂y = x · (x² + y²)^-1, ∂x = -y · (x² + y²)^-1};
     * at the origin both are 0 by the zero rule ({@code 0 · ∞ = 0}).
     */
    public static final BinaryPrimitive ATAN2 = binary("atan2", Math::atan2,
            (y, x, f) -> StrongZero.times(x, 1 / (x * x + y * y)), (y, x, f) -> StrongZero.times(-y, 1 / (x * x + y * y)),
            (y, x, f) -> StrongZero.times(x, x.mul(x).add(y.mul(y)).reciprocal()),
            (y, x, f) -> StrongZero.times(y.neg(), x.mul(x).add(y.mul(y)).reciprocal()),
            Domain.everywhere(2),
            List.of(SpecialPoint.of(0, 0, 0, 0, "0 · (1/0): the zero rule gives 0 at the origin")));

    // ---- hyperbolic ---------------------------------------------------------------------------

    /** {@code sinh x}: {@code f' = cosh x}. */
    public static final UnaryPrimitive SINH = unary("sinh", Math::sinh, (x, f) -> Math.cosh(x), (x, f) -> x.cosh());

    /** {@code cosh x}: {@code f' = sinh x}. */
    public static final UnaryPrimitive COSH = unary("cosh", Math::cosh, (x, f) -> Math.sinh(x), (x, f) -> x.sinh());

    /** {@code tanh x}: {@code f' = 1 - tanh² x}. */
    public static final UnaryPrimitive TANH = unary("tanh", Math::tanh,
            (x, f) -> 1 - f * f, (x, f) -> x.constant(1).sub(f.mul(f)));

    /** {@code asinh x = log(x + √(x² + 1))}: {@code f' = 1/√(x² + 1)}. */
    public static final UnaryPrimitive ASINH = unary("asinh", Primitives::asinh,
            (x, f) -> 1 / Math.sqrt(x * x + 1), (x, f) -> x.mul(x).add(1).sqrt().reciprocal());

    /**
     * {@code acosh x = log(x + √(x² - 1))}: {@code f' = 1/(√(x - 1)·√(x + 1))}, as SymPy writes it ({@code x² - 1}
     * would overflow for {@code x > 1e154}).
     */
    public static final UnaryPrimitive ACOSH = unary("acosh", Primitives::acosh,
            (x, f) -> 1 / (Math.sqrt(x - 1) * Math.sqrt(x + 1)), (x, f) -> x.sub(1).sqrt().mul(x.add(1).sqrt()).reciprocal(),
            Domain.open("x > 1 (derivative +∞ at 1)", 1, Double.POSITIVE_INFINITY), List.of());

    /** {@code atanh x}: {@code f' = 1/(1 - x²)}. */
    public static final UnaryPrimitive ATANH = unary("atanh", Primitives::atanh,
            (x, f) -> 1 / (1 - x * x), (x, f) -> x.constant(1).sub(x.mul(x)).reciprocal(),
            Domain.open("-1 < x < 1", -1, 1), List.of());

    // ---- non-smooth ---------------------------------------------------------------------------

    /** {@code sign x} ∈ {-1, 0, 1}: {@code f' = 0} everywhere (also at 0). */
    public static final UnaryPrimitive SIGN = unary("sign", Math::signum, (x, f) -> 0, (x, f) -> x.constant(0),
            Domain.everywhere(1), List.of(SpecialPoint.of(0, 0, "the jump is not differentiated: 0")));

    /** Heaviside step {@code H(x)} with {@code H(0) = 1/2}: {@code f' = 0} everywhere (also at 0). */
    public static final UnaryPrimitive HEAVISIDE = unary("heaviside", Primitives::heaviside,
            (x, f) -> 0, (x, f) -> x.constant(0),
            Domain.everywhere(1), List.of(SpecialPoint.of(0, 0, "the jump is not differentiated: 0")));

    /** {@code |x|}: {@code f' = sign x}, so 0 at 0. */
    public static final UnaryPrimitive ABS = unary("abs", Math::abs, (x, f) -> Math.signum(x), (x, f) -> x.sign(),
            Domain.everywhere(1), List.of(SpecialPoint.of(0, 0, "subgradient 0, as PyTorch")));

    /** {@code min(x, y)}: {@code ∂x = H(y - x), ∂y = H(x - y)}; half each at a tie. */
    public static final BinaryPrimitive MIN = binary("min", Math::min,
            (x, y, f) -> heaviside(y - x), (x, y, f) -> heaviside(x - y),
            (x, y, f) -> y.sub(x).heaviside(), (x, y, f) -> x.sub(y).heaviside(),
            Domain.everywhere(2), List.of(SpecialPoint.of(1, 1, 0.5, 0.5, "a tie splits the derivative evenly, as torch.minimum")));

    /** {@code max(x, y)}: {@code ∂x = H(x - y), ∂y = H(y - x)}; half each at a tie. */
    public static final BinaryPrimitive MAX = binary("max", Math::max,
            (x, y, f) -> heaviside(x - y), (x, y, f) -> heaviside(y - x),
            (x, y, f) -> x.sub(y).heaviside(), (x, y, f) -> y.sub(x).heaviside(),
            Domain.everywhere(2), List.of(SpecialPoint.of(1, 1, 0.5, 0.5, "a tie splits the derivative evenly, as torch.maximum")));

    /**
     * {@code √(x² + y²)}: {@code ∂x = x · f^-1, ∂y = y · f^-1}; 0 at the origin by the zero rule, the
     * smallest subgradient (as {@code abs'(0) = 0}).
     */
    public static final BinaryPrimitive HYPOT = binary("hypot", Math::hypot,
            (x, y, f) -> StrongZero.times(x, 1 / f), (x, y, f) -> StrongZero.times(y, 1 / f),
            (x, y, f) -> StrongZero.times(x, f.reciprocal()), (x, y, f) -> StrongZero.times(y, f.reciprocal()),
            Domain.everywhere(2), List.of(SpecialPoint.of(0, 0, 0, 0, "0 · (1/0): the zero rule gives 0, the smallest subgradient")));

    private static final List<Primitive> ALL = List.of(ADD, SUB, MUL, DIV, NEG, POW, SQRT, CBRT, EXP, EXPM1, LOG, LOG1P,
            LOG10, SIN, COS, TAN, ASIN, ACOS, ATAN, ATAN2, SINH, COSH, TANH, ASINH, ACOSH, ATANH, SIGN, HEAVISIDE, ABS,
            MIN, MAX, HYPOT);

    private static final Map<String, Primitive> BY_NAME = index();

    /** Every primitive of the table, in a fixed order. */
    public static List<Primitive> all() {
        return ALL;
    }

    /** The primitive called {@code name}, if there is one. */
    public static Optional<Primitive> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** {@code H(x)}: 0 below zero, 1/2 at zero, 1 above; NaN stays NaN. */
    public static double heaviside(double x) {
        return x > 0 ? 1 : x < 0 ? 0 : x == 0 ? 0.5 : Double.NaN;
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        return x > 1e8 ? Math.log(x) + Math.log(2) : Math.log(x + Math.sqrt(x * x - 1));
    }

    static double atanh(double x) {
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }

    private static Map<String, Primitive> index() {
        Map<String, Primitive> m = new LinkedHashMap<>();
        for (Primitive p : ALL) m.put(p.name(), p);
        return Map.copyOf(m);
    }

    private static UnaryPrimitive unary(String name, DoubleUnaryOperator value, UnaryPrimitive.Partial partial,
                                        UnaryPrimitive.Rule rule) {
        return unary(name, value, partial, rule, Domain.everywhere(1), List.of());
    }

    private static UnaryPrimitive unary(String name, DoubleUnaryOperator value, UnaryPrimitive.Partial partial,
                                        UnaryPrimitive.Rule rule, Domain domain, List<SpecialPoint> special) {
        return new UnaryPrimitive(name, value, partial, rule, domain, special);
    }

    private static BinaryPrimitive binary(String name, DoubleBinaryOperator value,
                                          BinaryPrimitive.Partial dx, BinaryPrimitive.Partial dy,
                                          BinaryPrimitive.Rule rx, BinaryPrimitive.Rule ry) {
        return binary(name, value, dx, dy, rx, ry, Domain.everywhere(2), List.of());
    }

    private static BinaryPrimitive binary(String name, DoubleBinaryOperator value,
                                          BinaryPrimitive.Partial dx, BinaryPrimitive.Partial dy,
                                          BinaryPrimitive.Rule rx, BinaryPrimitive.Rule ry,
                                          Domain domain, List<SpecialPoint> special) {
        return new BinaryPrimitive(name, value, dx, dy, rx, ry, domain, special);
    }

}
