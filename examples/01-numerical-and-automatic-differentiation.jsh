// 수치미분 자동미분 — numerical and automatic differentiation (the first seed notebook), cell by cell.
//
// Run it:  ./nabla shell examples/01-numerical-and-automatic-differentiation.jsh
//
// Each cell is the seed's Python turned into Nabla. A line "//> text" is what the cell prints; a line
// "//seed ~t> text" is what the seed printed where Nabla's number differs, and why is said above it: the
// numbers of the two agree to the relative tolerance t (the test checks it). PyTorch's tensors and autograd are
// nabla-tensor's Tensor and Autograd; a NumPy array is a double[] drawn by the NumPy-compatible RandomState and
// printed by the NumPy formatter.

import dev.nabla.symbolic.print.PythonFloat;
import dev.nabla.tensor.print.NumpyFormatter;

/** The numbers of v with the given decimals, as "[a, b, c]". */
String show(double[] v, int decimals) {
    StringJoiner s = new StringJoiner(", ", "[", "]");
    for (double d : v) s.add(String.format(Locale.ROOT, "%." + decimals + "f", d));
    return s.toString();
}

/** print(t, t.dtype, t.requires_grad) */
void showTensor(Tensor t) {
    System.out.println(t + " " + t.dtype() + " " + (t.requiresGrad() ? "True" : "False"));
}

/** print(x, x.dtype) for the seed's NumPy array of shape (2, 3) */
void showArray(double[] x) {
    System.out.println(NumpyFormatter.str(Tensor.fromArray(x, 2, 3)) + " float64");
}

// ---- In[2] ---------------------------------------------------------------------------------------------------
// def f(x): return x**2
// def numerical_derivative(f, x, h=1e-5): return (f(x + h) - f(x)) / h
// print(numerical_derivative(f, 2.0))
UnivariateFunction f = x -> x.pow(2);
DifferenceScheme numericalDerivative = FiniteDifference.onOffsets(0, 1).step(StepRule.absolute(1e-5));
System.out.println(PythonFloat.repr(numericalDerivative.derivative(f, 2.0).value()));
//> 4.000010000027032
// The forward difference is off by h = 1e-5. Nabla's default central difference (accuracy 4, its step chosen
// for the scale of x) is exact here, and says how far it may be off:
System.out.println(FiniteDifference.central().derivative(f, 2.0));
//> 4.000000000000054 ± 4.4e-12 (4 evaluations, step 0.00203)

// ---- In[3] ---------------------------------------------------------------------------------------------------
// def numer_deriv(f, x, h=0.001, method="center"): the seed's own finite difference, one coordinate at a time.
// Its "center" evaluates f at x ± h/2 and divides by h: a central difference of half-step h/2, whose error is
// h²/24·f''' — a quarter of the textbook (f(x+h) - f(x-h))/2h's. FiniteDifference.seedCentral(h) is exactly it.
// The seed also copies the point to float32 (x.copy().astype('float32')), which costs its printed gradients
// three to four of their eight digits (In[7], In[11], In[56], In[60]); Nabla computes in double. For a scalar x it
// starts from grad=[0, 0], two slots for one derivative, and returns grad[0]: no harm to the value.
double[] numerDeriv(ScalarFunction f, double[] x, double h) {
    return Estimate.values(Partials.of(FiniteDifference.seedCentral(h)).gradient(f, x));
}

// ---- In[4] ---------------------------------------------------------------------------------------------------
// x = sp.symbols('x'); g = 3*x**3 - 5*x + 4; g_prime = sp.diff(g, x)
Symbol x = Expr.symbol("x");
Expr g = x.pow(3).mul(3).sub(x.mul(5)).add(4);
Expr gPrime = g.diff(x);
System.out.println("g(x) = " + g);
System.out.println("g'(x) = " + gPrime);
//> g(x) = 3*x**3 - 5*x + 4
//> g'(x) = 9*x**2 - 5

