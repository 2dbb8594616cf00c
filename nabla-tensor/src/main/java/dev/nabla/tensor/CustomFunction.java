package dev.nabla.tensor;

import java.util.Arrays;
import java.util.List;

/**
 * A user-defined differentiable operation, PyTorch's {@code torch.autograd.Function}: a forward pass that
 * computes the value and saves what the backward pass needs (the seeds' "value and cache"), and a backward
 * pass that turns the output's gradient into one gradient per input ({@code backward(cache, dout)}).
 *
 * <pre>{@code
 * CustomFunction times = CustomFunction.of("Times",
 *         (ctx, in) -> { ctx.saveForBackward(in[0], in[1]); return in[0].mul(in[1]); },
 *         (ctx, dout) -> new Tensor[] {ctx.saved(1).mul(dout), ctx.saved(0).mul(dout)});
 * Tensor z = times.apply(x, y);        // grad_fn=<TimesBackward>
 * }</pre>
 *
 * <p>The forward pass runs without recording; the backward pass is written in tensor operations, so with
 * {@code createGraph} it is recorded and can be differentiated again. Saved tensors are version-checked
 * like every other saved tensor.
 */
public final class CustomFunction {

    /** The forward pass: the value from the inputs, saving what backward needs in {@code ctx}. */
    @FunctionalInterface
    public interface Forward {
        /** The output for {@code inputs}. */
        Tensor apply(Context ctx, Tensor... inputs);
    }

    /** The backward pass: one gradient per input ({@code null} for none) from the output's gradient. */
    @FunctionalInterface
    public interface Backward {
        /** The inputs' gradients given {@code gradOutput}. */
        Tensor[] apply(Context ctx, Tensor gradOutput);
    }

    /** What forward passes to backward: saved tensors (the cache) and the inputs' count. */
    public static final class Context {
        private Tensor[] saved = new Tensor[0];
        private int inputs;

        /** Keeps {@code tensors} for backward, as {@code ctx.save_for_backward}. */
        public void saveForBackward(Tensor... tensors) {
            if (tensors == null) throw new IllegalArgumentException("saveForBackward: the tensors are null");
            this.saved = tensors.clone();
        }

        /** Saved tensor {@code i}. */
        public Tensor saved(int i) {
            if (i < 0 || i >= saved.length) {
                throw new IllegalArgumentException("saved: index " + i + " out of range, " + saved.length + " tensors were saved");
            }
            return saved[i];
        }

        /** Every saved tensor. */
        public List<Tensor> savedTensors() { return List.of(saved); }

        /** The number of inputs of the call. */
        public int inputCount() { return inputs; }
    }

    private final String name;
    private final Forward forward;
    private final Backward backward;

    private CustomFunction(String name, Forward forward, Backward backward) {
        this.name = name;
        this.forward = forward;
        this.backward = backward;
    }

    /** A function named {@code name}; its nodes are called {@code nameBackward}, as PyTorch names them. */
    public static CustomFunction of(String name, Forward forward, Backward backward) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("CustomFunction: the name is empty");
        if (forward == null || backward == null) {
            throw new IllegalArgumentException("CustomFunction " + name + ": forward and backward must be given");
        }
        return new CustomFunction(name, forward, backward);
    }

    /** The function's name. */
    public String name() { return name; }

    /** Runs forward on {@code inputs} and records a node whose backward is this function's backward. */
    public Tensor apply(Tensor... inputs) {
        if (inputs == null) throw new IllegalArgumentException(name + ": the inputs are null");
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null) throw new IllegalArgumentException(name + ": input " + i + " is null");
        }
        Context ctx = new Context();
        ctx.inputs = inputs.length;
        Tensor out;
        try (GradMode.Scope s = GradMode.noGrad()) {
            out = forward.apply(ctx, inputs.clone());
        }
        if (out == null) throw new IllegalArgumentException(name + ": forward returned null");
        for (Tensor in : inputs) if (out == in) { out = out.detach(); break; }
        boolean any = false;
        for (Tensor in : inputs) any |= in.requiresGrad;
        if (!any || !GradMode.isEnabled() || !out.dtype.isFloatingPoint()) return out;
        Derivative d = new Derivative(name + "Backward", (s, g) -> {
            Tensor[] grads = backward.apply(ctx, g);
            if (grads == null || grads.length != inputs.length) {
                throw new IllegalStateException(name + ": backward returned " + (grads == null ? "null" : grads.length
                        + " gradients") + " for " + inputs.length + " inputs");
            }
            for (int i = 0; i < grads.length; i++) {
                if (grads[i] != null && !Arrays.equals(grads[i].shape, inputs[i].shape)
                        && !broadcastsTo(inputs[i].shape, grads[i].shape)) {
                    throw new IllegalStateException(name + ": backward returned a gradient of shape "
                            + Shapes.str(grads[i].shape) + " for input " + i + " of shape " + Shapes.str(inputs[i].shape));
                }
            }
            return grads;
        });
        return Tensor.record(out, d, new Saved(ctx.saved), inputs);
    }

    private static boolean broadcastsTo(int[] small, int[] big) {
        try {
            return Arrays.equals(Shapes.broadcast("", small, big), big);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override public String toString() { return "CustomFunction " + name; }
}
