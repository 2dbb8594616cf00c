package dev.nabla.symbolic.expr;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of random expressions over every function of the table ({@link Functions}), the
 * arithmetic operators, symbols {@code x, y, z}, exact integers and fractions, floats, {@code pi} and
 * {@code e}, for property and fuzz tests.
 */
public final class RandomExpressions {
    private RandomExpressions() {}

    private static final List<Symbol> SYMBOLS = Expr.symbols("x", "y", "z");
    private static final List<Primitive> FUNCTIONS = functions();

    private static List<Primitive> functions() {
        List<Primitive> list = new ArrayList<>();
        for (String name : Functions.names()) list.add(Functions.named(name).orElseThrow());
        return List.copyOf(list);
    }

    /** Every function an expression can call, in name order. */
    public static List<Primitive> functionsUsed() {
        return FUNCTIONS;
    }

    /** A random expression of at most {@code depth} levels of operations. */
    public static Expr expression(Random r, int depth) {
        if (depth == 0 || r.nextInt(5) == 0) return atom(r);
        int kind = r.nextInt(10);
        if (kind < 4) {
            Expr a = expression(r, depth - 1);
            Expr b = expression(r, depth - 1);
            return switch (r.nextInt(5)) {
                case 0 -> a.add(b);
                case 1 -> a.sub(b);
                case 2 -> a.mul(b);
                case 3 -> a.div(b);
                default -> a.pow(r.nextBoolean() ? Rational.of(r.nextInt(7) - 3) : b);
            };
        }
        Primitive p = FUNCTIONS.get(r.nextInt(FUNCTIONS.size()));
        Expr[] args = new Expr[p.arity()];
        for (int i = 0; i < args.length; i++) args[i] = expression(r, depth - 1);
        return Call.of(p, args);
    }

    private static Expr atom(Random r) {
        return switch (r.nextInt(9)) {
            case 0, 1, 2, 3 -> SYMBOLS.get(r.nextInt(SYMBOLS.size()));
            case 4 -> Rational.of(r.nextInt(9) - 2);
            case 5 -> Expr.rational(r.nextInt(7) - 3, 1 + r.nextInt(5));
            case 6 -> Decimal.of(Math.round(r.nextDouble() * 400 - 100) / 16.0 + 0.1);
            case 7 -> NamedConstant.PI;
            default -> NamedConstant.E;
        };
    }

    /** Whether {@code e} calls one of the functions SymPy lacks, which its printer writes out ({@code expm1, log1p, hypot}). */
    public static boolean writtenOutForSympy(Expr e) {
        for (Expr n : Dag.topologicalOrder(List.of(e))) {
            if (n instanceof Call c && (c.primitive() == Primitives.EXPM1 || c.primitive() == Primitives.LOG1P
                    || c.primitive() == Primitives.HYPOT)) return true;
        }
        return false;
    }
}
