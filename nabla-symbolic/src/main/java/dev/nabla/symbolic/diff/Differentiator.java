package dev.nabla.symbolic.diff;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.print.Printers;
import dev.nabla.symbolic.simplify.Expander;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbolic differentiation. The only formula written here is the chain rule
 * {@code d p(a, b) = ∂p/∂a · da + ∂p/∂b · db}; every partial comes from the rule table
 * ({@link UnaryPrimitive#rule()}, {@link BinaryPrimitive#ruleX()}, {@link BinaryPrimitive#ruleY()})
 * evaluated on expressions, which are an implementation of the algebra.
 *
 * <p>The walk goes over the topological order of the graph (no recursion), computing each node's
 * derivative once: time and size linear in the size of the DAG. For several variables, each node
 * records which variables it depends on, so each variable's pass only visits the nodes that depend
 * on it.
 *
 * <p>Higher orders are bounded: {@link #diff(Expr, Symbol, int)} takes at most {@link #MAX_ORDER}
 * derivatives, and each derivative may have at most {@link #MAX_NODES} distinct nodes; past either a
 * {@link DerivativeLimitException} says which. From the second order on, each derivative is kept
 * compact: its expanded form ({@link Expander}, within a budget of terms proportional to its size) is
 * taken when it has no more nodes, so that {@code tan⁽ⁿ⁾(x)} stays a polynomial in {@code tan(x)} of
 * degree {@code n + 1} instead of a product tree that doubles with each order.
 */
public final class Differentiator {

    /** The highest order {@link #diff(Expr, Symbol, int)} computes. */
    public static final int MAX_ORDER = 200;

    /** The most distinct nodes a derivative of order two or more may have. */
    public static final int MAX_NODES = 1_000_000;

    private final List<Expr> order;
    private final Map<Expr, Integer> index = new IdentityHashMap<>();
    private final BitSet[] depends;
    private final int[][] byVariable;
    private final List<Symbol> variables;

    private Differentiator(List<? extends Expr> roots, List<Symbol> variables) {
        this.order = Dag.topologicalOrder(roots);
        this.variables = variables;
        this.depends = new BitSet[order.size()];
        Map<Symbol, Integer> varIndex = new IdentityHashMap<>();
        for (int j = 0; j < variables.size(); j++) {
            Symbol s = variables.get(j);
            if (s == null) throw new IllegalArgumentException("diff: variable " + j + " is null");
            varIndex.put(s, j);
        }
        BitSet none = new BitSet();
        for (int i = 0; i < order.size(); i++) {
            Expr e = order.get(i);
            index.put(e, i);
            BitSet d = none;
            if (e instanceof Symbol s && varIndex.containsKey(s)) {
                d = new BitSet();
                d.set(varIndex.get(s));
            } else {
                for (int k = 0; k < e.arity(); k++) {
                    BitSet c = depends[index.get(e.arg(k))];
                    if (c.isEmpty()) continue;
                    if (d == none) d = c;
                    else {
                        if (d == depends[index.get(e.arg(k))]) continue;
                        BitSet merged = (BitSet) d.clone();
                        merged.or(c);
                        d = merged;
                    }
                }
            }
            depends[i] = d;
        }
        int[] count = new int[variables.size()];
        for (BitSet d : depends) for (int j = d.nextSetBit(0); j >= 0; j = d.nextSetBit(j + 1)) count[j]++;
        byVariable = new int[variables.size()][];
        for (int j = 0; j < count.length; j++) byVariable[j] = new int[count[j]];
        int[] fill = new int[variables.size()];
        for (int i = 0; i < depends.length; i++) {
            for (int j = depends[i].nextSetBit(0); j >= 0; j = depends[i].nextSetBit(j + 1)) byVariable[j][fill[j]++] = i;
        }
    }

    /** {@code ∂f/∂x}. */
    public static Expr diff(Expr f, Symbol x) {
        if (f == null || x == null) throw new IllegalArgumentException("diff: " + (f == null ? "the expression" : "the variable") + " is null");
        return new Differentiator(List.of(f), List.of(x)).derivatives(0, List.of(f))[0];
    }

    /**
     * The {@code n}-th derivative {@code ∂ⁿf/∂xⁿ}; {@code n = 0} gives {@code f}, {@code n = 1} the same
     * as {@link #diff(Expr, Symbol)}, higher orders each in compact form.
     *
     * @throws IllegalArgumentException    if {@code n < 0}
     * @throws DerivativeLimitException if {@code n > MAX_ORDER}, or a derivative exceeds {@link #MAX_NODES} nodes
     */
    public static Expr diff(Expr f, Symbol x, int n) {
        if (n < 0) throw new IllegalArgumentException("diff: order must be at least 0, got " + n);
        Symbol[] xs = new Symbol[Math.min(n, MAX_ORDER + 1)];
        java.util.Arrays.fill(xs, x);
        if (n > MAX_ORDER) throw orderLimit(n);
        return diff(f, xs);
    }

    /**
     * The mixed derivative {@code ∂/∂xₖ … ∂/∂x₁ f}, differentiating by each symbol in turn; from the
     * second derivative on each is kept compact.
     *
     * @throws DerivativeLimitException if more than {@link #MAX_ORDER} symbols are given, or a derivative
     *                                  exceeds {@link #MAX_NODES} nodes
     */
    public static Expr diff(Expr f, Symbol... xs) {
        if (xs.length > MAX_ORDER) throw orderLimit(xs.length);
        Expr d = f;
        for (int i = 0; i < xs.length && d != Rational.ZERO; i++) {
            d = diff(d, xs[i]);
            if (i == 0) continue;
            d = compact(d);
            int size = d.nodeCount();
            if (size > MAX_NODES) {
                throw new DerivativeLimitException(DerivativeLimitException.Limit.NODES, size, MAX_NODES, "diff: derivative "
                        + (i + 1) + " of " + Printers.abbreviated(f, 60) + " has " + size + " distinct nodes, more than the limit of " + MAX_NODES);
            }
        }
        return d;
    }

    private static DerivativeLimitException orderLimit(long n) {
        return new DerivativeLimitException(DerivativeLimitException.Limit.ORDER, n, MAX_ORDER,
                "diff: order " + n + " is above the limit of " + MAX_ORDER);
    }

    /** {@code d} or its expansion, whichever has fewer nodes; an expansion past a budget proportional to {@code d}'s size is not tried further. */
    private static Expr compact(Expr d) {
        int size = d.nodeCount();
        Expr expanded;
        try {
            expanded = Expander.expand(d, Math.max(1_000, 8 * size));
        } catch (IllegalStateException tooManyTerms) {
            return d;
        }
        return expanded.nodeCount() <= size ? expanded : d;
    }

    /** {@code ∇f = (∂f/∂x₁, …, ∂f/∂xₙ)}. */
    public static Expr[] gradient(Expr f, List<Symbol> xs) {
        Differentiator d = new Differentiator(List.of(f), xs);
        Expr[] g = new Expr[xs.size()];
        for (int j = 0; j < g.length; j++) g[j] = d.derivatives(j, List.of(f))[0];
        return g;
    }

    /** {@code J[i][j] = ∂fᵢ/∂xⱼ}. */
    public static Expr[][] jacobian(List<? extends Expr> fs, List<Symbol> xs) {
        Differentiator d = new Differentiator(fs, xs);
        Expr[][] jac = new Expr[fs.size()][xs.size()];
        for (int j = 0; j < xs.size(); j++) {
            Expr[] col = d.derivatives(j, fs);
            for (int i = 0; i < fs.size(); i++) jac[i][j] = col[i];
        }
        return jac;
    }

    /** {@code H[i][j] = ∂²f/∂xᵢ∂xⱼ}, the Jacobian of the gradient (symmetric by construction of each entry). */
    public static Expr[][] hessian(Expr f, List<Symbol> xs) {
        return jacobian(List.of(gradient(f, xs)), xs);
    }

    /** The derivatives of {@code roots} with respect to variable {@code j}. */
    private Expr[] derivatives(int j, List<? extends Expr> roots) {
        Map<Expr, Expr> d = new IdentityHashMap<>(2 * byVariable[j].length + 2);
        Symbol x = variables.get(j);
        for (int i : byVariable[j]) {
            Expr e = order.get(i);
            Expr v = e == x ? Rational.ONE : derivative(e, d);
            if (v != null && v != Rational.ZERO) d.put(e, v);
        }
        Expr[] out = new Expr[roots.size()];
        for (int r = 0; r < out.length; r++) {
            Expr v = d.get(roots.get(r));
            out[r] = v == null ? Rational.ZERO : v;
        }
        return out;
    }

    private Expr derivative(Expr e, Map<Expr, Expr> d) {
        List<Expr> terms = new ArrayList<>(2);
        switch (e.kind()) {
            case ADD -> {
                for (int k = 0; k < e.arity(); k++) {
                    Expr da = of(e.arg(k), d);
                    if (da != null) {
                        Expr a = e.arg(k);
                        terms.add(Mul.of(ADD_X.at(() -> a, () -> rest(e, a), () -> e), da));
                    }
                }
            }
            case MUL -> {
                Expr dm = product(e, d);
                if (dm != null) terms.add(dm);
            }
            case POW -> binary(Primitives.POW, e, d, terms);
            case CALL -> {
                Call c = (Call) e;
                if (c.primitive() instanceof UnaryPrimitive p) {
                    Expr da = of(e.arg(0), d);
                    if (da != null) terms.add(Mul.of((Expr) p.rule().at(e.arg(0), e), da));
                } else {
                    binary((BinaryPrimitive) c.primitive(), e, d, terms);
                }
            }
            case CUSTOM -> {
                CustomPrimitive p = ((CustomCall) e).primitive();
                Expr[] args = e.args().toArray(new Expr[0]);
                var partials = p.requireRule("symbolic differentiation").partials(args);
                for (int k = 0; k < args.length; k++) {
                    Expr da = of(args[k], d);
                    if (da != null) terms.add(Mul.of(liftPartial(p, partials[k]), da));
                }
            }
            default -> { }
        }
        return terms.isEmpty() ? null : Add.of(terms);
    }

    private void binary(BinaryPrimitive p, Expr e, Map<Expr, Expr> d, List<Expr> terms) {
        Expr a = e.arg(0);
        Expr b = e.arg(1);
        Expr da = of(a, d);
        Expr db = of(b, d);
        if (da != null) terms.add(Mul.of((Expr) p.ruleX().at(a, b, e), da));
        if (db != null) terms.add(Mul.of((Expr) p.ruleY().at(a, b, e), db));
    }

    private static Expr liftPartial(CustomPrimitive p, dev.nabla.core.algebra.Num partial) {
        if (partial instanceof Expr x) return x;
        if (partial instanceof dev.nabla.core.algebra.Real r) return Expr.number(r.value());
        throw new IllegalStateException("custom primitive '" + p.name() + "': its rule returned a "
                + (partial == null ? "null" : partial.getClass().getSimpleName()) + " for expression operands");
    }

    private static final RuleTemplate ADD_X = RuleTemplate.x(Primitives.ADD);
    private static final RuleTemplate MUL_X = RuleTemplate.x(Primitives.MUL);
    private static final RuleTemplate MUL_Y = RuleTemplate.y(Primitives.MUL);

    /** The sum of the terms of {@code sum} other than {@code a}. */
    private static Expr rest(Expr sum, Expr a) {
        List<Expr> others = new ArrayList<>(sum.arity());
        for (Expr t : sum.args()) if (t != a) others.add(t);
        return Add.of(others);
    }

    /**
     * The derivative of a product, as the {@code mul} rule applied to a split of its factors:
     * {@code C · D} with {@code dC = 0} gives {@code ∂mul/∂y(C, D) · dD}, and the dependent factors
     * {@code D} are split in halves {@code A · B}, giving {@code ∂mul/∂x(A, B) · dA + ∂mul/∂y(A, B) · dB}.
     * Halving keeps a product of k dependent factors at O(k log k) instead of O(k²).
     */
    private Expr product(Expr m, Map<Expr, Expr> d) {
        List<Expr> constant = new ArrayList<>();
        List<Expr> dependent = new ArrayList<>();
        for (Expr a : m.args()) (of(a, d) == null ? constant : dependent).add(a);
        if (dependent.isEmpty()) return null;
        Expr dD = halves(dependent, 0, dependent.size(), d);
        if (dD == null || constant.isEmpty()) return dD;
        Expr c = Mul.of(constant);
        return Mul.of(MUL_Y.at(() -> c, () -> Mul.of(dependent), () -> m), dD);
    }

    private Expr halves(List<Expr> fs, int lo, int hi, Map<Expr, Expr> d) {
        if (hi - lo == 1) return of(fs.get(lo), d);
        int mid = (lo + hi) >>> 1;
        Expr dA = halves(fs, lo, mid, d);
        Expr dB = halves(fs, mid, hi, d);
        List<Expr> ts = new ArrayList<>(2);
        java.util.function.Supplier<Expr> a = () -> Mul.of(fs.subList(lo, mid));
        java.util.function.Supplier<Expr> b = () -> Mul.of(fs.subList(mid, hi));
        java.util.function.Supplier<Expr> f = () -> Mul.of(fs.subList(lo, hi));
        if (dA != null) ts.add(Mul.of(MUL_X.at(a, b, f), dA));
        if (dB != null) ts.add(Mul.of(MUL_Y.at(a, b, f), dB));
        return ts.isEmpty() ? null : Add.of(ts);
    }

    /** The derivative of a child, or {@code null} for zero. */
    private static Expr of(Expr child, Map<Expr, Expr> d) {
        return d.get(child);
    }
}
