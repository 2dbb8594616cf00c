// 수치미분 — 파이토치로 하는 자동미분: automatic differentiation with PyTorch, and reverse mode written by hand
// (the second seed notebook), cell by cell.
//
// Run it:  ./nabla shell examples/02-autograd-and-hand-written-reverse-mode.jsh
//
// A line "//> text" is what the cell prints; a line "//seed ~t> text" is what the seed printed where Nabla prints
// it differently, and the numbers of the two agree to the relative tolerance t (the test checks it). The tensor
// cells (NumPy arrays turned into tensors, requires_grad, grad_fn, is_leaf) are left out until Nabla has tensors;
// PyTorch's autograd on single numbers is Nabla's reverse mode here, on a Tape.

// ---- import torch; import pandas as pd; import numpy as np ---------------------------------------------------
// Nothing to import: `nabla shell` starts with Nabla's packages imported.

// ---- np.random.seed(0); x = np.random.rand(6).reshape(2, 3); torch.tensor(x), from_numpy, Tensor, as_tensor ----
// ---- x[0, 0] = 100: which tensors share the array's memory ----------------------------------------------------
// ---- torch.tensor(x, requires_grad=True) ----------------------------------------------------------------------
// Tensor cells, left out until Nabla has tensors.

// ---- x = torch.tensor([1.0], requires_grad=True); f = (x**2 + 2*x) * torch.log(x); print(x); print(f) ---------
// The seed also prints x.grad (None), x.grad_fn (None) and f.grad_fn (<MulBackward0 …>), and in the next cell
// x.is_leaf (True): tensor attributes, left out until Nabla has tensors. The Tape keeps the recording for the
// cells below, as retain_graph=True does.
Tape tape = new Tape();
TapeVar x = tape.variable(1.0);
Num f = x.pow(2).add(x.mul(2)).mul(x.log());
System.out.println(x.doubleValue());
System.out.println(f.doubleValue());
//> 1.0
//> 0.0
//seed ~0> tensor([1.], requires_grad=True)
//seed ~0> tensor([0.], grad_fn=<MulBackward0>)

// ---- torch.autograd.backward(f, grad_tensors=torch.tensor([1.]), retain_graph=True); print(x.grad) ------------
// The upstream gradient 1 is the weight of the vector–Jacobian product. Nabla returns gradients rather than
// accumulating them in x.grad.
double[] xGrad = tape.vjp(new Num[] {f}, new double[] {1}, x);
System.out.println(xGrad[0]);
//> 3.0
//seed ~0> tensor([3.])

// ---- df = torch.autograd.grad(f, x, retain_graph=True); print(df); print(x.grad) ------------------------------
double[] df = tape.gradient(f, x);
System.out.println("(" + df[0] + ",)");
System.out.println(xGrad[0]);
//> (3.0,)
//> 3.0
//seed ~0> (tensor([3.]),)
//seed ~0> tensor([3.])

// ---- x, y = 1.0, 2.0; f_xy = (x**2 + 2*x) * torch.log(y); backward; print(x.grad); print(y.grad); grad ---------
// One backward pass gives both partials; PyTorch prints its float32 tensors with four decimals.
ScalarFunction fXy = v -> v[0].pow(2).add(v[0].mul(2)).mul(v[1].log());
double[] grad = Nabla.gradient(fXy, 1, 2);
System.out.printf(Locale.ROOT, "%.4f%n%.4f%n(%.4f, %.4f)%n", grad[0], grad[1], grad[0], grad[1]);
//> 2.7726
//> 1.5000
//> (2.7726, 1.5000)
//seed ~0> tensor([2.7726])
//seed ~0> tensor([1.5000])
//seed ~0> (tensor([2.7726]), tensor([1.5000]))

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
