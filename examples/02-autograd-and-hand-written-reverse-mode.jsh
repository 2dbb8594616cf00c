// 수치미분 — 파이토치로 하는 자동미분: automatic differentiation with PyTorch, and reverse mode written by hand
// (the second seed notebook), cell by cell.
//
// Run it:  ./nabla shell examples/02-autograd-and-hand-written-reverse-mode.jsh
//
// A line "//> text" is what the cell prints; a line "//seed ~t> text" is what the seed printed where Nabla prints
// it differently, and the numbers of the two agree to the relative tolerance t (the test checks it). PyTorch's
// tensors and autograd are nabla-tensor's Tensor and Autograd; a NumPy array is a double[] drawn by the
// NumPy-compatible RandomState and printed by the NumPy formatter.

// ---- import torch; import pandas as pd; import numpy as np ---------------------------------------------------
// `nabla shell` starts with Nabla's packages imported; the NumPy formatter prints the seed's NumPy array.
import dev.nabla.tensor.print.NumpyFormatter;

/** print(t, t.dtype, t.requires_grad) */
void showTensor(Tensor t) {
    System.out.println(t + " " + t.dtype() + " " + (t.requiresGrad() ? "True" : "False"));
}

/** print(x, x.dtype) for the seed's NumPy array of shape (2, 3) */
void showArray(double[] x) {
    System.out.println(NumpyFormatter.str(Tensor.fromArray(x, 2, 3)) + " float64");
}

// ---- np.random.seed(0); x = np.random.rand(6).reshape(2, 3); torch.tensor(x), from_numpy, Tensor, as_tensor ----
// torch.tensor and torch.Tensor copy the array (torch.Tensor into float32); from_numpy and as_tensor share it.
double[] x = RandomState.seeded(0).rand(6);
Tensor xTensor = Tensor.tensor(x).reshape(2, 3);
Tensor xFromNumpy = Tensor.fromArray(x, 2, 3);
Tensor xTensorF = Tensor.floatTensor(x).reshape(2, 3);
Tensor xAsTensor = Tensor.asTensor(x, 2, 3);
showArray(x);
showTensor(xTensor);
showTensor(xFromNumpy);
showTensor(xTensorF);
showTensor(xAsTensor);
//> [[0.5488135  0.71518937 0.60276338]
//>  [0.54488318 0.4236548  0.64589411]] float64
//> tensor([[0.5488, 0.7152, 0.6028],
//>         [0.5449, 0.4237, 0.6459]], dtype=torch.float64) torch.float64 False
//> tensor([[0.5488, 0.7152, 0.6028],
//>         [0.5449, 0.4237, 0.6459]], dtype=torch.float64) torch.float64 False
//> tensor([[0.5488, 0.7152, 0.6028],
//>         [0.5449, 0.4237, 0.6459]]) torch.float32 False
//> tensor([[0.5488, 0.7152, 0.6028],
//>         [0.5449, 0.4237, 0.6459]], dtype=torch.float64) torch.float64 False

// ---- x[0, 0] = 100: which tensors share the array's memory ----------------------------------------------------
x[0] = 100;
showArray(x);
showTensor(xTensor);
showTensor(xFromNumpy);
showTensor(xTensorF);
showTensor(xAsTensor);
//> [[100.           0.71518937   0.60276338]
//>  [  0.54488318   0.4236548    0.64589411]] float64
//> tensor([[0.5488, 0.7152, 0.6028],
//>         [0.5449, 0.4237, 0.6459]], dtype=torch.float64) torch.float64 False
//> tensor([[100.0000,   0.7152,   0.6028],
//>         [  0.5449,   0.4237,   0.6459]], dtype=torch.float64) torch.float64 False
//> tensor([[0.5488, 0.7152, 0.6028],
//>         [0.5449, 0.4237, 0.6459]]) torch.float32 False
//> tensor([[100.0000,   0.7152,   0.6028],
//>         [  0.5449,   0.4237,   0.6459]], dtype=torch.float64) torch.float64 False

// ---- torch.tensor(x, requires_grad=True) ----------------------------------------------------------------------
Tensor xTensorGrad = Tensor.tensor(x).reshape(2, 3).requiresGrad_(true);
showTensor(xTensorGrad);
//> tensor([[100.0000,   0.7152,   0.6028],
//>         [  0.5449,   0.4237,   0.6459]], dtype=torch.float64,
//>        requires_grad=True) torch.float64 True

// ---- x = torch.tensor([1.0], requires_grad=True); f = (x**2 + 2*x) * torch.log(x); print(x); print(f) ---------
// print(x.grad); print(x.grad_fn); print(f.grad_fn)
Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
Tensor f = x.pow(2).add(x.mul(2)).mul(x.log());
System.out.println(x);
System.out.println(f);
System.out.println(x.grad() == null ? "None" : x.grad());
System.out.println(x.gradFn().map(Node::toString).orElse("None"));
System.out.println(f.gradFn().map(Node::toString).orElse("None"));
//> tensor([1.], requires_grad=True)
//> tensor([0.], grad_fn=<MulBackward0>)
//> None
//> None
// Python prints the node's memory address, which changes from run to run; Nabla's node prints without one.
//> <MulBackward0 object>
//seed ~0> <MulBackward0 object at 0x7fe0f7b8d750>