// ---- In[5] ---------------------------------------------------------------------------------------------------
// np.random.seed(0); x = np.random.rand(6).reshape(2,3); x_tensor = torch.tensor(x); x_from_numpy =
// torch.from_numpy(x); x_Tensor = torch.Tensor(x); x_as_Tensor = torch.as_tensor(x); print each; x[0,0] = 100; print(x)
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
x[0] = 100;
showArray(x);
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
//> [[100.           0.71518937   0.60276338]
//>  [  0.54488318   0.4236548    0.64589411]] float64

// ---- In[6] ---------------------------------------------------------------------------------------------------
// x_tensor_grad = torch.tensor(x, requires_grad=True); print(x_tensor_grad, x_tensor_grad.dtype, x_tensor_grad.requires_grad)
Tensor xTensorGrad = Tensor.tensor(x).reshape(2, 3).requiresGrad_(true);
showTensor(xTensorGrad);
//> tensor([[100.0000,   0.7152,   0.6028],
//>         [  0.5449,   0.4237,   0.6459]], dtype=torch.float64,
//>        requires_grad=True) torch.float64 True

// ---- In[7] ---------------------------------------------------------------------------------------------------
// def f_xy(x): return (x[0]*x[0] + 2*x[0])*np.log(x[1]);  numer_deriv(f_xy, np.array([1, 2]), method="center")
// Exact: (4 ln 2, 3/2) = (2.77258872…, 1.5). The seed's float32 point makes its digits wrong from the fifth on.
ScalarFunction fXy = v -> v[0].mul(v[0]).add(v[0].mul(2)).mul(v[1].log());
System.out.println(show(numerDeriv(fXy, new double[] {1, 2}, 0.001), 8));
//> [2.77258872, 1.50000003]
//seed ~2e-4> array([2.77255303, 1.49989128])

// ---- In[11] --------------------------------------------------------------------------------------------------
// f_xy = lambda x: (x[0]**2 + 2*x[0])*np.log(x[1]);  numer_deriv(f_xy, np.array([1, 2]))
ScalarFunction fXy2 = v -> v[0].pow(2).add(v[0].mul(2)).mul(v[1].log());
System.out.println(show(numerDeriv(fXy2, new double[] {1, 2}, 0.001), 8));
//> [2.77258872, 1.50000003]
//seed ~2e-4> array([2.77255299, 1.49989128])

// ---- In[14] --------------------------------------------------------------------------------------------------
// x = torch.tensor([1.0], requires_grad=True); y = torch.tensor([2.0], requires_grad=True)
// f_xy = (x**2 + 2*x) * torch.log(y); torch.autograd.backward(f_xy, retain_graph=True); print(x.grad); print(y.grad)
// df = torch.autograd.grad(f_xy, (x, y), retain_graph=True); print(df)
Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
Tensor y = Tensor.tensor(2.0f).requiresGrad_(true);
Tensor fXyTorch = x.pow(2).add(x.mul(2)).mul(y.log());
Autograd.backward(List.of(fXyTorch), null, true, false, null);
System.out.println(x.grad());
System.out.println(y.grad());
TensorTuple df = Autograd.grad(fXyTorch, List.of(x, y), true);
System.out.println(df);
//> tensor([2.7726])
//> tensor([1.5000])
//> (tensor([2.7726]), tensor([1.5000]))

// ---- In[15] --------------------------------------------------------------------------------------------------
// x = torch.tensor([1.0], requires_grad=True); f = (x**2 + 2*x) * torch.log(x)
// print(x); print(f); print(x.grad); print(x.grad_fn); print(f.grad_fn)
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
//seed ~0> <MulBackward0 object at 0x0000021BE30404C0>

// ---- In[16] --------------------------------------------------------------------------------------------------
// torch.autograd.backward(f, grad_tensors=torch.tensor([1.]), retain_graph=True); print(x.grad)
// The upstream gradient 1 is the weight of the vector–Jacobian product; retain_graph keeps the graph for In[17].
Autograd.backward(List.of(f), List.of(Tensor.tensor(1.0f)), true, false, null);
System.out.println(x.grad());
//> tensor([3.])

