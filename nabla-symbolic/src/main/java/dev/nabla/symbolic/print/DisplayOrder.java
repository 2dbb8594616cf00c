package dev.nabla.symbolic.print;

import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.NamedConstant;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which terms and factors are shown, close to SymPy's printing:
 * factors by base class (numbers, {@code pi}/{@code e}, symbols, sums, functions — functions in
 * SymPy's order {@code exp, log, sin, cos, …}), then name; terms of a sum in lexicographic order of
 * their monomials, highest degree first, constants after the polynomial part
 * ({@code x**2 + x*y*z + y**2 + z}, {@code x + 1 + 1/x}); as SymPy, a binomial of a negative term in one
 * generator and a positive number starts with the number ({@code 1 - x**2}, {@code 3 - exp(x)}).
 *
 * {@code exp(-u)} counts as degree -1 in {@code exp(u)}, so {@code 1 + exp(-x)} starts with 1 as in SymPy;
 * factors without symbols ({@code pi}, {@code cosh(3)}) count as numbers.
 *
 * <p>Keys are short prefixes of the printed form, each part led by its class rank, computed
 * bottom-up, so ordering never recurses.
 */
final class DisplayOrder {
    private static final int KEY_LENGTH = 40;
    private static final List<Primitive> FUNCTION_ORDER = List.of(Primitives.EXP, Primitives.LOG, Primitives.SIN,
            Primitives.COS, Primitives.TAN, Primitives.ASIN, Primitives.ACOS, Primitives.ATAN, Primitives.SINH,
            Primitives.COSH, Primitives.TANH, Primitives.ASINH, Primitives.ACOSH, Primitives.ATANH);

    private final Map<Expr, String> keys = new IdentityHashMap<>();
    private final Map<Expr, Boolean> symbolFree = new IdentityHashMap<>();

    DisplayOrder(Expr root) {
        for (Expr e : Dag.topologicalOrder(root)) {
            key(e);
            isSymbolFree(e);
        }
    }

    /** Whether {@code e} has no symbol (a number like {@code cosh(3)}, which sorts with the numbers). */
    private boolean isSymbolFree(Expr e) {
        Boolean known = symbolFree.get(e);
        if (known != null) return known;
        boolean free = !(e instanceof Symbol);
        for (int i = 0; free && i < e.arity(); i++) free = isSymbolFree(e.arg(i));
        symbolFree.put(e, free);
        return free;
    }

    /** The factors of a product (without coefficient) in display order. */
    List<Expr> factors(List<Expr> factors) {
        List<Expr> sorted = new ArrayList<>(factors);
        sorted.sort(factorOrder());
        return sorted;
    }

    private Comparator<Expr> factorOrder() {
        return Comparator.comparingInt((Expr f) -> rank(baseOf(f))).thenComparing(f -> key(baseOf(f)))
                .thenComparing(this::key);
    }

    /** The terms of a sum in display order. */
    List<Expr> terms(Add sum) {
        List<Expr> terms = sum.args();
        List<Map<Expr, Double>> monomials = new ArrayList<>(terms.size());
        Set<Expr> gens = new LinkedHashSet<>();
        for (Expr t : terms) {
            Map<Expr, Double> m = monomial(t);
            monomials.add(m);
            gens.addAll(m.keySet());
        }
        List<Expr> genOrder = new ArrayList<>(gens);
        genOrder.sort(factorOrder());
        Map<Expr, Map<Expr, Double>> byTerm = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) byTerm.put(terms.get(i), monomials.get(i));
        List<Expr> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> {
            Map<Expr, Double> ma = byTerm.get(a);
            Map<Expr, Double> mb = byTerm.get(b);
            for (Expr g : genOrder) {
                int c = Double.compare(mb.getOrDefault(g, 0.0), ma.getOrDefault(g, 0.0));
                if (c != 0) return c;
            }
            return key(a).compareTo(key(b));
        });
        if (sorted.size() == 2 && isNegative(sorted.get(0)) && sorted.get(1).isNumber() && !isNegative(sorted.get(1))
                && byTerm.get(sorted.get(0)).size() == 1) {
            return List.of(sorted.get(1), sorted.get(0));
        }
        return sorted;
    }

    private static boolean isNegative(Expr t) {
        Expr k = t instanceof Mul m ? m.coefficient() : t;
        return k != null && k.isNumber() && ((Constant) k).value() < 0;
    }

    private Map<Expr, Double> monomial(Expr term) {
        Map<Expr, Double> m = new HashMap<>();
        Expr rest = term instanceof Mul mul ? mul.withoutCoefficient() : term;
        if (isSymbolFree(rest)) return m;
        List<Expr> factors = rest instanceof Mul mul ? mul.args() : List.of(rest);
        for (Expr f : factors) {
            if (isSymbolFree(f)) continue;
            if (f instanceof Call c && c.primitive() == Primitives.EXP && c.arg(0) instanceof Mul a
                    && a.coefficient() != null && a.coefficient().value() < 0) {
                m.merge(Mul.of(dev.nabla.symbolic.expr.Rational.MINUS_ONE, f.arg(0)).exp(), -1.0, Double::sum);
                continue;
            }
            if (f instanceof Pow p && p.exponent().isNumber()) {
                m.merge(p.base(), ((Constant) p.exponent()).value(), Double::sum);
            } else {
                m.merge(f, 1.0, Double::sum);
            }
        }
        return m;
    }

    private static Expr baseOf(Expr f) {
        return f instanceof Pow p ? p.base() : f;
    }

    private static int rank(Expr e) {
        if (e.isNumber()) return 0;
        if (e instanceof NamedConstant) return 1;
        if (e instanceof Symbol) return 2;
        if (e instanceof Pow || e instanceof Mul) return 3;
        if (e instanceof Add) return 4;
        if (e instanceof Call c) {
            int i = FUNCTION_ORDER.indexOf(c.primitive());
            return 10 + (i < 0 ? FUNCTION_ORDER.size() : i);
        }
        return 100;
    }

    String key(Expr e) {
        String k = keys.get(e);
        if (k != null) return k;
        StringBuilder b = new StringBuilder().append((char) ('A' + Math.min(rank(e), 25)));
        switch (e.kind()) {
            case SYMBOL -> b.append(((Symbol) e).name());
            case NAMED_CONSTANT -> b.append(((NamedConstant) e).name());
            case RATIONAL, FLOAT -> b.append(((Constant) e).value());
            case ADD -> join(b, e, "+");
            case MUL -> join(b, e, "*");
            case POW -> b.append(key(e.arg(0))).append("**").append(key(e.arg(1)));
            case CALL -> join(b.append(((Call) e).name()).append('('), e, ",").append(')');
            case CUSTOM -> join(b.append(((CustomCall) e).primitive().name()).append('('), e, ",").append(')');
        }
        k = b.length() > KEY_LENGTH ? b.substring(0, KEY_LENGTH) : b.toString();
        keys.put(e, k);
        return k;
    }

    private StringBuilder join(StringBuilder b, Expr e, String sep) {
        for (int i = 0; i < e.arity(); i++) {
            if (i > 0) b.append(sep);
            b.append(key(e.arg(i)));
            if (b.length() > KEY_LENGTH) break;
        }
        return b;
    }
}
