package dev.nabla.core.reverse;

import dev.nabla.core.algebra.Backends;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;

/**
 * A value recorded on a {@link Tape}: the handle the user's function computes with in reverse
 * mode. Each operation appends one node to the tape; constants ({@link #constant(double)}, or
 * {@link Real} operands) are not recorded.
 */
public final class TapeVar implements Num {
    static final int CONSTANT = -1;

    final Tape tape;
    final int index;
    final int epoch;
    final double value;

    TapeVar(Tape tape, int index, int epoch, double value) {
        this.tape = tape;
        this.index = index;
        this.epoch = epoch;
        this.value = value;
    }

    /** The tape this value was recorded on. */
    public Tape tape() { return tape; }

    /** Whether this is a constant (not recorded, derivative 0). */
    public boolean isConstant() { return index == CONSTANT; }

    @Override public Num constant(double c) { return new TapeVar(tape, CONSTANT, epoch, c); }
    @Override public double doubleValue() { return value; }
    @Override public boolean isZero() { return index == CONSTANT && value == 0; }

    // The fast paths are kept tiny so the JIT inlines them into the user's function, where the
    // primitive is a constant and its value and partials inline too; rare cases go out of line.

    @Override
    public Num apply(UnaryPrimitive p) {
        double f = p.value().applyAsDouble(value);
        if (index == CONSTANT) return constant(f);
        return tape.record(p, f, this, p.partialAt(value, f));
    }

    @Override
    public Num apply(BinaryPrimitive p, Num y) {
        if (y instanceof TapeVar b && b.tape == tape && index != CONSTANT && b.index != CONSTANT) {
            double f = p.value().applyAsDouble(value, b.value);
            return tape.record(p, f, this, p.partialXAt(value, b.value, f), b, p.partialYAt(value, b.value, f));
        }
        return applyWithConstant(p, operand(y, p.name()));
    }

    @Override
    public Num apply(BinaryPrimitive p, double c) {
        double f = p.value().applyAsDouble(value, c);
        if (index == CONSTANT) return constant(f);
        return tape.recordWithConstant(p, f, this, p.partialXAt(value, c, f), c, Tape.SECOND_CONSTANT);
    }

    private Num applyWithConstant(BinaryPrimitive p, TapeVar b) {
        double f = p.value().applyAsDouble(value, b.value);
        if (index == CONSTANT && b.index == CONSTANT) return constant(f);
        if (b.index == CONSTANT) return tape.recordWithConstant(p, f, this, p.partialXAt(value, b.value, f), b.value, Tape.SECOND_CONSTANT);
        return tape.recordWithConstant(p, f, b, p.partialYAt(value, b.value, f), value, Tape.FIRST_CONSTANT);
    }

    @Override
    public Num apply(CustomPrimitive p, Num[] args) {
        TapeVar[] xs = new TapeVar[args.length];
        double[] values = new double[args.length];
        for (int i = 0; i < args.length; i++) {
            xs[i] = operand(args[i], p.name());
            values[i] = xs[i].value;
            if (xs[i].index != CONSTANT) tape.checkLive(xs[i], p);
        }
        CustomPrimitive.Evaluation<Object> e = p.evaluate(values);
        double[] partials = p.backward(e.cache(), 1.0);
        return tape.recordCustom(p, e.value(), xs, partials);
    }

    private TapeVar operand(Num y, String operation) {
        if (y instanceof TapeVar v) {
            if (v.tape != tape) {
                throw new IllegalArgumentException(operation + ": the operands belong to different tapes");
            }
            return v;
        }
        if (y instanceof Real r) return new TapeVar(tape, CONSTANT, epoch, r.value());
        throw Backends.mismatch(TapeVar.class, y, operation);
    }

    @Override public String toString() { return index == CONSTANT ? Double.toString(value) : "v" + index + "=" + value; }
}