// ---- In[17] --------------------------------------------------------------------------------------------------
// df = torch.autograd.grad(f, x, retain_graph=True); print(df)
TensorTuple df = Autograd.grad(f, List.of(x), true);
System.out.println(df);
//> (tensor([3.]),)

// ---- In[61] --------------------------------------------------------------------------------------------------
// In[14] again, without printing df.
Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
Tensor y = Tensor.tensor(2.0f).requiresGrad_(true);
Tensor fXyTorch = x.pow(2).add(x.mul(2)).mul(y.log());
Autograd.backward(List.of(fXyTorch), null, true, false, null);
System.out.println(x.grad());
System.out.println(y.grad());
TensorTuple df = Autograd.grad(fXyTorch, List.of(x, y), true);
//> tensor([2.7726])
//> tensor([1.5000])
// Nabla's reverse mode on the same function in double, without tensors: one backward pass gives both partials.
ScalarFunction fXyReverse = v -> v[0].pow(2).add(v[0].mul(2)).mul(v[1].log());
System.out.println(Arrays.toString(Nabla.gradient(fXyReverse, 1, 2)));
//> [2.772588722239781, 1.5]

// ---- In[1] ---------------------------------------------------------------------------------------------------
// SymPy: f(x, y) = (x³ + 4x)·eʸ and f(x, y, z) = (x³ + 4x)·eʸ·sin z, their partials, evalf(subs={x: 4.0, y: 5.0,
// z: 1.0}) printed with "{:.4f}". The seed's In[1] shows a stale output ("2*x 4*y", "2*x", "4*y", "8.0000",
// "20.0000", then the last three lines below) left from an earlier version of the cell: no line of its code prints
// "2*x 4*y". The same code, run again as the seed's last cell, prints what Nabla prints here.
Symbol x = Expr.symbol("x");
Symbol y = Expr.symbol("y");
Symbol z = Expr.symbol("z");
Expr fXySympy = x.pow(3).add(x.mul(4)).mul(y.exp());
Expr fXyz = x.pow(3).add(x.mul(4)).mul(y.exp()).mul(z.sin());
Map<String, Double> at = Map.of("x", 4.0, "y", 5.0, "z", 1.0);
System.out.println(fXySympy.diff(x));
System.out.println(fXySympy.diff(y));
System.out.println(fXySympy.diff(x).evalf(at, 4));
System.out.println(fXySympy.diff(y).evalf(at, 4));
System.out.println(fXyz.diff(x).evalf(at, 4));
System.out.println(fXyz.diff(y).evalf(at, 4));
System.out.println(fXyz.diff(z).evalf(at, 4));
//> (3*x**2 + 4)*exp(y)
//> (x**3 + 4*x)*exp(y)
//> 7717.4843
//> 11873.0527
//> 6494.0391
//> 9990.8294
//> 6415.0378

// ---- In[50] --------------------------------------------------------------------------------------------------
// numer_deriv defined again, as in In[3]: numerDeriv above.

// ---- In[53] --------------------------------------------------------------------------------------------------
// numer_deriv2: numer_deriv calling f(*x) with the coordinates as separate arguments, for functions made by
// lambdify. A Nabla function always takes its coordinates as one array, so numerDeriv serves both.

// ---- In[56] --------------------------------------------------------------------------------------------------
// f_sym = (x**3 + 4*x) * sp.exp(y) * sp.sin(z); f_np = sp.lambdify((x, y, z), f_sym, 'numpy')
// gradient = numer_deriv2(f_np, np.array([4.0, 5.0, 1.0])); exact: (6494.0391, 9990.8294, 6415.0378) as In[1].
// The seed's float32 point and float32 evaluation make its result wrong in the fourth digit.
ScalarFunction fNp = Symbolic.lambdify(fXyz, "x", "y", "z");
System.out.println("Gradient at point (4.0, 5.0, 1.0): " + show(numerDeriv(fNp, new double[] {4.0, 5.0, 1.0}, 0.001), 8));
//> Gradient at point (4.0, 5.0, 1.0): [6494.03912294, 9990.82978816, 6415.03749945]
//seed ~1e-3> Gradient at point (4.0, 5.0, 1.0): [6495.11747766 9991.27508271 6409.91010514]

