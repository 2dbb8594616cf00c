package dev.nabla.spark.loss;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.spark.compiled.CompiledPerJvm;
import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledGradient;
import dev.nabla.symbolic.jit.ValueDependentException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link TraceableRecordLoss} compiled once per JVM, record size and state of the loss (its
 * {@link CompiledPerJvm#fingerprint}): the program's inputs are the parameters, then the features,
 * then the label; it differentiates by the parameters only.
 */
record CompiledRecordGradients(TraceableRecordLoss loss, String fingerprint) implements RecordGradients {
    private static final long serialVersionUID = 1L;

    /** The loss, its fingerprint taken when a program is first needed. */
    CompiledRecordGradients(TraceableRecordLoss loss) {
        this(loss, null);
    }

    @Override public RecordGradient newWorker() { return new Worker(pinned()); }

    @Override public void prepare(int parameters, int features) { compiled(parameters, features); }

    @Override public String method() { return "compiled"; }

    /**
     * With the fingerprint taken now, once ({@link CompiledPerJvm#NONE} for a loss that cannot be serialized), so that
     * the tasks receiving it need not serialize the loss again.
     */
    @Override public CompiledRecordGradients pinned() {
        return fingerprint != null ? this : new CompiledRecordGradients(loss, CompiledPerJvm.fingerprint(loss));
    }

    CompiledGradient compiled(int p, int m) {
        return CompiledPerJvm.gradient(pinned().fingerprint,
                "record loss of " + p + " parameters and " + m + " features", () -> compile(p, m));
    }

    private CompiledGradient compile(int p, int m) {
        ScalarFunction record = xs -> {
            try {
                return loss.loss(Arrays.copyOfRange(xs, 0, p), Arrays.copyOfRange(xs, p, p + m), xs[p + m]);
            } catch (IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("record loss: reading past the " + m + " features or the " + p
                        + " parameters: " + e.getMessage(), e);
            }
        };
        try {
            return Compiled.gradient(record, p + m + 1, p);
        } catch (ValueDependentException e) {
            throw new IllegalArgumentException("distributed loss: the record loss cannot be compiled: it reads the value of"
                    + " a parameter or a field (doubleValue()), so its control flow may depend on the record. Write branches"
                    + " with abs, sign, heaviside, min or max, or run it on the tape: DistributedLoss.of(loss.onTape(), " + p + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("distributed loss: compiling the record loss for " + p + " parameters and "
                    + m + " features: " + e.getMessage(), e);
        }
    }

    /** One partition's worker: a program per record size met (usually one), and its input row. */
    private static final class Worker implements RecordGradient {
        private final CompiledRecordGradients source;
        private final Map<Long, CompiledGradient> bySize = new HashMap<>();
        private CompiledGradient compiled;
        private double[] in = new double[0];
        private int p = -1, m = -1;

        Worker(CompiledRecordGradients source) {
            this.source = source;
        }

        @Override
        public double gradient(double[] params, double[] features, double label, double[] gradient) {
            if (params.length != p || features.length != m) {
                int np = params.length, nm = features.length;
                compiled = bySize.computeIfAbsent(((long) np << 32) | nm, k -> source.compiled(np, nm));
                p = np;
                m = nm;
                in = new double[p + m + 1];
            }
            System.arraycopy(params, 0, in, 0, p);
            System.arraycopy(features, 0, in, p, m);
            in[p + m] = label;
            return compiled.gradient(in, gradient);
        }
    }
}
