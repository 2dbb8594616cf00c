package dev.nabla.tensor.functional;

import dev.nabla.tensor.Autograd;
import dev.nabla.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code torch.autograd.functional} for functions of one tensor: vector-Jacobian and Jacobian-vector
 * products, the full Jacobian and Hessian, and Hessian-vector products — all from the reverse-mode engine
 * (the Jacobian-vector product by the double-vjp construction, so every op that has a backward has one).
 */
public final class Functional {
    private Functional() {}

    /** A function's value and a derivative product at a point. */
    public record Product(Tensor value, Tensor product) {}

    private static Tensor input(String op, Tensor x) {
        if (x == null) throw new IllegalArgumentException(op + ": the input is null");
        if (!x.dtype().isFloatingPoint()) throw new IllegalArgumentException(op + ": the input must be floating point, got " + x.dtype());
        return x.detach().requiresGrad_(true);
    }

    private static Tensor call(String op, UnaryOperator<Tensor> f, Tensor x) {
        if (f == null) throw new IllegalArgumentException(op + ": the function is null");
        Tensor y = f.apply(x);
        if (y == null) throw new IllegalArgumentException(op + ": the function returned null");
        return y;
    }

    private static Tensor orZeros(Tensor g, Tensor like) {
        return g == null ? Tensor.zerosLike(like) : g;
    }

    private static void sameShape(String op, Tensor v, int[] shape, String what) {
        if (v == null || !Arrays.equals(v.shape(), shape)) {
            throw new IllegalArgumentException(op + ": v must have the " + what + "'s shape " + Arrays.toString(shape)
                    + ", got " + (v == null ? "null" : Arrays.toString(v.shape())));
        }
    }

    /** {@code (f(x), vᵀ J)} with {@code v} shaped as {@code f(x)}. */
    public static Product vjp(UnaryOperator<Tensor> f, Tensor x, Tensor v) {
        Tensor xi = input("vjp", x);
        Tensor y = call("vjp", f, xi);
        sameShape("vjp", v, y.shape(), "output");
        if (!y.requiresGrad()) return new Product(y.detach(), Tensor.zerosLike(xi));
        Tensor g = Autograd.grad(List.of(y), List.of(xi), List.of(v), false, false, true).get(0);
        return new Product(y.detach(), orZeros(g, xi));
    }

    /** {@code (f(x), J v)} with {@code v} shaped as {@code x}: the derivative of {@code f} along {@code v}. */
    public static Product jvp(UnaryOperator<Tensor> f, Tensor x, Tensor v) {
        Tensor xi = input("jvp", x);
        sameShape("jvp", v, xi.shape(), "input");
        Tensor y = call("jvp", f, xi);
        if (!y.requiresGrad()) return new Product(y.detach(), Tensor.zerosLike(y));
        Tensor u = Tensor.zerosLike(y).requiresGrad_(true);
        Tensor g = Autograd.grad(List.of(y), List.of(xi), List.of(u), true, true, true).get(0);
        if (g == null || !g.requiresGrad()) return new Product(y.detach(), Tensor.zerosLike(y));
        Tensor jv = Autograd.grad(List.of(g), List.of(u), List.of(v), false, false, true).get(0);
        return new Product(y.detach(), orZeros(jv, y));
    }

    /** The Jacobian of {@code f} at {@code x}, of shape {@code f(x).shape + x.shape}. */
    public static Tensor jacobian(UnaryOperator<Tensor> f, Tensor x) {
        Tensor xi = input("jacobian", x);
        Tensor y = call("jacobian", f, xi);
        return rows(y, xi, false);
    }

    private static Tensor rows(Tensor y, Tensor xi, boolean createGraph) {
        int m = y.numel();
        List<Tensor> rows = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            Tensor g = null;
            if (y.requiresGrad()) {
                double[] e = new double[m];
                e[j] = 1;
                Tensor onehot = Tensor.fromArray(e, m).reshape(y.shape()).to(y.dtype());
                g = Autograd.grad(List.of(y), List.of(xi), List.of(onehot), true, createGraph, true).get(0);
            }
            rows.add(orZeros(g, xi).detach());
        }
        int[] shape = new int[y.dim() + xi.dim()];
        System.arraycopy(y.shape(), 0, shape, 0, y.dim());
        System.arraycopy(xi.shape(), 0, shape, y.dim(), xi.dim());
        if (m == 0) return Tensor.zeros(shape, xi.dtype());
        return Tensor.stack(rows, 0).reshape(shape);
    }

    /** The Hessian of a scalar {@code f} at {@code x}, of shape {@code x.shape + x.shape}. */
    public static Tensor hessian(UnaryOperator<Tensor> f, Tensor x) {
        Tensor xi = input("hessian", x);
        Tensor y = call("hessian", f, xi);
        if (y.numel() != 1) {
            throw new IllegalArgumentException("hessian: the function must return one element, got shape " + Arrays.toString(y.shape()));
        }
        if (!y.requiresGrad()) {
            int[] shape = new int[2 * xi.dim()];
            System.arraycopy(xi.shape(), 0, shape, 0, xi.dim());
            System.arraycopy(xi.shape(), 0, shape, xi.dim(), xi.dim());
            return Tensor.zeros(shape, xi.dtype());
        }
        Tensor g = orZeros(Autograd.grad(List.of(y), List.of(xi), null, true, true, true).get(0), xi);
        return rows(g, xi, false);
    }

    /** {@code (f(x), H v)} for a scalar {@code f}, with {@code v} shaped as {@code x}. */
    public static Product hvp(UnaryOperator<Tensor> f, Tensor x, Tensor v) {
        Tensor xi = input("hvp", x);
        sameShape("hvp", v, xi.shape(), "input");
        Tensor y = call("hvp", f, xi);
        if (y.numel() != 1) {
            throw new IllegalArgumentException("hvp: the function must return one element, got shape " + Arrays.toString(y.shape()));
        }
        if (!y.requiresGrad()) return new Product(y.detach(), Tensor.zerosLike(xi));
        Tensor g = Autograd.grad(List.of(y), List.of(xi), null, true, true, true).get(0);
        if (g == null || !g.requiresGrad()) return new Product(y.detach(), Tensor.zerosLike(xi));
        Tensor hv = Autograd.grad(List.of(g.mul(v).sum()), List.of(xi), null, false, false, true).get(0);
        return new Product(y.detach(), orZeros(hv, xi));
    }
}
