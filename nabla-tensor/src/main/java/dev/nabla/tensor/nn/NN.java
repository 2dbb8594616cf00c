package dev.nabla.tensor.nn;

import dev.nabla.tensor.DType;
import dev.nabla.tensor.Tensor;

import java.util.Arrays;

/** {@code torch.nn.functional}: {@code linear}, {@code cross_entropy}, {@code binary_cross_entropy_with_logits}, {@code mse_loss}. */
public final class NN {
    private NN() {}

    /** {@code x Wᵀ + b}, with {@code W} of shape {@code (out, in)} and {@code b} of shape {@code (out)} (may be null). */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        if (x == null || weight == null) throw new IllegalArgumentException("linear: the input and the weight must be given");
        if (weight.dim() != 2 || x.dim() == 0 || x.size(-1) != weight.size(1)) {
            throw new IllegalArgumentException("linear: input of shape " + Arrays.toString(x.shape()) + " and weight of shape "
                    + Arrays.toString(weight.shape()) + " do not fit: the weight must be (out_features, in_features) with"
                    + " in_features equal to the input's last size");
        }
        if (bias != null && (bias.dim() != 1 || bias.size(0) != weight.size(0))) {
            throw new IllegalArgumentException("linear: bias of shape " + Arrays.toString(bias.shape())
                    + " does not match the weight's out_features " + weight.size(0) + " (weight " + Arrays.toString(weight.shape()) + ")");
        }
        Tensor y = x.matmul(weight.t());
        return bias == null ? y : y.add(bias);
    }

    /**
     * The mean over the batch of {@code -log softmax(logits)[target]}: {@code logits} of shape {@code (N, C)},
     * {@code target} int64 class indices of shape {@code (N)}.
     */
    public static Tensor crossEntropy(Tensor logits, Tensor target) {
        if (logits == null || target == null) throw new IllegalArgumentException("cross_entropy: the logits and the target must be given");
        if (logits.dim() != 2 || target.dim() != 1 || target.size(0) != logits.size(0)) {
            throw new IllegalArgumentException("cross_entropy: expects logits (N, C) and targets (N), got "
                    + Arrays.toString(logits.shape()) + " and " + Arrays.toString(target.shape()));
        }
        if (target.dtype() != DType.INT64) {
            throw new IllegalArgumentException("cross_entropy: the target must hold int64 class indices, got " + target.dtype());
        }
        long[] classes = target.toLongArray();
        int c = logits.size(1);
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0 || classes[i] >= c) {
                throw new IllegalArgumentException("cross_entropy: target " + classes[i] + " at position " + i
                        + " is out of bounds for " + c + " classes (logits " + Arrays.toString(logits.shape()) + ")");
            }
        }
        return logits.logSoftmax(1).gather(1, target.unsqueeze(1)).mean().neg();
    }

    /** The mean of {@code max(z, 0) - z y + log(1 + e^-|z|)}: binary cross-entropy on logits {@code z}, stably. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor z, Tensor y) {
        if (z == null || y == null) throw new IllegalArgumentException("binary_cross_entropy_with_logits: the logits and the target must be given");
        if (!Arrays.equals(z.shape(), y.shape())) {
            throw new IllegalArgumentException("binary_cross_entropy_with_logits: the target's shape " + Arrays.toString(y.shape())
                    + " differs from the input's " + Arrays.toString(z.shape()));
        }
        return z.clampMin(0).sub(z.mul(y)).add(z.abs().neg().exp().log1p()).mean();
    }

    /** The mean of {@code (x - y)²}. */
    public static Tensor mseLoss(Tensor x, Tensor y) {
        if (x == null || y == null) throw new IllegalArgumentException("mse_loss: the input and the target must be given");
        Tensor difference;
        try {
            difference = x.sub(y);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mse_loss: the input's shape " + Arrays.toString(x.shape()) + " and the target's "
                    + Arrays.toString(y.shape()) + " do not fit (" + e.getMessage() + ")", e);
        }
        return difference.square().mean();
    }
}