// ---- print(x.is_leaf) -----------------------------------------------------------------------------------------
System.out.println(x.isLeaf() ? "True" : "False");
//> True

// ---- torch.autograd.backward(f, grad_tensors=torch.tensor([1.]), retain_graph=True); print(x.grad) ------------
// The upstream gradient 1 is the weight of the vector–Jacobian product; retain_graph keeps the graph for the
// next cell.
Autograd.backward(List.of(f), List.of(Tensor.tensor(1.0f)), true, false, null);
System.out.println(x.grad());
//> tensor([3.])

// ---- df = torch.autograd.grad(f, x, retain_graph=True); print(df); print(x.grad) ------------------------------
// grad returns the gradients and leaves x.grad as backward left it.
TensorTuple df = Autograd.grad(f, List.of(x), true);
System.out.println(df);
System.out.println(x.grad());
//> (tensor([3.]),)
//> tensor([3.])

// ---- x, y = 1.0, 2.0; f_xy = (x**2 + 2*x) * torch.log(y); backward; print(x.grad); print(y.grad); grad ---------
Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
Tensor y = Tensor.tensor(2.0f).requiresGrad_(true);
Tensor fXy = x.pow(2).add(x.mul(2)).mul(y.log());
Autograd.backward(List.of(fXy), null, true, false, null);
System.out.println(x.grad());
System.out.println(y.grad());
TensorTuple df = Autograd.grad(fXy, List.of(x, y), true);
System.out.println(df);
//> tensor([2.7726])
//> tensor([1.5000])
//> (tensor([2.7726]), tensor([1.5000]))

// ---- 자동미분 구현: def times(x, y): return x*y, (x, y); def times_deriv(cache, dout=1): ... -----------------
// TIMES = {'f': times, 'df': times_deriv}; v, cache = TIMES['f'](2, 3); dx, dy = TIMES['df'](cache)
// A primitive written by hand is a CustomPrimitive: a forward pass returning the value and a cache, and a
// backward pass taking the cache and the upstream gradient. The seed's Python ints print as 3 and 2; Nabla's
// numbers are doubles.
CustomPrimitive TIMES = CustomPrimitive.of("times", 2,
        a -> new CustomPrimitive.Evaluation<>(a[0] * a[1], a.clone()),
        (double[] cache, double dout) -> new double[] {cache[1] * dout, cache[0] * dout});
var evaluation = TIMES.evaluate(new double[] {2, 3});
double[] dxy = TIMES.backward(evaluation.cache(), 1);
System.out.println("dx=" + dxy[0] + ". dy=" + dxy[1]);
//> dx=3.0. dy=2.0
//seed ~0> dx=3. dy=2

// ---- def add(x, y) ... ADD = {...}; def log(x) ... LOG = {...} -------------------------------------------------
CustomPrimitive ADD = CustomPrimitive.of("add", 2,
        a -> new CustomPrimitive.Evaluation<>(a[0] + a[1], a.clone()),
        (double[] cache, double dout) -> new double[] {dout, dout});
CustomPrimitive LOG = CustomPrimitive.of("log", 1,
        a -> new CustomPrimitive.Evaluation<>(Math.log(a[0]), a[0]),
        (Double cache, double dout) -> new double[] {(1 / cache) * dout});

// ---- x = 1.; y = 2.: the forward pass a, b, c, d, z, then the backward pass by hand -------------------------
// The seed calls each backward function in reverse order and adds up x's two contributions (dx += …). A Tape
// records the same forward pass and walks the same backward functions for it.
Tape handTape = new Tape();
TapeVar hx = handTape.variable(1.);
TapeVar hy = handTape.variable(2.);
Num a = TIMES.apply(hx, hx);
Num b = TIMES.apply(hx.constant(2), hx);
Num c = ADD.apply(a, b);
Num d = LOG.apply(hy);
Num z = TIMES.apply(c, d);
System.out.printf(Locale.ROOT, "forward pass f(x) = %.6f%n", z.doubleValue());
double[] dz = handTape.gradient(z, hx, hy);
System.out.printf(Locale.ROOT, "backward pass dx = %.6f, dy = %.6f%n", dz[0], dz[1]);
//> forward pass f(x) = 2.079442
//> backward pass dx = 2.772589, dy = 1.500000

// ---- #파이토치로 상류층 미분계수를 2를 주고 미분한 경우 (the same with upstream gradient 2) ----------------------
// The seed's last cell has only this comment. With the upstream gradient 2, every partial doubles:
double[] twice = handTape.vjp(new Num[] {z}, new double[] {2}, hx, hy);
System.out.printf(Locale.ROOT, "dx = %.6f, dy = %.6f%n", twice[0], twice[1]);
//> dx = 5.545177, dy = 3.000000