// ---- In[60] --------------------------------------------------------------------------------------------------
// f = lambda x: (x[0]**3 + x[0]*4)*np.exp(x[1])*np.sin(x[2]); numer_deriv(f, np.array([4, 5, 1]), h=0.0001)
// A smaller step makes the seed's float32 rounding ten times worse; in double it is as good as In[56].
ScalarFunction fLambda = v -> v[0].pow(3).add(v[0].mul(4)).mul(v[1].exp()).mul(v[2].sin());
System.out.println(show(numerDeriv(fLambda, new double[] {4, 5, 1}, 0.0001), 8));
//> [6494.03909201, 9990.82937598, 6415.03776407]
//seed ~2e-3> [ 6502.8585877  10004.79455543  6411.66329297]
// Nabla's methods on the same function: reverse mode (exact to rounding) and the default central difference.
System.out.println(show(Nabla.gradient(fLambda, 4, 5, 1), 8));
System.out.println(show(Nabla.gradient(fLambda, new double[] {4, 5, 1}, NumericMethods.CENTRAL), 8));
//> [6494.03909172, 9990.82937188, 6415.03776674]
//> [6494.03909172, 9990.82937185, 6415.03776674]

// ---- In[8] ---------------------------------------------------------------------------------------------------
// x, y, z = torch.tensor([3.0]), torch.tensor([7.0]), torch.tensor([2.0]) (requires_grad=True)
// f_xyz = (x**3 + x*3)*torch.exp(y)*torch.sin(z); df = torch.autograd.grad(f_xyz, (x, y, z)); print(df)
// PyTorch's float32, digit for digit.
Tensor x = Tensor.tensor(3.0f).requiresGrad_(true);
Tensor y = Tensor.tensor(7.0f).requiresGrad_(true);
Tensor z = Tensor.tensor(2.0f).requiresGrad_(true);
Tensor fXyzTorch = x.pow(3).add(x.mul(3)).mul(y.exp()).mul(z.sin());
System.out.println(Autograd.grad(fXyzTorch, List.of(x, y, z), true));
//> (tensor([29914.9727]), tensor([35897.9648]), tensor([-16428.9746]))
// Float32 keeps about 7 digits; Nabla's reverse mode in double:
ScalarFunction fXyz3 = v -> v[0].pow(3).add(v[0].mul(3)).mul(v[1].exp()).mul(v[2].sin());
System.out.println(show(Nabla.gradient(fXyz3, 3, 7, 2), 4));
//> [29914.9713, 35897.9655, -16428.9751]

// ---- In[ ] (the last cell) -----------------------------------------------------------------------------------
// In[1]'s code run again: the seed prints these seven lines.
Symbol x = Expr.symbol("x");
Symbol y = Expr.symbol("y");
Symbol z = Expr.symbol("z");
System.out.println(fXySympy.diff(x));
System.out.println(fXySympy.diff(y));
System.out.println(fXySympy.diff(x).evalf(at, 4));
System.out.println(fXySympy.diff(y).evalf(at, 4));
System.out.println(fXyz.diff(x).evalf(at, 4));
System.out.println(fXyz.diff(y).evalf(at, 4));
System.out.println(fXyz.diff(z).evalf(at, 4));
//> (3*x**2 + 4)*exp(y)
//> (x**3 + 4*x)*exp(y)
//> 7717.4843
//> 11873.0527
//> 6494.0391
//> 9990.8294
//> 6415.0378
