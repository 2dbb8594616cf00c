package dev.nabla.core.rules;

import dev.nabla.core.algebra.Num;

import java.util.Objects;
import java.util.Optional;

/**
 * A user-defined primitive, written the way the seed notebooks write theirs: a forward pass that
 * returns the value and a cache, and a backward pass that takes the cache and the upstream
 * gradient and returns one gradient per operand.
 *
 * <pre>{@code
 * CustomPrimitive times = CustomPrimitive.of("times", 2,
 *         a -> new CustomPrimitive.Evaluation<>(a[0] * a[1], a),
 *         (double[] cache, double dout) -> new double[] {cache[1] * dout, cache[0] * dout});
 * Num z = times.apply(x, y);   // works on duals, tapes and every other backend
 * }</pre>
 *
 * Forward mode gets the partials from {@code backward(cache, 1)}; reverse mode calls
 * {@code backward(cache, upstream)} directly. Higher derivatives and symbolic mode need the
 * derivative on the algebra as well: give it with {@link #withRule(Rule)}.
 */
public final class CustomPrimitive {

    /** The forward pass's result: the value and whatever the backward pass needs. */
    public record Evaluation<C>(double value, C cache) {}

    /** The forward pass. */
    @FunctionalInterface
    public interface Forward<C> {
        /** The value at {@code args} and the cache for the backward pass. */
        Evaluation<C> evaluate(double[] args);
    }

    /** The backward pass. */
    @FunctionalInterface
    public interface Backward<C> {
        /** {@code upstream · ∂f/∂args[i]} for each operand. */
        double[] gradient(C cache, double upstream);
    }

    /** The partial derivatives written on the algebra (for higher orders and symbolic mode). */
    @FunctionalInterface
    public interface Rule {
        /** {@code ∂f/∂args[i]} for each operand, in the operands' backend. */
        Num[] partials(Num[] args);
    }

    private final String name;
    private final int arity;
    private final Forward<Object> forward;
    private final Backward<Object> backward;
    private final Rule rule;

    @SuppressWarnings("unchecked")
    private CustomPrimitive(String name, int arity, Forward<?> forward, Backward<?> backward, Rule rule) {
        this.name = name;
        this.arity = arity;
        this.forward = (Forward<Object>) forward;
        this.backward = (Backward<Object>) backward;
        this.rule = rule;
    }

