package dev.nabla.symbolic.parse;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.Decimal;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Functions;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Rational;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names the parser knows: the table's functions and SymPy's spellings ({@link Functions}),
 * SymPy's two-argument {@code log(x, b)} and {@code Heaviside(x, 1/2)}, the number constructors
 * {@code Rational(p, q)} and {@code Float('…')}, and the constants {@code pi, e, E, nan, inf, oo, zoo}.
 */
final class Spellings {
    private Spellings() {}

    private static final Pattern DECIMAL = Pattern.compile("[+-]?+(?:[0-9]++\\.?+[0-9]*+|\\.[0-9]++)(?:[eE][+-]?+[0-9]++)?+");

    /** {@code Float(x)}: the number {@code x} as a float; its argument may also be a string ({@code Float('0.1')}). */
    static final Callee FLOAT = new Callee("Float", 1, 1, args -> Decimal.of(((Constant) number("Float", args[0])).value()));

    /** The constant called {@code name}, if it is one. {@code zoo} (complex infinity) is NaN, Nabla's value of {@code 1/0}. */
    static Optional<Expr> constant(String name) {
        return Optional.ofNullable(switch (name) {
            case "pi" -> NamedConstant.PI;
            case "e", "E" -> NamedConstant.E;
            case "nan", "zoo" -> Decimal.NAN;
            case "inf", "oo" -> Decimal.of(Double.POSITIVE_INFINITY);
            default -> null;
        });
    }

    /** What {@code name(…)} calls, if anything. */
    static Optional<Callee> callee(String name) {
        switch (name) {
            case "log", "ln" -> {
                return Optional.of(new Callee(name, 1, 2, args -> args.length == 1 ? Call.of(Primitives.LOG, args[0]) : logBase(args[0], args[1])));
            }
            case "Heaviside" -> {
                return Optional.of(new Callee(name, 1, 2, Spellings::heaviside));
            }
            case "Rational" -> {
                return Optional.of(new Callee(name, 1, 2, Spellings::rational));
            }
            case "Float" -> {
                return Optional.of(FLOAT);
            }
            default -> {
                return Functions.named(name).map(Spellings::primitive);
            }
        }
    }

    private static Callee primitive(Primitive p) {
        if (p == Primitives.MIN || p == Primitives.MAX) {
            BinaryPrimitive b = (BinaryPrimitive) p;
            return new Callee(p.name(), 2, Integer.MAX_VALUE, args -> {
                Expr folded = args[0];
                for (int k = 1; k < args.length; k++) folded = Call.of(b, folded, args[k]);
                return folded;
            });
        }
        return new Callee(p.name(), p.arity(), p.arity(), args -> p instanceof UnaryPrimitive ? Call.of(p, args[0]) : Call.of(p, args[0], args[1]));
    }

    /** {@code log(x, b) = log(x)/log(b)} as SymPy evaluates it; {@code log(x, 10)} is the table's {@code log10}, {@code log(x, E)} is {@code log(x)}. */
    private static Expr logBase(Expr x, Expr base) {
        if (base == Rational.of(10)) return Call.of(Primitives.LOG10, x);
        if (base == NamedConstant.E) return Call.of(Primitives.LOG, x);
        return Call.of(Primitives.LOG, x).div(Call.of(Primitives.LOG, base));
    }

    private static Expr heaviside(Expr[] args) {
        if (args.length == 2 && ((Constant) number("Heaviside", args[1])).value() != 0.5) {
            throw new IllegalArgumentException("Heaviside(x, H0): Nabla's heaviside has H0 = 1/2 (as SymPy's default); got " + args[1]);
        }
        return Call.of(Primitives.HEAVISIDE, args[0]);
    }

    /** {@code Rational(p)}, {@code Rational(p, q)}: exact; a float argument is converted exactly, as SymPy does. */
    private static Expr rational(Expr[] args) {
        Rational p = exact(args[0]);
        Rational q = args.length == 2 ? exact(args[1]) : Rational.ONE;
        if (q.signum() == 0) throw new IllegalArgumentException("Rational: the denominator is 0");
        return p.div(q);
    }

    private static Rational exact(Expr e) {
        Expr n = number("Rational", e);
        if (n instanceof Rational r) return r;
        double v = ((Constant) n).value();
        if (!Double.isFinite(v) || n instanceof NamedConstant) {
            throw new IllegalArgumentException("Rational: needs a finite rational number, got " + e);
        }
        BigDecimal d = new BigDecimal(v);
        BigInteger unscaled = d.unscaledValue();
        Expr value = d.scale() <= 0
                ? Rational.of(unscaled.multiply(BigInteger.TEN.pow(-d.scale())))
                : Rational.fraction(unscaled, BigInteger.TEN.pow(d.scale()));
        if (!(value instanceof Rational r)) throw new IllegalArgumentException("Rational: " + e + " is too large to be exact");
        return r;
    }

    private static Expr number(String function, Expr e) {
        if (!(e instanceof Constant)) throw new IllegalArgumentException(function + ": needs a number, got " + e);
        return e;
    }

    /** The value of {@code Float('text')}: a decimal number, {@code inf}, {@code -inf} or {@code nan} (SymPy's spellings too). */
    static Optional<Decimal> floatString(String text) {
        String t = text.strip();
        if (DECIMAL.matcher(t).matches()) return Optional.of(Decimal.of(Double.parseDouble(t)));
        return Optional.ofNullable(switch (t) {
            case "inf", "+inf", "oo", "+oo" -> Decimal.of(Double.POSITIVE_INFINITY);
            case "-inf", "-oo" -> Decimal.of(Double.NEGATIVE_INFINITY);
            case "nan" -> Decimal.NAN;
            default -> null;
        });
    }
}
