package dev.nabla.cli.precise;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Decimal;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation of an expression graph on {@link BigDecimal} at a fixed working precision: each shared
 * node once, every operation rounded to {@code precision} significant digits. Exact rationals are
 * divided out at that precision, {@code pi} and {@code e} computed to it, and a decimal literal is the
 * exact value of its binary double ({@code 0.1} is {@code 0.1000000000000000055511151231257827…}, as
 * SymPy's {@code Float(0.1)}). {@link SignificantDigits} runs this at rising precisions.
 */
public final class PreciseEvaluator {
    private final MathContext mc;

    private PreciseEvaluator(int precision) {
        this.mc = new MathContext(precision, RoundingMode.HALF_EVEN);
    }

    /**
     * The value of {@code e} with {@code values} for its symbols, at {@code precision} significant digits
     * per operation.
     *
     * @throws IllegalArgumentException naming a symbol without a value or a primitive with no
     *                                  arbitrary-precision value (a custom primitive)
     * @throws ArithmeticException      where a value is not a real number or is infinite
     */
    public static BigDecimal evaluate(Expr e, Map<Symbol, BigDecimal> values, int precision) {
        if (precision < 1) throw new IllegalArgumentException("precise evaluation: precision must be at least 1, got " + precision);
        return new PreciseEvaluator(precision).run(e, values);
    }

    private BigDecimal run(Expr root, Map<Symbol, BigDecimal> values) {
        List<Expr> order = Dag.topologicalOrder(List.of(root));
        Map<Expr, BigDecimal> v = new IdentityHashMap<>();
        for (Expr e : order) v.put(e, node(e, v, values));
        return v.get(root);
    }

    private BigDecimal node(Expr e, Map<Expr, BigDecimal> v, Map<Symbol, BigDecimal> values) {
        switch (e.kind()) {
            case RATIONAL: {
                Rational r = (Rational) e;
                BigDecimal p = new BigDecimal(r.numerator());
                return r.isInteger() ? p.round(mc) : p.divide(new BigDecimal(r.denominator()), mc);
            }
            case FLOAT: {
                double d = ((Decimal) e).value();
                if (!Double.isFinite(d)) throw new ArithmeticException("the expression contains the undefined or infinite constant " + d);
                return new BigDecimal(d);
            }
            case NAMED_CONSTANT:
                return e == NamedConstant.PI ? BigDecimalMath.pi(mc) : BigDecimalMath.e(mc);
            case SYMBOL: {
                BigDecimal x = values.get((Symbol) e);
                if (x == null) throw new IllegalArgumentException("no value for the variable '" + ((Symbol) e).name() + "'");
                return x;
            }
            case ADD: {
                MathContext wider = new MathContext(mc.getPrecision() + 5, RoundingMode.HALF_EVEN);
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < e.arity(); k++) sum = sum.add(v.get(e.arg(k)), wider);
                return sum.round(mc);
            }
            case MUL: {
                BigDecimal product = v.get(e.arg(0));
                for (int k = 1; k < e.arity(); k++) product = product.multiply(v.get(e.arg(k)), mc);
                return product;
            }
            case POW: {
                Expr exponent = e.arg(1);
                BigDecimal base = v.get(e.arg(0));
                if (exponent == Rational.HALF) return PrecisePrimitives.unary(dev.nabla.core.rules.Primitives.SQRT).orElseThrow().apply(base, mc);
                return PrecisePrimitives.pow(base, v.get(exponent), mc);
            }
            case CALL: {
                Call c = (Call) e;
                if (c.primitive() instanceof UnaryPrimitive u) {
                    return PrecisePrimitives.unary(u).orElseThrow(() -> missing(c.name())).apply(v.get(e.arg(0)), mc);
                }
                BinaryPrimitive b = (BinaryPrimitive) c.primitive();
                return PrecisePrimitives.binary(b).orElseThrow(() -> missing(c.name())).apply(v.get(e.arg(0)), v.get(e.arg(1)), mc);
            }
            default:
                throw missing(e.toString());
        }
    }

    private static IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("'" + name + "' has no arbitrary-precision value");
    }
}
