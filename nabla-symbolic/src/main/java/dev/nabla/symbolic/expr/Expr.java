package dev.nabla.symbolic.expr;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.cse.Cse;
import dev.nabla.symbolic.cse.CseResult;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.eval.Evaluator;
import dev.nabla.symbolic.parse.Parser;
import dev.nabla.symbolic.print.Printers;
import dev.nabla.symbolic.simplify.Expander;
import dev.nabla.symbolic.simplify.Simplifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A symbolic expression: an immutable node of a directed acyclic graph in which structurally equal
 * sub-expressions are one object (hash-consing), so {@code ==} is structural equality.
 *
 * <p>Nodes are built by smart constructors ({@link Add#of}, {@link Mul#of}, {@link Pow#of},
 * {@link Call#of}) that keep a canonical form as SymPy's automatic evaluation does: sums and products
 * flattened, like terms collected ({@code x + x = 2·x}), powers of equal bases merged
 * ({@code x·x = x²}), exact constants folded, trivial identities applied ({@code x·1, x + 0, x⁰, x¹,
 * x - x, x/x}). Subtraction is {@code a + (-1)·b}, division is {@code a · b^(-1)}, {@code √x} is
 * {@code x^(1/2)}.
 *
 * <p>{@code Expr} implements the algebra {@link Num}, so any function written on {@code Num} can be
 * traced into an expression, and the rule table's derivative rules, evaluated on expressions, give
 * symbolic derivatives.
 *
 * <pre>{@code
 * Expr f = Expr.parse("3*x**3 - 5*x + 4");
 * Expr df = f.diff("x");                       // 9*x**2 - 5
 * double v = df.evalf(Map.of("x", 2.0));       // 31.0
 * }</pre>
 *
 * <p>A compiler walks a node through {@link #kind()}, {@link #arity()} and {@link #arg(int)}, and
 * whole graphs through {@link Dag#topologicalOrder(List)}, which lists every shared node once.
 */
public abstract sealed class Expr implements Num permits Constant, Symbol, Nary, Pow, Call, CustomCall {

    private static final AtomicLong SERIAL = new AtomicLong();

    private final long structuralHash;
    private final long serial = SERIAL.getAndIncrement();

    Expr(long structuralHash) {
        this.structuralHash = structuralHash;
    }

    // ---- node API ------------------------------------------------------------------------------

    /** The node kind. */
    public abstract Kind kind();

    /** The number of children. */
    public int arity() {
        return 0;
    }

    /**
     * Child {@code i}, {@code 0 ≤ i < arity()}.
     *
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public Expr arg(int i) {
        throw new IllegalArgumentException("arg(" + i + "): " + kind() + " node " + this + " has no children");
    }

    /** The children, in canonical order. */
    public List<Expr> args() {
        int n = arity();
        List<Expr> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(arg(i));
        return Collections.unmodifiableList(list);
    }

    /** A 64-bit hash of the structure, identical across runs; equal nodes have equal hashes. */
    public final long structuralHash() {
        return structuralHash;
    }

    /** Creation order; breaks ties of the canonical order between distinct nodes of equal hash. */
    final long serial() {
        return serial;
    }

    /** Whether this is a numeric constant ({@link Rational} or {@link Decimal}). */
    public boolean isNumber() {
        return false;
    }

    /** Whether this node contains no symbol (numbers, {@code pi}, {@code e} and operations on them). */
    public boolean isConstantExpression() {
        return Dag.topologicalOrder(List.of(this)).stream().noneMatch(e -> e instanceof Symbol);
    }

    /** Shallow structural equality: same kind, same payload, identical children. */
    abstract boolean sameNode(Expr other);

    @Override
    public final boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Expr e) || e.structuralHash != structuralHash || e.getClass() != getClass()) return false;
        return sameNode(e);
    }

    @Override
    public final int hashCode() {
        return (int) (structuralHash ^ (structuralHash >>> 32));
    }

    /** The plain form, re-readable by {@link #parse(String)}: {@code 9*x**2 - 5}. */
    @Override
    public String toString() {
        return Printers.plain(this);
    }

    // ---- factories -----------------------------------------------------------------------------

    /**
     * Parses ordinary math input (grammar in {@link dev.nabla.symbolic.parse}).
     *
     * @throws dev.nabla.symbolic.parse.ParseException naming the position, with a caret under the input
     */
    public static Expr parse(String input) {
        return Parser.parse(input);
    }

    /** The symbol called {@code name}. */
    public static Symbol symbol(String name) {
        return Symbol.of(name);
    }

    /** The symbols called {@code names}, in order. */
    public static List<Symbol> symbols(String... names) {
        List<Symbol> list = new ArrayList<>(names.length);
        for (String n : names) list.add(Symbol.of(n));
        return List.copyOf(list);
    }

    /** The integer constant {@code n}, exact. */
    public static Rational integer(long n) {
        return Rational.of(n);
    }

    /** The exact rational {@code p/q}. */
    public static Expr rational(long p, long q) {
        return Rational.fraction(java.math.BigInteger.valueOf(p), java.math.BigInteger.valueOf(q));
    }

    /** The floating-point constant {@code v}, printed as {@code v} (e.g. {@code 0.5}). */
    public static Decimal number(double v) {
        return Decimal.of(v);
    }

    // ---- SymPy vocabulary ---------------------------------------------------------------------

    /** The symbols this expression depends on, sorted by name ({@code free_symbols}). */
    public Set<Symbol> freeSymbols() {
        Set<Symbol> set = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));
        for (Expr e : Dag.topologicalOrder(List.of(this))) if (e instanceof Symbol s) set.add(s);
        return Collections.unmodifiableSet(set);
    }

    /** {@code ∂this/∂x}. */
    public Expr diff(Symbol x) {
        return Differentiator.diff(this, x);
    }

    /** {@code ∂this/∂x} for the symbol called {@code x}. */
    public Expr diff(String x) {
        return diff(Symbol.of(x));
    }

    /**
     * The {@code n}-th derivative {@code ∂ⁿthis/∂xⁿ}; {@code n = 0} gives {@code this}. Bounded: see
     * {@link Differentiator#diff(Expr, Symbol, int)}.
     *
     * @throws dev.nabla.symbolic.diff.DerivativeLimitException past {@link Differentiator#MAX_ORDER} or {@link Differentiator#MAX_NODES}
     */
    public Expr diff(Symbol x, int n) {
        return Differentiator.diff(this, x, n);
    }

    /** The mixed derivative {@code ∂/∂xₖ … ∂/∂x₁ this}, differentiating by each symbol in turn. */
    public Expr diff(Symbol... xs) {
        return Differentiator.diff(this, xs);
    }

    /** The {@code n}-th derivative {@code ∂ⁿthis/∂xⁿ} for the symbol called {@code x}; {@code n = 0} gives {@code this}. */
    public Expr diff(String x, int n) {
        return diff(Symbol.of(x), n);
    }

    /**
     * The mixed derivative by the symbols called {@code xs}, in turn, as SymPy's {@code diff(f, x, y)}:
     * {@code diff("x", "y")} is {@code ∂²this/∂y∂x}; a name repeated differentiates again.
     *
     * @throws IllegalArgumentException if {@code xs} is null or holds a null
     */
    public Expr diff(String... xs) {
        if (xs == null) throw new IllegalArgumentException("diff: the variable names are null");
        Expr d = this;
        for (String x : xs) {
            if (x == null) throw new IllegalArgumentException("diff: a variable name is null");
            d = Differentiator.diff(d, Symbol.of(x));
        }
        return d;
    }

    /** {@code this} with {@code x} replaced by {@code value}. */
    public Expr subs(Symbol x, Expr value) {
        return Substitution.subs(this, Map.of(x, value));
    }

    /** {@code this} with {@code x} replaced by the number {@code value}: exact if it is an integer, a float otherwise (as SymPy). */
    public Expr subs(Symbol x, double value) {
        boolean integer = value == Math.rint(value) && Math.abs(value) < 0x1p53;
        return subs(x, integer ? Rational.of((long) value) : Decimal.of(value));
    }

    /** {@code this} with every symbol of {@code replacements} replaced at once. */
    public Expr subs(Map<Symbol, ? extends Expr> replacements) {
        return Substitution.subs(this, replacements);
    }

    /**
     * The numeric value with {@code values} for the symbols, by name ({@code evalf(subs=…)}).
     *
     * @throws IllegalArgumentException naming a symbol that has no value
     */
    public double evalf(Map<String, Double> values) {
        return Evaluator.evalf(this, values);
    }

    /**
     * The value at {@code values} formatted with {@code decimals} digits after the point, as Python's
     * {@code "{:.Nf}".format(expr.evalf(subs=…))}: {@code "6494.0391"}.
     */
    public String evalf(Map<String, Double> values, int decimals) {
        return dev.nabla.symbolic.eval.Format.fixed(evalf(values), decimals);
    }

    /** The numeric value of an expression without symbols. */
    public double evalf() {
        return Evaluator.evalf(this, Map.of());
    }

    /** Canonical simplification beyond the constructors' identities; linear in the graph size. */
    public Expr simplify() {
        return Simplifier.simplify(this);
    }

    /** Distributes products over sums and expands integer powers of sums. */
    public Expr expand() {
        return Expander.expand(this);
    }

    /** Common subexpression elimination of this single expression. */
    public CseResult cse() {
        return Cse.cse(List.of(this));
    }

    /** SymPy syntax, readable by {@code sympify}: {@code exp(y)*(3*x**2 + 4)} style. */
    public String toSympy() {
        return Printers.sympy(this);
    }

    /** LaTeX. */
    public String toLatex() {
        return Printers.latex(this);
    }

    /** A Java expression over {@code double} variables named as the symbols, using {@code Math.*}. */
    public String toJava() {
        return Printers.java(this);
    }

    /** The number of distinct nodes of the graph. */
    public int nodeCount() {
        return Dag.topologicalOrder(List.of(this)).size();
    }

    // ---- the algebra ---------------------------------------------------------------------------

    /**
     * The constant {@code c}: an exact {@link Rational} when {@code c} is an integer or a fraction with
     * a power-of-two denominator up to 1024 (every double is a dyadic rational, so this is exact);
     * {@code pi}, {@code e} or {@code log(10)} when {@code c} is exactly {@link Math#PI}, {@link Math#E}
     * or {@code Math.log(10)} (the table's rules and user code write these constants as doubles;
     * they evaluate to the same double); otherwise a {@link Decimal}.
     */
    @Override
    public Expr constant(double c) {
        return known(c);
    }

    private static final double LN10 = Math.log(10);

    /** {@code c} as {@link #constant(double)} describes. */
    static Expr known(double c) {
        if (c == Math.PI) return NamedConstant.PI;
        if (c == Math.E) return NamedConstant.E;
        if (c == LN10) return Call.of(Primitives.LOG, Rational.of(10));
        return Constant.of(c);
    }

    /**
     * The value of a constant expression.
     *
     * @throws IllegalStateException if the expression has free symbols (use {@link #evalf(Map)})
     */
    @Override
    public double doubleValue() {
        if (this instanceof Constant c) return c.value();
        Set<Symbol> free = freeSymbols();
        if (free.isEmpty()) return evalf();
        throw new IllegalStateException("doubleValue: the expression " + Printers.abbreviated(this, 60)
                + " depends on " + free + "; give them values with evalf(Map) (a traced function cannot branch on a symbol's value)");
    }

    @Override
    public Expr apply(UnaryPrimitive p) {
        if (p == Primitives.NEG) return Mul.of(Rational.MINUS_ONE, this);
        if (p == Primitives.SQRT) return Pow.of(this, Rational.HALF);
        return Call.of(p, this);
    }

    @Override
    public Expr apply(BinaryPrimitive p, Num y) {
        Expr e = lift(y, p.name());
        if (p == Primitives.ADD) return Add.of(this, e);
        if (p == Primitives.SUB) return Add.of(this, Mul.of(Rational.MINUS_ONE, e));
        if (p == Primitives.MUL) return Mul.of(this, e);
        if (p == Primitives.DIV) return Mul.of(this, Pow.of(e, Rational.MINUS_ONE));
        if (p == Primitives.POW) return Pow.of(this, e);
        return Call.of(p, this, e);
    }

    @Override
    public Expr apply(BinaryPrimitive p, double c) {
        return apply(p, known(c));
    }

    @Override
    public Expr apply(CustomPrimitive p, Num[] args) {
        Expr[] es = new Expr[args.length];
        for (int i = 0; i < args.length; i++) es[i] = lift(args[i], p.name());
        return CustomCall.of(p, es);
    }

    /** {@code y} as an expression: an {@code Expr} itself, or a plain {@link Real} as a constant. */
    static Expr lift(Num y, String operation) {
        if (y instanceof Expr e) return e;
        if (y instanceof Real r) return known(r.value());
        if (y == null) throw new IllegalArgumentException(operation + ": operand is null");
        throw new IllegalArgumentException(operation + ": cannot combine an Expr with a " + y.getClass().getSimpleName()
                + " (operands must come from the same backend)");
    }

    // Typed overloads so chains stay Expr without casts.

    /** {@code this + y}. */
    @Override public Expr add(Num y) { return apply(Primitives.ADD, y); }
    /** {@code this + c}. */
    @Override public Expr add(double c) { return apply(Primitives.ADD, c); }
    /** {@code this - y}. */
    @Override public Expr sub(Num y) { return apply(Primitives.SUB, y); }
    /** {@code this - c}. */
    @Override public Expr sub(double c) { return apply(Primitives.SUB, c); }
    /** {@code this · y}. */
    @Override public Expr mul(Num y) { return apply(Primitives.MUL, y); }
    /** {@code this · c}. */
    @Override public Expr mul(double c) { return apply(Primitives.MUL, c); }
    /**
     * {@code this · y} under the zero rule ({@link Num#chainProduct(Num)}): 0 when either factor is known
     * to be 0, else {@link #mul(Num)}.
     */
    @Override public Expr chainProduct(Num y) { return (Expr) Num.super.chainProduct(y); }
    /** {@code this / y}. */
    @Override public Expr div(Num y) { return apply(Primitives.DIV, y); }
    /** {@code this / c}. */
    @Override public Expr div(double c) { return apply(Primitives.DIV, c); }
    /** {@code -this}. */
    @Override public Expr neg() { return apply(Primitives.NEG); }
    /** {@code this ^ y}. */
    @Override public Expr pow(Num y) { return apply(Primitives.POW, y); }
    /** {@code this ^ c}. */
    @Override public Expr pow(double c) { return Pow.of(this, known(c)); }
    /** {@code sin(this)}. */
    @Override public Expr sin() { return apply(Primitives.SIN); }
    /** {@code cos(this)}. */
    @Override public Expr cos() { return apply(Primitives.COS); }
    /** {@code exp(this)}. */
    @Override public Expr exp() { return apply(Primitives.EXP); }
    /** {@code log(this)}. */
    @Override public Expr log() { return apply(Primitives.LOG); }
    /** {@code √this = this^(1/2)}. */
    @Override public Expr sqrt() { return apply(Primitives.SQRT); }
    /** {@code 1 / this = this^(-1)}. */
    @Override public Expr reciprocal() { return constant(1).div(this); }
    /** {@code this ^ 2}. */
    @Override public Expr square() { return pow(2); }
    /** {@code ∛this}. */
    @Override public Expr cbrt() { return apply(Primitives.CBRT); }
    /** {@code e^this - 1}. */
    @Override public Expr expm1() { return apply(Primitives.EXPM1); }
    /** {@code log(1 + this)}. */
    @Override public Expr log1p() { return apply(Primitives.LOG1P); }
    /** {@code log10(this)}. */
    @Override public Expr log10() { return apply(Primitives.LOG10); }
    /** {@code tan(this)}. */
    @Override public Expr tan() { return apply(Primitives.TAN); }
    /** {@code asin(this)}. */
    @Override public Expr asin() { return apply(Primitives.ASIN); }
    /** {@code acos(this)}. */
    @Override public Expr acos() { return apply(Primitives.ACOS); }
    /** {@code atan(this)}. */
    @Override public Expr atan() { return apply(Primitives.ATAN); }
    /** {@code atan2(this, x)}. */
    @Override public Expr atan2(Num x) { return apply(Primitives.ATAN2, x); }
    /** {@code sinh(this)}. */
    @Override public Expr sinh() { return apply(Primitives.SINH); }
    /** {@code cosh(this)}. */
    @Override public Expr cosh() { return apply(Primitives.COSH); }
    /** {@code tanh(this)}. */
    @Override public Expr tanh() { return apply(Primitives.TANH); }
    /** {@code asinh(this)}. */
    @Override public Expr asinh() { return apply(Primitives.ASINH); }
    /** {@code acosh(this)}. */
    @Override public Expr acosh() { return apply(Primitives.ACOSH); }
    /** {@code atanh(this)}. */
    @Override public Expr atanh() { return apply(Primitives.ATANH); }
    /** {@code |this|}. */
    @Override public Expr abs() { return apply(Primitives.ABS); }
    /** {@code sign(this)}. */
    @Override public Expr sign() { return apply(Primitives.SIGN); }
    /** {@code heaviside(this)}, {@code H(0) = 1/2}. */
    @Override public Expr heaviside() { return apply(Primitives.HEAVISIDE); }
    /** {@code min(this, y)}. */
    @Override public Expr min(Num y) { return apply(Primitives.MIN, y); }
    /** {@code max(this, y)}. */
    @Override public Expr max(Num y) { return apply(Primitives.MAX, y); }
    /** {@code √(this² + y²)}. */
    @Override public Expr hypot(Num y) { return apply(Primitives.HYPOT, y); }

    // ---- hashing helpers -----------------------------------------------------------------------

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static long combine(long seed, long value) {
        return mix(seed * 0x9E3779B97F4A7C15L + value);
    }

    static long hashString(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return mix(h);
    }
}
