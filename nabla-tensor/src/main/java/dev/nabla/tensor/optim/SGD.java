package dev.nabla.tensor.optim;

import dev.nabla.tensor.GradMode;
import dev.nabla.tensor.Tensor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent as {@code torch.optim.SGD}: with weight decay {@code λ}, momentum {@code μ},
 * dampening {@code τ},
 * <pre>{@code
 * g = ∇p + λ p
 * b = g (first step),  b = μ b + (1 - τ) g (after)
 * g = nesterov ? g + μ b : b
 * p = p - lr g
 * }</pre>
 */
public final class SGD extends Optimizer {
    private final double lr, momentum, dampening, weightDecay;
    private final boolean nesterov;
    private final Map<Tensor, Tensor> buffers = new IdentityHashMap<>();

    private SGD(List<Tensor> params, double lr, double momentum, double dampening, double weightDecay, boolean nesterov) {
        super("SGD", params);
        requireNonNegative("SGD", "lr", lr);
        requireNonNegative("SGD", "momentum", momentum);
        requireNonNegative("SGD", "weight decay", weightDecay);
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("SGD: Nesterov momentum requires a momentum and zero dampening");
        }
        this.lr = lr;
        this.momentum = momentum;
        this.dampening = dampening;
        this.weightDecay = weightDecay;
        this.nesterov = nesterov;
    }

    /** Plain SGD with learning rate {@code lr}. */
    public static SGD of(List<Tensor> params, double lr) {
        return new SGD(params, lr, 0, 0, 0, false);
    }

    /** SGD with every option of {@code torch.optim.SGD}. */
    public static SGD of(List<Tensor> params, double lr, double momentum, double dampening, double weightDecay,
                         boolean nesterov) {
        return new SGD(params, lr, momentum, dampening, weightDecay, nesterov);
    }

    @Override public void step() {
        try (GradMode.Scope s = GradMode.noGrad()) {
            for (Tensor p : params) {
                Tensor g = p.grad();
                if (g == null) continue;
                if (weightDecay != 0) g = g.add(p.mul(weightDecay));
                if (momentum != 0) {
                    Tensor b = buffers.get(p);
                    if (b == null) {
                        b = g.clone();
                        buffers.put(p, b);
                    } else {
                        b.mul_(momentum).add_(g, 1 - dampening);
                    }
                    g = nesterov ? g.add(b.mul(momentum)) : b;
                }
                p.add_(g, -lr);
            }
        }
    }
}
