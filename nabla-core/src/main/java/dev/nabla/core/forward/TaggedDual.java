package dev.nabla.core.forward;

import dev.nabla.core.algebra.Backends;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A dual number whose primal and tangent are themselves values of any backend, marked with the
 * tag of the differentiation that created it. Nesting these gives derivatives of any order, and
 * the tags keep nested differentiations apart (no perturbation confusion): a value with an older
 * tag, or no tag, is a constant to a newer one, so {@code d/dx [x · d/dy (x + y)] = 1}.
 *
 * <p>Tangents are computed with the table's rules written on the algebra, so they can be
 * differentiated again. A {@code null} tangent is an exact zero and is never multiplied; every product of a
 * partial and a tangent follows the zero rule ({@link dev.nabla.core.rules.StrongZero}): if either is exactly
 * zero, with all it carries ({@link Num#isZero()}), the contribution is dropped.
 */
public final class TaggedDual implements Num {
    private static final AtomicLong TAGS = new AtomicLong();

    private final long tag;
    private final Num primal;
    private final Num tangent;

    private TaggedDual(long tag, Num primal, Num tangent) {
        this.tag = tag;
        this.primal = primal;
        this.tangent = tangent;
    }

    /** A fresh tag, newer than every tag handed out before. */
    public static long newTag() {
        return TAGS.incrementAndGet();
    }

    /** {@code primal + tangent·ε} for the differentiation tagged {@code tag}. */
    public static TaggedDual of(long tag, Num primal, Num tangent) {
        if (primal == null) throw new IllegalArgumentException("TaggedDual.of: primal is null");
        return new TaggedDual(tag, primal, tangent);
    }

    /** The tag of the differentiation this value belongs to. */
    public long tag() { return tag; }

    /** The primal part. */
    public Num primal() { return primal; }

    /**
     * The tangent part of {@code y} for the differentiation tagged {@code tag}: its tangent if
     * {@code y} carries that tag, otherwise the zero of {@code zeroLike}'s backend.
     */
    public static Num tangentOf(Num y, long tag, Num zeroLike) {
        if (y instanceof TaggedDual d && d.tag == tag) return d.tangent == null ? d.primal.constant(0) : d.tangent;
        return zeroLike.constant(0);
    }

    /** The primal part of {@code y} for {@code tag}: {@code y} itself if it does not carry the tag. */
    public static Num primalOf(Num y, long tag) {
        return y instanceof TaggedDual d && d.tag == tag ? d.primal : y;
    }

    /** A constant carrying this tag and a zero tangent, so it stays in this backend. */
    @Override public Num constant(double c) { return new TaggedDual(tag, primal.constant(c), null); }
    @Override public double doubleValue() { return primal.doubleValue(); }
    @Override public boolean isZero() { return primal.isZero() && (tangent == null || tangent.isZero()); }

    /** {@code partial · tangent} under the zero rule: {@code null} (an exact zero) when either factor is zero. */
    private static Num times(Num partial, Num tangent) {
        if (tangent == null || tangent.isZero() || partial.isZero()) return null;
        return partial.chainProduct(tangent);
    }

    @Override
    public Num chainProduct(Num y) {
        if (y == null) throw Backends.mismatch(TaggedDual.class, null, "chainProduct");
        long other = y instanceof TaggedDual d ? d.tag : Long.MIN_VALUE;
        if (other > tag) return y.chainProduct(this);
        Num yPrimal = other == tag ? ((TaggedDual) y).primal : y;
        Num yTangent = other == tag ? ((TaggedDual) y).tangent : null;
        Num t = times(yPrimal, tangent);
        if (yTangent != null) t = plus(t, times(primal, yTangent));
        return new TaggedDual(tag, primal.chainProduct(yPrimal), t);
    }

    /**
     * Whether the value {@code f} is NaN — outside a primitive's domain — where the derivative is NaN as
     * well; then {@code f} itself (NaN, with NaN derivatives) serves as the partial, since the algebra rule
     * alone may give a number there. Backends whose value cannot be read (expressions) are never outside.
     */
    private static boolean outside(Num f) {
        if (f instanceof Real r) return Double.isNaN(r.value());
        if (f instanceof DualVector d) return Double.isNaN(d.primal());
        if (f instanceof Dual d) return Double.isNaN(d.primal());
        if (f instanceof TaggedDual d) return outside(d.primal);
        return false;
    }

    private static Num plus(Num a, Num b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    @Override
    public Num apply(UnaryPrimitive p) {
        Num f = primal.apply(p);
        return new TaggedDual(tag, f, tangent == null ? null : times(outside(f) ? f : p.rule().at(primal, f), tangent));
    }

    @Override
    public Num apply(BinaryPrimitive p, Num y) {
        if (y == null) throw Backends.mismatch(TaggedDual.class, null, p.name());
        long other = y instanceof TaggedDual d ? d.tag : Long.MIN_VALUE;
        if (other > tag) {
            TaggedDual b = (TaggedDual) y;
            Num f = this.apply(p, b.primal);
            return new TaggedDual(b.tag, f, b.tangent == null ? null : times(outside(f) ? f : p.ruleY().at(this, b.primal, f), b.tangent));
        }
        Num yPrimal = other == tag ? ((TaggedDual) y).primal : y;
        Num yTangent = other == tag ? ((TaggedDual) y).tangent : null;
        Num f = primal.apply(p, yPrimal);
        if (y == this) {
            Num both = outside(f) ? f : p.ruleX().at(primal, primal, f).add(p.ruleY().at(primal, primal, f));
            return new TaggedDual(tag, f, tangent == null ? null : times(both, tangent));
        }
        Num t = tangent == null ? null : times(outside(f) ? f : p.ruleX().at(primal, yPrimal, f), tangent);
        if (yTangent != null) t = plus(t, times(outside(f) ? f : p.ruleY().at(primal, yPrimal, f), yTangent));
        return new TaggedDual(tag, f, t);
    }

    @Override
    public Num apply(BinaryPrimitive p, double c) {
        Num f = primal.apply(p, c);
        return new TaggedDual(tag, f, tangent == null ? null : times(outside(f) ? f : p.ruleX().at(primal, primal.constant(c), f), tangent));
    }

    @Override
    public Num apply(CustomPrimitive p, Num[] args) {
        long top = Long.MIN_VALUE;
        for (Num a : args) if (a instanceof TaggedDual d) top = Math.max(top, d.tag);
        Num[] primals = new Num[args.length];
        Num[] tangents = new Num[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean carries = args[i] instanceof TaggedDual d && d.tag == top;
            primals[i] = carries ? ((TaggedDual) args[i]).primal : args[i];
            tangents[i] = carries ? ((TaggedDual) args[i]).tangent : null;
        }
        Num f = p.apply(primals);
        Num[] partials = partials(p, primals);
        Num t = null;
        for (int i = 0; i < args.length; i++) {
            if (tangents[i] != null) t = plus(t, times(partials[i], tangents[i]));
        }
        return new TaggedDual(top, f, t);
    }

    /** The algebra rule's partials; over plain doubles the backward pass serves when there is no rule. */
    private static Num[] partials(CustomPrimitive p, Num[] primals) {
        if (p.rule().isPresent()) return p.rule().get().partials(primals);
        for (Num a : primals) if (!(a instanceof Real)) return p.requireRule("nested forward mode").partials(primals);
        double[] g = p.backward(p.evaluate(Backends.values(primals)).cache(), 1.0);
        Num[] out = new Num[g.length];
        for (int i = 0; i < g.length; i++) out[i] = new Real(g[i]);
        return out;
    }

    @Override public String toString() { return "(" + primal + ") + (" + tangent + ")ε" + tag; }
}
