package dev.nabla.tensor.optim;

import dev.nabla.tensor.GradMode;
import dev.nabla.tensor.Tensor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam as {@code torch.optim.Adam} (PyTorch 1.13's single-tensor formulas), step {@code t} counted from 1:
 * <pre>{@code
 * g = ∇p + λ p
 * m = β₁ m + (1 - β₁) g
 * v = β₂ v + (1 - β₂) g²            (v̂ = max(v̂, v) with AMSGrad)
 * p = p - lr / (1 - β₁ᵗ) · m / (√v / √(1 - β₂ᵗ) + ε)
 * }</pre>
 */
public final class Adam extends Optimizer {
    private final double lr, beta1, beta2, eps, weightDecay;
    private final boolean amsgrad;
    private final Map<Tensor, State> states = new IdentityHashMap<>();

    private static final class State {
        int step;
        Tensor m, v, vmax;
    }

    private Adam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad) {
        super("Adam", params);
        requireNonNegative("Adam", "lr", lr);
        requireNonNegative("Adam", "eps", eps);
        requireNonNegative("Adam", "weight decay", weightDecay);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam: betas must lie in [0, 1), got (" + beta1 + ", " + beta2 + ")");
        }
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.amsgrad = amsgrad;
    }

    /** Adam with PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public static Adam of(List<Tensor> params, double lr) {
        return new Adam(params, lr, 0.9, 0.999, 1e-8, 0, false);
    }

    /** Adam with every option of {@code torch.optim.Adam}. */
    public static Adam of(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay,
                          boolean amsgrad) {
        return new Adam(params, lr, beta1, beta2, eps, weightDecay, amsgrad);
    }

    @Override public void step() {
        try (GradMode.Scope s = GradMode.noGrad()) {
            for (Tensor p : params) {
                Tensor g = p.grad();
                if (g == null) continue;
                State st = states.computeIfAbsent(p, k -> new State());
                if (st.m == null) {
                    st.m = Tensor.zerosLike(p);
                    st.v = Tensor.zerosLike(p);
                    if (amsgrad) st.vmax = Tensor.zerosLike(p);
                }
                st.step++;
                if (weightDecay != 0) g = g.add(p.mul(weightDecay));
                st.m.mul_(beta1).add_(g, 1 - beta1);
                st.v.mul_(beta2).add_(g.mul(g), 1 - beta2);
                double bc1 = 1 - Math.pow(beta1, st.step), bc2 = Math.sqrt(1 - Math.pow(beta2, st.step));
                Tensor v = st.v;
                if (amsgrad) {
                    st.vmax.copy_(st.vmax.maximum(st.v));
                    v = st.vmax;
                }
                Tensor denom = v.sqrt().div(bc2).add(eps);
                p.add_(st.m.div(denom), -lr / bc1);
            }
        }
    }
}
