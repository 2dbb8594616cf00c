package dev.nabla.examples;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;
import dev.nabla.core.rules.CustomPrimitive;

import java.util.List;

/**
 * The second seed notebook, "수치미분 — 파이토치로 하는 자동미분": its hand-written reverse mode, in
 * which each primitive is a forward pass returning a value and a cache and a backward pass taking
 * the cache and the upstream gradient — here {@link CustomPrimitive}s recorded on a {@link Tape}.
 */
public final class AutogradAndHandWrittenReverseMode implements Notebook {

    /** TIMES: {@code x·y}, cache {@code (x, y)}, backward {@code (y·dout, x·dout)}. */
    static final CustomPrimitive TIMES = CustomPrimitive.of("times", 2,
            a -> new CustomPrimitive.Evaluation<>(a[0] * a[1], a.clone()),
            (double[] cache, double dout) -> new double[] {cache[1] * dout, cache[0] * dout});

    /** ADD: {@code x + y}, backward {@code (dout, dout)}. */
    static final CustomPrimitive ADD = CustomPrimitive.of("add", 2,
            a -> new CustomPrimitive.Evaluation<>(a[0] + a[1], a.clone()),
            (double[] cache, double dout) -> new double[] {dout, dout});

    /** LOG: {@code ln x}, cache {@code x}, backward {@code dout / x}. */
    static final CustomPrimitive LOG = CustomPrimitive.of("log", 1,
            a -> new CustomPrimitive.Evaluation<>(Math.log(a[0]), a[0]),
            (Double cache, double dout) -> new double[] {(1 / cache) * dout});

    @Override public String title() { return "수치미분 — 파이토치로 하는 자동미분 (hand-written reverse mode)"; }

    @Override
    public List<Cell> cells() {
        return List.of(
                new Cell("times", "TIMES forward and backward at (2, 3)", AutogradAndHandWrittenReverseMode::times),
                new Cell("add/log", "(x·x + 2·x)·log y at (1, 2): forward pass, then backward pass", AutogradAndHandWrittenReverseMode::forwardAndBackward));
    }

    /** The notebook prints {@code dx=3. dy=2}. */
    static String times() {
        Tape tape = new Tape();
        TapeVar x = tape.variable(2);
        TapeVar y = tape.variable(3);
        double[] g = tape.gradient(TIMES.apply(x, y), x, y);
        return "dx=" + Formats.integral(g[0]) + ". dy=" + Formats.integral(g[1]);
    }

    /** The notebook prints {@code forward pass f(x) = 2.079442} and {@code backward pass dx = 2.772589, dy = 1.500000}. */
    static String forwardAndBackward() {
        Tape tape = new Tape();
        TapeVar x = tape.variable(1);
        TapeVar y = tape.variable(2);
        Num a = TIMES.apply(x, x);
        Num b = TIMES.apply(x.constant(2), x);
        Num c = ADD.apply(a, b);
        Num d = LOG.apply(y);
        Num z = TIMES.apply(c, d);
        double[] g = tape.gradient(z, x, y);
        return "forward pass f(x) = " + Formats.fixed(z.doubleValue(), 6)
                + "\nbackward pass dx = " + Formats.fixed(g[0], 6) + ", dy = " + Formats.fixed(g[1], 6);
    }

    /** Prints the notebook. */
    public static void main(String[] args) {
        new AutogradAndHandWrittenReverseMode().print();
    }
}