    /**
     * A primitive from its forward and backward pass.
     *
     * @throws IllegalArgumentException if a part is missing or {@code arity < 1}
     */
    public static <C> CustomPrimitive of(String name, int arity, Forward<C> forward, Backward<C> backward) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("custom primitive: name is missing");
        if (arity < 1) throw new IllegalArgumentException("custom primitive '" + name + "': arity must be at least 1, got " + arity);
        if (forward == null) throw new IllegalArgumentException("custom primitive '" + name + "': forward pass is null");
        if (backward == null) throw new IllegalArgumentException("custom primitive '" + name + "': backward pass is null");
        return new CustomPrimitive(name, arity, forward, backward, null);
    }

    /** The same primitive with its derivative also written on the algebra. */
    public CustomPrimitive withRule(Rule rule) {
        return new CustomPrimitive(name, arity, forward, backward,
                Objects.requireNonNull(rule, () -> "custom primitive '" + name + "': rule is null"));
    }

    /** The name. */
    public String name() { return name; }

    /** The number of operands. */
    public int arity() { return arity; }

    /** The algebra rule, if one was given. */
    public Optional<Rule> rule() { return Optional.ofNullable(rule); }

    /**
     * The algebra rule, or an exception naming this primitive and what needed the rule.
     *
     * @throws MissingRuleException if the primitive was given without an algebra rule
     */
    public Rule requireRule(String needer) {
        if (rule == null) throw new MissingRuleException(name, needer);
        return rule;
    }

    /** Runs the forward pass. */
    public Evaluation<Object> evaluate(double[] args) {
        checkArity(args.length);
        Evaluation<Object> e = forward.evaluate(args);
        if (e == null) throw new IllegalStateException("custom primitive '" + name + "': forward pass returned null");
        return e;
    }

    /** Runs the backward pass, checking that it returns one gradient per operand. */
    public double[] backward(Object cache, double upstream) {
        double[] g = backward.gradient(cache, upstream);
        if (g == null || g.length != arity) {
            throw new IllegalStateException("custom primitive '" + name + "': backward pass returned "
                    + (g == null ? "null" : g.length + " gradients") + " for " + arity + " operands");
        }
        return g;
    }

    /** {@code f(args)} in the operands' backend. */
    public Num apply(Num... args) {
        if (args == null) throw new IllegalArgumentException("custom primitive '" + name + "': operands are null");
        checkArity(args.length);
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) throw new IllegalArgumentException("custom primitive '" + name + "': operand " + i + " is null");
        }
        return args[0].apply(this, args);
    }

    /**
     * Checks the backward pass against the forward pass at each of {@code points}: for every operand {@code i},
     * {@code backward(cache, 1)[i]} must agree with a fourth-order central difference of the forward value,
     * {@code (-f(x+2h) + 8f(x+h) - 8f(x-h) + f(x-2h)) / 12h} with {@code h = 1e-3·max(1, |xᵢ|)}, to
     * {@code 1e-6·max(1, |∂f/∂xᵢ|)}; {@code backward(cache, u)} must be {@code u·backward(cache, 1)} (it is linear in
     * the upstream gradient); and the algebra rule, if one was given, must give the same partials.
     *
     * <pre>{@code
     * times.verify(new double[] {1, 2}, new double[] {-3, 0.5});   // returns quietly, or throws naming each failure
     * }</pre>
     *
     * @throws IllegalArgumentException if a point is null or has the wrong number of operands
     * @throws IllegalStateException    listing every failing component with the point, both numbers and the check
     */
    public void verify(double[]... points) {
        if (points == null || points.length == 0) throw new IllegalArgumentException("custom primitive '" + name + "': verify needs at least one point");
        StringBuilder failures = new StringBuilder();
        int count = 0;
        for (int k = 0; k < points.length; k++) {
            double[] x = points[k];
            if (x == null) throw new IllegalArgumentException("custom primitive '" + name + "': verify point " + k + " is null");
            checkArity(x.length);
            Evaluation<Object> e = evaluate(x);
            double[] partials = backward(e.cache(), 1.0);
            double[] scaled = backward(evaluate(x).cache(), 2.5);
            Num[] rulePartials = rule == null ? null : rule.partials(dev.nabla.core.algebra.Real.of(x));
            for (int i = 0; i < arity; i++) {
                String at = "at " + java.util.Arrays.toString(x) + ", ∂/∂arg" + i + ": ";
                double difference = centralDifference(x, i);
                if (!close(partials[i], difference, 1e-6)) {
                    count++;
                    failures.append("\n  ").append(at).append("the backward pass gives ").append(partials[i])
                            .append(" but a central difference of the forward pass gives ").append(String.format(java.util.Locale.ROOT, "%.10g", difference));
                }
                if (!close(2.5 * partials[i], scaled[i], 1e-12)) {
                    count++;
                    failures.append("\n  ").append(at).append("backward(cache, 2.5) gives ").append(scaled[i])
                            .append(", not 2.5 × backward(cache, 1) = ").append(2.5 * partials[i]);
                }
                if (rulePartials != null && !close(partials[i], rulePartials[i].doubleValue(), 1e-12)) {
                    count++;
                    failures.append("\n  ").append(at).append("the algebra rule gives ").append(rulePartials[i].doubleValue())
                            .append(" but the backward pass ").append(partials[i]);
                }
            }
        }
        if (count > 0) {
            throw new IllegalStateException("custom primitive '" + name + "': " + count + " check" + (count == 1 ? "" : "s")
                    + " failed" + failures);
        }
    }

    private double centralDifference(double[] x, int i) {
        double h = 1e-3 * Math.max(1, Math.abs(x[i]));
        double[] y = x.clone();
        double[] f = new double[4];
        double[] offsets = {2, 1, -1, -2};
        for (int k = 0; k < 4; k++) {
            y[i] = x[i] + offsets[k] * h;
            f[k] = evaluate(y).value();
        }
        return (-f[0] + 8 * f[1] - 8 * f[2] + f[3]) / (12 * h);
    }

    private static boolean close(double a, double b, double tolerance) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b);
        if (Double.isInfinite(a) || Double.isInfinite(b)) return a == b;
        return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private void checkArity(int n) {
        if (n != arity) {
            throw new IllegalArgumentException("custom primitive '" + name + "' takes " + arity + " operands, got " + n);
        }
    }

    @Override public String toString() { return name; }
}
