#!/usr/bin/env python3
"""Reference data from PyTorch 1.13 for nabla-tensor's tests.

Writes five JSON files into ../resources/torch/ (relative to this script):

  repr.json      tensors and the exact string repr() gives for them
  float_format.json  Python's fixed and scientific float formatting, which the printer builds on
  generator.json torch.manual_seed(seed) then rand, randint, randn
  ops.json       operations: inputs, outputs, gradients, Hessian-vector products
  training.json  loss curves of logistic regression and an MLP under SGD and Adam

The format is described in ../resources/torch/README.md. Everything is deterministic: inputs come
from numpy RandomState seeded per case, so running the script twice writes identical files.
Run with Debian's python3-torch (1.13) and python3-numpy:  python3 torch_reference.py
"""
import json
import math
import os

import numpy as np
import torch

torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "torch")

DTYPES = {"float64": torch.float64, "float32": torch.float32, "int64": torch.int64, "bool": torch.bool}
NAMES = {v: k for k, v in DTYPES.items()}


# ---- encoding ---------------------------------------------------------------------------------

def number(v):
    """A float as JSON: a number, or the strings nan / inf / -inf."""
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def tensor_json(t, requires_grad=None):
    t = t.detach()
    if t._is_zerotensor():
        t = torch.zeros(t.shape, dtype=t.dtype)
    flat = t.reshape(-1).tolist()
    if t.dtype.is_floating_point:
        data = [number(float(v)) for v in flat]
    elif t.dtype == torch.bool:
        data = [bool(v) for v in flat]
    else:
        data = [int(v) for v in flat]
    out = {"kind": "tensor", "dtype": NAMES[t.dtype], "shape": list(t.shape), "data": data}
    if requires_grad is not None:
        out["requires_grad"] = requires_grad
    return out


def output_json(value):
    if isinstance(value, torch.Tensor):
        return tensor_json(value)
    if isinstance(value, (tuple, list)):
        return {"kind": "tensors", "items": [tensor_json(v) for v in value]}
    raise TypeError(type(value))


# ---- inputs -----------------------------------------------------------------------------------

def rand(rs, shape, dtype, low=-2.0, high=2.0):
    values = rs.uniform(low, high, size=shape)
    return torch.tensor(values, dtype=DTYPES[dtype])


def ints(rs, shape, low=-5, high=6):
    return torch.tensor(rs.randint(low, high, size=shape), dtype=torch.int64)


def bools(rs, shape):
    return torch.tensor(rs.rand(*shape) < 0.5, dtype=torch.bool)


# ---- 1. repr corpus ---------------------------------------------------------------------------

def repr_cases():
    cases = []
    rs = np.random.RandomState(2024)

    def add(name, t, options=None, requires_grad=False, make=None):
        """make(leaf) builds a non-leaf from a requires-grad leaf to get a grad_fn."""
        if options:
            torch.set_printoptions(**options)
        try:
            if make is not None:
                leaf = t.clone().requires_grad_(True)
                shown = make(leaf)
            elif requires_grad:
                shown = t.clone().requires_grad_(True)
            else:
                shown = t
            text = repr(shown)
        finally:
            torch.set_printoptions(profile="default")
            torch.set_printoptions(sci_mode=None)
        grad_fn = None if shown.grad_fn is None else type(shown.grad_fn).__name__
        case = {"id": name, "tensor": tensor_json(shown), "requires_grad": bool(shown.requires_grad and shown.grad_fn is None),
                "grad_fn": grad_fn, "repr": text}
        if options:
            case["options"] = options
        cases.append(case)

    seed = np.random.RandomState(0).rand(6).reshape(2, 3)
    add("seed_float64", torch.tensor(seed))
    add("seed_float32", torch.tensor(seed, dtype=torch.float32))
    changed = seed.copy()
    changed[0, 0] = 100
    add("seed_changed_float64", torch.tensor(changed))
    add("seed_changed_requires_grad", torch.tensor(changed), requires_grad=True)
    add("seed_one_requires_grad", torch.tensor([1.0]), requires_grad=True)
    add("seed_mul_backward", torch.tensor([1.0]), make=lambda x: (x ** 2 + 2 * x) * torch.log(x))
    add("seed_grad_three", torch.tensor([3.0]))
    add("seed_grad_27726", torch.tensor([2 * math.log(4)]))
    add("seed_float32_grads", torch.tensor([29914.97265625, 35897.96484375, -16428.974609375]))

    shapes = [(), (1,), (5,), (3, 4), (2, 3, 4), (2, 2, 2, 3), (1, 1), (4, 1), (1, 6)]
    scales = {"unit": (0.0, 1.0), "signed": (-1.0, 1.0), "large": (-1e4, 1e4), "small": (-1e-3, 1e-3),
              "huge": (1e8, 1e10), "tiny": (1e-7, 1e-5), "mixed": None}
    for dtype in ("float32", "float64"):
        for shape in shapes:
            for scale, bounds in scales.items():
                if bounds is None:
                    values = rs.uniform(-1, 1, size=shape) * 10.0 ** rs.randint(-6, 7, size=shape)
                else:
                    values = rs.uniform(bounds[0], bounds[1], size=shape)
                add(f"{dtype}_{scale}_{'x'.join(map(str, shape)) or '0d'}", torch.tensor(values, dtype=DTYPES[dtype]))
    # whole numbers (integer style), with and without the scientific switch
    for dtype in ("float32", "float64"):
        add(f"{dtype}_whole_small", torch.tensor(rs.randint(-9, 10, size=(3, 3)).astype(float), dtype=DTYPES[dtype]))
        add(f"{dtype}_whole_wide", torch.tensor([1.0, 2000.0, -3.0, 0.0], dtype=DTYPES[dtype]))
        add(f"{dtype}_whole_big", torch.tensor([1e9, 2.0, 3.0], dtype=DTYPES[dtype]))
        add(f"{dtype}_whole_negzero", torch.tensor([-0.0, 0.0, 5.0], dtype=DTYPES[dtype]))
        add(f"{dtype}_zeros", torch.zeros(2, 3, dtype=DTYPES[dtype]))
        add(f"{dtype}_zero_0d", torch.tensor(0.0, dtype=DTYPES[dtype]))
        add(f"{dtype}_half_0d", torch.tensor(0.5, dtype=DTYPES[dtype]))
        add(f"{dtype}_nan_inf", torch.tensor([float("nan"), float("inf"), float("-inf"), 1.5, -2.25], dtype=DTYPES[dtype]))
        add(f"{dtype}_nan_inf_whole", torch.tensor([float("nan"), 1.0, float("-inf"), 3.0], dtype=DTYPES[dtype]))
        add(f"{dtype}_only_nan", torch.tensor([float("nan"), float("nan")], dtype=DTYPES[dtype]))
        add(f"{dtype}_only_inf", torch.tensor([[float("inf")], [float("-inf")]], dtype=DTYPES[dtype]))
        add(f"{dtype}_nan_small", torch.tensor([float("nan"), 1e-6, 0.25], dtype=DTYPES[dtype]))
        add(f"{dtype}_rounding_ties", torch.tensor([0.00005, 0.00015, 2.5, 0.12345, 0.99995], dtype=DTYPES[dtype]))
        add(f"{dtype}_negative_rounds_to_zero", torch.tensor([-0.00004, 1.0, 2.5], dtype=DTYPES[dtype]))
        add(f"{dtype}_rounds_up_sci", torch.tensor([9.99996e-5, 1.0], dtype=DTYPES[dtype]))
        add(f"{dtype}_exponent_three_digits", torch.tensor([1e-120 if dtype == "float64" else 1e-40, 1.0], dtype=DTYPES[dtype]))
        add(f"{dtype}_wrap_long_row", torch.tensor(rs.uniform(-100, 100, size=30), dtype=DTYPES[dtype]))
        add(f"{dtype}_wrap_matrix", torch.tensor(rs.uniform(-1, 1, size=(3, 14)), dtype=DTYPES[dtype]))
        add(f"{dtype}_wrap_whole_row", torch.tensor(np.arange(40, dtype=float), dtype=DTYPES[dtype]))
    # summarised tensors
    add("summary_1d_float32", torch.tensor(rs.uniform(-1, 1, size=1001), dtype=torch.float32))
    add("summary_1d_float64", torch.tensor(rs.uniform(0, 10, size=2000)))
    add("summary_2d", torch.tensor(rs.uniform(-1, 1, size=(40, 30)), dtype=torch.float32))
    add("summary_2d_narrow", torch.tensor(rs.uniform(-1, 1, size=(500, 3))))
    add("summary_2d_short_rows", torch.tensor(rs.uniform(-1, 1, size=(3, 400)), dtype=torch.float32))
    add("summary_3d", torch.tensor(rs.uniform(-5, 5, size=(10, 11, 12)), dtype=torch.float32))
    add("summary_4d", torch.tensor(rs.uniform(-1, 1, size=(8, 3, 7, 9)), dtype=torch.float32))
    add("summary_int", torch.arange(5000).reshape(50, 100))
    add("summary_bool", torch.tensor(rs.rand(1200) < 0.5))
    add("summary_sci_hidden_middle", torch.tensor(np.concatenate([np.full(3, 0.5), np.full(1000, 1e-9), np.full(3, 0.25)]),
                                                  dtype=torch.float32))
    add("summary_requires_grad", torch.tensor(rs.uniform(-1, 1, size=(50, 50))), requires_grad=True)
    # integers and bools
    add("int64_scalar", torch.tensor(7))
    add("int64_negative_scalar", torch.tensor(-12345))
    add("int64_vector", torch.tensor([1, -20, 300, -4000]))
    add("int64_matrix", ints(rs, (3, 5), -1000, 1000))
    add("int64_3d", ints(rs, (2, 3, 2)))
    add("int64_extremes", torch.tensor([9223372036854775807, -9223372036854775808, 0]))
    add("int64_long_row", torch.arange(-30, 30))
    add("bool_scalar", torch.tensor(True))
    add("bool_vector", torch.tensor([True, False, True]))
    add("bool_all_true", torch.tensor([[True, True], [True, True]]))
    add("bool_3d", bools(rs, (2, 2, 3)))
    add("bool_long_row", bools(rs, (25,)))
    # empty tensors
    add("empty_1d", torch.zeros(0))
    add("empty_2d", torch.zeros(0, 3))
    add("empty_3d", torch.zeros(2, 0, 4))
    add("empty_float64", torch.zeros(0, dtype=torch.float64))
    add("empty_int64", torch.zeros(0, 2, dtype=torch.int64))
    add("empty_bool", torch.zeros(0, dtype=torch.bool))
    add("empty_requires_grad", torch.zeros(3, 0), requires_grad=True)
    add("empty_float64_requires_grad", torch.zeros(0, 5, dtype=torch.float64), requires_grad=True)
    # autograd suffixes, and where they wrap
    w = torch.tensor(rs.uniform(-1, 1, size=(2, 3)))
    add("grad_fn_mul", torch.tensor(rs.uniform(0.5, 2, size=(2, 3))), make=lambda x: x * 2)
    add("grad_fn_mul_float64", torch.tensor(rs.uniform(0.5, 2, size=(2, 3))), make=lambda x: x * w)
    add("grad_fn_sum", torch.tensor(rs.uniform(0.5, 2, size=(2, 3))), make=lambda x: x.sum())
    add("grad_fn_sum_float32", torch.tensor(rs.uniform(0.5, 2, size=(4,)), dtype=torch.float32), make=lambda x: x.sum())
    add("grad_fn_pow", torch.tensor(rs.uniform(0.5, 2, size=(3,)), dtype=torch.float32), make=lambda x: x ** 2)
    add("grad_fn_pow_tensor", torch.tensor(rs.uniform(0.5, 2, size=(3,))), make=lambda x: x ** x)
    add("grad_fn_add", torch.tensor(rs.uniform(0.5, 2, size=(3,)), dtype=torch.float32), make=lambda x: x + 1)
    add("grad_fn_sub", torch.tensor(rs.uniform(0.5, 2, size=(2, 2))), make=lambda x: x - 1)
    add("grad_fn_div", torch.tensor(rs.uniform(0.5, 2, size=(2, 2))), make=lambda x: x / 3)
    add("grad_fn_neg", torch.tensor(rs.uniform(0.5, 2, size=(2,)), dtype=torch.float32), make=lambda x: -x)
    add("grad_fn_exp", torch.tensor(rs.uniform(0.5, 2, size=(2, 3))), make=torch.exp)
    add("grad_fn_log", torch.tensor(rs.uniform(0.5, 2, size=(2,)), dtype=torch.float32), make=torch.log)
    add("grad_fn_sin", torch.tensor(rs.uniform(0.5, 2, size=(3,))), make=torch.sin)
    add("grad_fn_tanh", torch.tensor(rs.uniform(0.5, 2, size=(3,)), dtype=torch.float32), make=torch.tanh)
    add("grad_fn_sigmoid", torch.tensor(rs.uniform(-2, 2, size=(3,)), dtype=torch.float32), make=torch.sigmoid)
    add("grad_fn_relu", torch.tensor(rs.uniform(-2, 2, size=(4,)), dtype=torch.float32), make=torch.relu)
    add("grad_fn_mean", torch.tensor(rs.uniform(-2, 2, size=(4, 4))), make=lambda x: x.mean())
    add("grad_fn_mm", torch.tensor(rs.uniform(-2, 2, size=(3, 3))), make=lambda x: x @ x)
    add("grad_fn_mv", torch.tensor(rs.uniform(-2, 2, size=(3, 3)), dtype=torch.float32), make=lambda x: x @ x[0])
    add("grad_fn_view", torch.tensor(rs.uniform(-2, 2, size=(2, 3)), dtype=torch.float32), make=lambda x: x.view(3, 2))
    add("grad_fn_transpose", torch.tensor(rs.uniform(-2, 2, size=(2, 3))), make=lambda x: x.t())
    add("grad_fn_select", torch.tensor(rs.uniform(-2, 2, size=(2, 3)), dtype=torch.float32), make=lambda x: x[1])
    add("grad_fn_slice", torch.tensor(rs.uniform(-2, 2, size=(5,)), dtype=torch.float32), make=lambda x: x[1:4])
    add("grad_fn_cat", torch.tensor(rs.uniform(-2, 2, size=(2,)), dtype=torch.float32), make=lambda x: torch.cat([x, x]))
    add("grad_fn_clone", torch.tensor(rs.uniform(-2, 2, size=(2,))), make=lambda x: x.clone())
    add("grad_fn_scalar_out", torch.tensor(2.0), make=lambda x: x * x)
    add("grad_fn_wraps_long", torch.tensor(rs.uniform(10, 99, size=(2, 5))), make=lambda x: x * 3)
    add("grad_fn_wraps_float64", torch.tensor(rs.uniform(0, 1, size=(3, 7))), make=lambda x: x * 3)
    add("requires_grad_float64_vector", torch.tensor(rs.uniform(0, 1, size=(6,))), requires_grad=True)
    add("requires_grad_wide_float64", torch.tensor(rs.uniform(0, 1, size=(2, 8))), requires_grad=True)
    add("requires_grad_0d_float64", torch.tensor(1.25, dtype=torch.float64), requires_grad=True)
    # options (torch.set_printoptions)
    base = torch.tensor(rs.uniform(-3, 3, size=(3, 6)))
    add("options_precision_2", base, options={"precision": 2})
    add("options_precision_8", base, options={"precision": 8})
    add("options_precision_0", base, options={"precision": 0})
    add("options_sci_on", base, options={"sci_mode": True})
    add("options_sci_off_small", torch.tensor([1e-7, 0.5, 3.0]), options={"sci_mode": False})
    add("options_sci_on_whole", torch.tensor([1.0, 2.0, 30.0]), options={"sci_mode": True})
    add("options_sci_off_whole_wide", torch.tensor([1.0, 2e9, 3.0]), options={"sci_mode": False})
    add("options_linewidth_40", base, options={"linewidth": 40})
    add("options_linewidth_40_grad", base, options={"linewidth": 40}, requires_grad=True)
    add("options_linewidth_200", torch.tensor(rs.uniform(-3, 3, size=50)), options={"linewidth": 200})
    add("options_threshold_10", torch.tensor(rs.uniform(-3, 3, size=(5, 5))), options={"threshold": 10})
    add("options_threshold_10_edge_1", torch.tensor(rs.uniform(-3, 3, size=(5, 5, 5))), options={"threshold": 10, "edgeitems": 1})
    add("options_edge_2_int", torch.arange(100).reshape(10, 10), options={"threshold": 50, "edgeitems": 2})
    add("options_short_profile", base, options={"profile": "short"})
    return cases


def float_format_cases():
    """Python's format(x, '.{p}f') and format(x, '.{p}e'), which the tensor printer is built on."""
    rs = np.random.RandomState(99)
    values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-5, 9.99995, 0.00005, 123456789.0, 1e300, -1e-300,
              5e-324, 1.7976931348623157e308, 1e16, 1e22, 0.1, 0.2, 0.3, 2.675, 1.005]
    values += list(rs.uniform(-1, 1, size=300) * 10.0 ** rs.randint(-12, 13, size=300))
    values += [float(np.float32(v)) for v in rs.uniform(-1, 1, size=150) * 10.0 ** rs.randint(-8, 9, size=150)]
    values += [k / 2 ** rs.randint(1, 12) for k in rs.randint(-5000, 5000, size=100)]    # exact binary ties
    cases = []
    for i, v in enumerate(values):
        p = [0, 1, 2, 4, 4, 4, 6, 8, 12][i % 9]
        cases.append({"value": number(v), "precision": p, "fixed": format(v, f".{p}f"), "scientific": format(v, f".{p}e")})
    return cases


def generator_cases():
    """torch.manual_seed(seed) followed by rand / randint / randn, each on a freshly seeded generator."""
    cases = []
    for seed in (0, 1, 42, 2**32 + 7, 2**63 - 1):
        case = {"seed": seed}
        torch.manual_seed(seed)
        case["rand_float32"] = [float(v) for v in torch.rand(40)]
        torch.manual_seed(seed)
        case["rand_float64"] = [float(v) for v in torch.rand(40, dtype=torch.float64)]
        torch.manual_seed(seed)
        case["randint"] = [{"low": lo, "high": hi, "values": [int(v) for v in torch.randint(lo, hi, (20,))]}
                           for lo, hi in ((0, 10), (-5, 5), (0, 2**32), (-(2**40), 2**40), (3, 4))]
        for dtype in ("float64", "float32"):
            for n in (5, 16, 37):
                torch.manual_seed(seed)
                case[f"randn_{dtype}_{n}"] = [float(v) for v in torch.randn(n, dtype=DTYPES[dtype])]
        torch.manual_seed(seed)
        first = torch.randn(3, dtype=torch.float64)
        second = torch.randn(2, dtype=torch.float64)
        case["randn_float64_3_then_2"] = [float(v) for v in torch.cat([first, second])]
        cases.append(case)
    torch.manual_seed(0)
    return cases


# ---- 2. operation corpus ----------------------------------------------------------------------

class Case:
    def __init__(self, op, args, kwargs=None, fn=None, second=False, note=None, grad_inputs=None):
        self.op = op
        self.args = args          # list of tensors / python values / lists of tensors
        self.kwargs = kwargs or {}
        self.fn = fn              # callable(*args, **kwargs); default: torch.<op>
        self.second = second
        self.note = note
        self.grad_inputs = grad_inputs


UNARY_DOMAINS = {
    "neg": (-2, 2), "sqrt": (0.2, 3), "cbrt": (0.2, 3), "exp": (-2, 2), "expm1": (-2, 2), "log": (0.2, 3),
    "log1p": (-0.5, 3), "log10": (0.2, 3), "sin": (-3, 3), "cos": (-3, 3), "tan": (-1.2, 1.2), "asin": (-0.9, 0.9),
    "acos": (-0.9, 0.9), "atan": (-3, 3), "sinh": (-2, 2), "cosh": (-2, 2), "tanh": (-2, 2), "asinh": (-3, 3),
    "acosh": (1.2, 4), "atanh": (-0.9, 0.9), "sign": (-2, 2), "abs": (-2, 2), "heaviside": (-2, 2),
    "relu": (-2, 2), "sigmoid": (-3, 3), "softplus": (-3, 3), "square": (-2, 2), "reciprocal": (0.3, 3),
    "rsqrt": (0.3, 3),
}
BINARY_DOMAINS = {
    "add": ((-2, 2), (-2, 2)), "sub": ((-2, 2), (-2, 2)), "mul": ((-2, 2), (-2, 2)), "div": ((-2, 2), (0.5, 2)),
    "pow": ((0.3, 2), (-2, 2)), "atan2": ((-2, 2), (-2, 2)), "minimum": ((-2, 2), (-2, 2)),
    "maximum": ((-2, 2), (-2, 2)), "hypot": ((0.2, 2), (-2, 2)),
}
# the primitive of nabla-core's table each elementwise op corresponds to
PRIMITIVE_OF = {"minimum": "min", "maximum": "max"}


def unary_fn(op):
    if op == "cbrt":
        # torch 1.13 has no cbrt: x^(1/3) on the positive domain used here
        return lambda x: torch.pow(x, 1.0 / 3.0)
    if op == "heaviside":
        return lambda x: torch.heaviside(x, torch.tensor(0.5, dtype=x.dtype))
    if op == "softplus":
        return torch.nn.functional.softplus
    return getattr(torch, op)


def op_cases():
    cases = []
    rs = np.random.RandomState(7)

    def r(shape, dtype="float64", low=-2.0, high=2.0):
        return rand(rs, shape, dtype, low, high)

    # elementwise unary: every primitive of the table plus the activations
    for op, (lo, hi) in UNARY_DOMAINS.items():
        for dtype, shape in (("float64", (2, 3)), ("float64", ()), ("float32", (4,)), ("float64", (2, 1, 3))):
            x = r(shape, dtype, lo, hi)
            if op in ("sign", "abs", "relu") and x.numel() >= 2:
                x.view(-1)[0] = 0.0     # the documented value at the kink
            cases.append(Case(op, [x], fn=unary_fn(op), second=(dtype == "float64" and op != "heaviside")))
    # elementwise binary: same shape, broadcast, scalar second operand, float32
    for op, (da, db) in BINARY_DOMAINS.items():
        fn = getattr(torch, op)
        variants = [("float64", (2, 3), (2, 3)), ("float64", (2, 3), (3,)), ("float64", (4, 1), (1, 3)),
                    ("float32", (3, 2), (3, 2)), ("float64", (), (2, 2)), ("float32", (2, 1, 2), (3, 1))]
        for dtype, sa, sb in variants:
            a = r(sa, dtype, *da)
            b = r(sb, dtype, *db)
            cases.append(Case(op, [a, b], fn=fn, second=(dtype == "float64")))
        if op in ("minimum", "maximum"):
            a = torch.tensor([1.0, 2.0, -1.0], dtype=torch.float64)
            b = torch.tensor([1.0, 3.0, -1.0], dtype=torch.float64)
            cases.append(Case(op, [a, b], fn=fn, note="ties split the gradient evenly"))
        if op in ("add", "sub", "mul", "div", "pow"):
            cases.append(Case(op, [r((2, 3), "float64", *da), 2.5], fn=fn, second=True))
            cases.append(Case(op, [r((3,), "float32", *da), 3], fn=fn))
    # type promotion
    promo = [
        ("add", [ints(rs, (3,)), 2.5]), ("add", [ints(rs, (3,)), 2]), ("mul", [ints(rs, (2, 2)), r((2, 2))]),
        ("mul", [r((3,), "float32"), r((3,), "float64")]), ("add", [r((), "float64"), r((3,), "float32")]),
        ("add", [bools(rs, (3,)), ints(rs, (3,))]), ("add", [bools(rs, (4,)), r((4,), "float32")]),
        ("div", [ints(rs, (3,), 1, 9), ints(rs, (3,), 1, 9)]), ("mul", [r((2, 3), "float32"), 2.5]),
        ("sub", [ints(rs, (2, 1)), r((3,), "float64")]), ("pow", [r((3,), "float32", 0.5, 2), ints(rs, (3,), 0, 3)]),
        ("mul", [ints(rs, (), 1, 4), r((2,), "float32")]), ("add", [r((2,), "float32"), torch.tensor(1.5, dtype=torch.float64)]),
        ("maximum", [ints(rs, (3,)), r((3,), "float32")]), ("where", [bools(rs, (3,)), ints(rs, (3,)), r((3,), "float64")]),
    ]
    for op, args in promo:
        fn = torch.where if op == "where" else getattr(torch, op)
        cases.append(Case(op, args, fn=fn, note="type promotion"))
    # comparisons (bool outputs, no gradient)
    for op in ("eq", "ne", "lt", "le", "gt", "ge"):
        a = torch.tensor([1.0, 2.0, 3.0, -1.0], dtype=torch.float64)
        b = torch.tensor([1.0, 3.0, 2.0, -1.0], dtype=torch.float64)
        cases.append(Case(op, [a, b]))
        cases.append(Case(op, [r((2, 3), "float32"), 0.5]))
        cases.append(Case(op, [ints(rs, (2, 1)), ints(rs, (3,))]))
    # where, clamp, softplus options
    for dtype in ("float64", "float32"):
        cases.append(Case("where", [bools(rs, (2, 3)), r((2, 3), dtype), r((3,), dtype)], fn=torch.where, second=dtype == "float64"))
        cases.append(Case("where", [bools(rs, (3,)), r((2, 3), dtype), 0.0], fn=torch.where))
        cases.append(Case("clamp", [r((2, 4), dtype)], {"min": -0.5, "max": 0.7}, second=dtype == "float64"))
        cases.append(Case("clamp", [r((5,), dtype)], {"min": 0.0}))
        cases.append(Case("clamp", [r((5,), dtype)], {"max": 0.25}))
    cases.append(Case("clamp", [torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0], dtype=torch.float64)], {"min": -0.5, "max": 0.5},
                      note="values at the bounds get gradient 1"))
    cases.append(Case("softplus", [r((2, 3))], {"beta": 2.0, "threshold": 1.0}, fn=torch.nn.functional.softplus, second=True))
    # reductions
    for dtype in ("float64", "float32"):
        second = dtype == "float64"
        x = r((3, 4), dtype)
        x3 = r((2, 3, 4), dtype)
        for op in ("sum", "mean", "prod", "amax", "amin", "logsumexp", "var", "std", "norm"):
            kw_full = {} if op not in ("amax", "amin", "logsumexp") else {"dim": [0, 1]}
            cases.append(Case(op, [x], kw_full, second=second))
            cases.append(Case(op, [x3], {"dim": 1}, second=second))
            cases.append(Case(op, [x3], {"dim": 2 if op == "prod" else [0, 2], "keepdim": True}, second=second))
            cases.append(Case(op, [x], {"dim": -1, "keepdim": True}))
        for op in ("max", "min"):
            cases.append(Case(op, [x]))
            cases.append(Case(op, [x3], {"dim": 2}, second=second))
            cases.append(Case(op, [x3], {"dim": 0, "keepdim": True}))
        for op, fn in (("softmax", torch.softmax), ("log_softmax", torch.log_softmax)):
            cases.append(Case(op, [x], {"dim": 1}, fn=fn, second=second))
            cases.append(Case(op, [x3], {"dim": 0}, fn=fn, second=second))
            cases.append(Case(op, [x3], {"dim": -1}, fn=fn))
    cases.append(Case("sum", [ints(rs, (2, 3))], {"dim": 1}, note="int64 sum stays int64"))
    cases.append(Case("sum", [bools(rs, (5,))], note="bool sum is int64"))
    cases.append(Case("mean", [r((0, 3))], {"dim": 0}, note="mean over an empty dimension is nan"))
    cases.append(Case("sum", [r((0, 3))], {"dim": 0}, note="sum over an empty dimension is 0"))
    cases.append(Case("var", [r((3, 5))], {"dim": 1, "unbiased": False}, second=True))
    cases.append(Case("std", [r((3, 5))], {"dim": 0, "unbiased": False}, second=True))
    cases.append(Case("norm", [r((3, 4))], {"p": 1, "dim": 1}))
    cases.append(Case("norm", [r((3, 4))], {"p": 3.0}, second=True))
    cases.append(Case("norm", [r((3, 4))], {"p": float("inf"), "dim": 0}))
    cases.append(Case("prod", [torch.tensor([2.0, 0.0, 3.0, 4.0], dtype=torch.float64)], note="one zero factor"))
    cases.append(Case("prod", [torch.tensor([2.0, 0.0, 3.0, 0.0], dtype=torch.float64)], note="two zero factors"))
    cases.append(Case("amax", [torch.tensor([1.0, 3.0, 3.0, 2.0], dtype=torch.float64)], {"dim": 0},
                      note="ties share the gradient evenly"))
    cases.append(Case("max", [torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 0.0]], dtype=torch.float64)], {"dim": 1},
                      note="ties: the index of the first maximum gets the gradient"))
    cases.append(Case("max", [torch.tensor([1.0, 3.0, 3.0], dtype=torch.float64)], note="full max with a tie: evenly"))
    # matmul family
    for dtype in ("float64", "float32"):
        second = dtype == "float64"
        for sa, sb in (((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((2, 2, 3), (2, 3, 4)),
                       ((2, 2, 3), (3, 4)), ((3,), (2, 3, 4)), ((2, 1, 2, 3), (3, 3, 2)), ((2, 3, 4), (4,))):
            cases.append(Case("matmul", [r(sa, dtype), r(sb, dtype)], second=second))
        cases.append(Case("mm", [r((3, 4), dtype), r((4, 2), dtype)], second=second))
        cases.append(Case("bmm", [r((2, 3, 4), dtype), r((2, 4, 2), dtype)], second=second))
        cases.append(Case("outer", [r((3,), dtype), r((4,), dtype)], second=second))
    cases.append(Case("matmul", [ints(rs, (2, 3)), ints(rs, (3, 2))], note="int64 matmul"))
    # shape and indexing
    for dtype in ("float64", "float32"):
        x = r((2, 3, 4), dtype)
        cases.append(Case("reshape", [x, [4, 6]], fn=lambda t, s: t.reshape(s)))
        cases.append(Case("reshape", [x, [-1, 2]], fn=lambda t, s: t.reshape(s)))
        cases.append(Case("view", [x, [6, 4]], fn=lambda t, s: t.view(s)))
        cases.append(Case("flatten", [x]))
        cases.append(Case("flatten", [x], {"start_dim": 1}))
        cases.append(Case("flatten", [r((2, 3, 4, 2), dtype)], {"start_dim": 1, "end_dim": 2}))
        cases.append(Case("transpose", [x, 0, 2]))
        cases.append(Case("t", [r((3, 4), dtype)]))
        cases.append(Case("permute", [x, [2, 0, 1]], fn=lambda t, p: t.permute(p)))
        cases.append(Case("expand", [r((3, 1), dtype), [2, 3, 4]], fn=lambda t, s: t.expand(s)))
        cases.append(Case("expand", [r((3, 1), dtype), [-1, 5]], fn=lambda t, s: t.expand(s)))
        cases.append(Case("squeeze", [r((2, 1, 3, 1), dtype)]))
        cases.append(Case("squeeze", [r((2, 1, 3, 1), dtype), 1]))
        cases.append(Case("unsqueeze", [r((2, 3), dtype), 1]))
        cases.append(Case("unsqueeze", [r((2, 3), dtype), -1]))
        cases.append(Case("cat", [[r((2, 3), dtype), r((1, 3), dtype)]], {"dim": 0}))
        cases.append(Case("cat", [[r((2, 3), dtype), r((2, 2), dtype), r((2, 1), dtype)]], {"dim": 1}))
        cases.append(Case("stack", [[r((2, 3), dtype), r((2, 3), dtype)]], {"dim": 1}))
        cases.append(Case("stack", [[r((3,), dtype), r((3,), dtype), r((3,), dtype)]], {"dim": 0}))
        cases.append(Case("split", [r((5, 2), dtype), 2], {"dim": 0}))
        cases.append(Case("split", [r((2, 6), dtype), [1, 2, 3]], {"dim": 1}))
        cases.append(Case("chunk", [r((7, 2), dtype), 3], {"dim": 0}))
        cases.append(Case("narrow", [r((4, 5), dtype), 1, 1, 3]))
        cases.append(Case("select", [x, 1, 2]))
        cases.append(Case("select", [x, 0, -1]))
        cases.append(Case("slice", [r((6, 5), dtype), 0, 1, 6, 2], fn=lambda t, d, s, e, st: t[(slice(None),) * d + (slice(s, e, st),)],
                          note="args: dim, start, end, step (Python t[..., start:end:step])"))
        cases.append(Case("slice", [r((3, 7), dtype), 1, 0, 7, 3], fn=lambda t, d, s, e, st: t[(slice(None),) * d + (slice(s, e, st),)]))
        cases.append(Case("index_select", [x, 2, torch.tensor([3, 0, 3])]))
        cases.append(Case("gather", [r((3, 4), dtype), 1, torch.tensor([[0, 0], [3, 1], [2, 2]])]))
        cases.append(Case("gather", [r((3, 4), dtype), 0, torch.tensor([[2, 1, 0, 0]])]))
        cases.append(Case("scatter_add", [r((3, 4), dtype), 1, torch.tensor([[0, 1, 0], [3, 3, 3], [2, 1, 0]]), r((3, 3), dtype)]))
        cases.append(Case("masked_fill", [r((2, 3), dtype), bools(rs, (2, 3)), -1.5]))
        cases.append(Case("masked_fill", [r((2, 3), dtype), bools(rs, (3,)), 0.0]))
        cases.append(Case("masked_select", [r((3, 4), dtype), bools(rs, (3, 4))], note="x[mask]"))
        cases.append(Case("contiguous", [r((3, 4), dtype).t()], note="input is a transposed (non-contiguous) view"))
    # in-place variants: applied to x.clone(), gradients w.r.t. the original x
    for dtype in ("float64", "float32"):
        cases.append(Case("add_", [r((2, 3), dtype), r((3,), dtype)], fn=lambda a, b: a.add_(b)))
        cases.append(Case("add_", [r((2, 3), dtype), r((2, 3), dtype)], {"alpha": 2.0}, fn=lambda a, b, alpha: a.add_(b, alpha=alpha)))
        cases.append(Case("sub_", [r((2, 3), dtype), 1.5], fn=lambda a, b: a.sub_(b)))
        cases.append(Case("mul_", [r((2, 3), dtype), r((2, 3), dtype)], fn=lambda a, b: a.mul_(b)))
        cases.append(Case("div_", [r((2, 3), dtype), r((1, 3), dtype, 0.5, 2)], fn=lambda a, b: a.div_(b)))
        cases.append(Case("clamp_", [r((6,), dtype)], {"min": -0.5, "max": 0.5}, fn=lambda a, min, max: a.clamp_(min, max)))
        cases.append(Case("fill_", [r((2, 2), dtype), 3.0], fn=lambda a, v: a.fill_(v)))
        cases.append(Case("zero_", [r((2, 2), dtype)], fn=lambda a: a.zero_()))
        cases.append(Case("copy_", [r((2, 3), dtype), r((3,), dtype)], fn=lambda a, b: a.copy_(b)))
        cases.append(Case("masked_fill_", [r((2, 3), dtype), bools(rs, (2, 3)), 7.0], fn=lambda a, m, v: a.masked_fill_(m, v)))
        cases.append(Case("pow_", [r((4,), dtype, 0.5, 2), 2.0], fn=lambda a, e: a.pow_(e)))
        cases.append(Case("exp_", [r((4,), dtype)], fn=lambda a: a.exp_()))
    # zero-size inputs
    cases.append(Case("mul", [r((0, 3)), r((3,))], fn=torch.mul))
    cases.append(Case("matmul", [r((0, 3)), r((3, 2))]))
    cases.append(Case("exp", [r((2, 0), "float32")], fn=torch.exp))
    return cases


def is_float_tensor(v):
    return isinstance(v, torch.Tensor) and v.dtype.is_floating_point


def arg_json(v):
    if isinstance(v, torch.Tensor):
        return tensor_json(v, requires_grad=bool(v.dtype.is_floating_point))
    if isinstance(v, (list, tuple)) and v and isinstance(v[0], torch.Tensor):
        return {"kind": "tensors", "items": [tensor_json(t, requires_grad=bool(t.dtype.is_floating_point)) for t in v]}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": v}
    if isinstance(v, float):
        return {"kind": "float", "value": number(v)}
    if isinstance(v, (list, tuple)):
        return {"kind": "ints", "value": [int(i) for i in v]}
    raise TypeError(type(v))


def kwarg_json(v):
    if isinstance(v, float):
        return number(v)
    return v


def run_case(index, case):
    rs = np.random.RandomState(10_000 + index)
    leaves = []          # (position in args, position in list or None, leaf)
    call_args = []
    for i, a in enumerate(case.args):
        if is_float_tensor(a):
            leaf = a.clone().requires_grad_(True)
            leaves.append((i, None, leaf))
            call_args.append(leaf)
        elif isinstance(a, list) and a and isinstance(a[0], torch.Tensor):
            items = []
            for k, t in enumerate(a):
                if is_float_tensor(t):
                    leaf = t.clone().requires_grad_(True)
                    leaves.append((i, k, leaf))
                    items.append(leaf)
                else:
                    items.append(t)
            call_args.append(items)
        else:
            call_args.append(a)
    inplace = case.op.endswith("_")
    if inplace and call_args and isinstance(call_args[0], torch.Tensor):
        call_args[0] = call_args[0].clone()
    fn = case.fn
    if fn is None:
        fn = getattr(torch, case.op, None) or getattr(torch.Tensor, case.op)
    out = fn(*call_args, **case.kwargs)
    outputs = list(out) if isinstance(out, (tuple, list)) else [out]
    result = {
        "id": f"{index:03d}_{case.op}",
        "op": case.op,
        "primitive": PRIMITIVE_OF.get(case.op, case.op),
        "args": [arg_json(a) for a in case.args],
        "kwargs": {k: kwarg_json(v) for k, v in case.kwargs.items()},
        "output": output_json(out) if isinstance(out, (tuple, list)) else tensor_json(out),
    }
    if case.note:
        result["note"] = case.note
    differentiable = [o for o in outputs if o.dtype.is_floating_point and o.requires_grad]
    if leaves and differentiable:
        weights = [torch.tensor(rs.uniform(-1, 1, size=tuple(o.shape)), dtype=o.dtype) if (o.dtype.is_floating_point and o.requires_grad) else None
                   for o in outputs]
        loss = sum((o * w).sum() for o, w in zip(outputs, weights) if w is not None)
        inputs = [leaf for _, _, leaf in leaves]
        try:
            grads = torch.autograd.grad(loss, inputs, create_graph=case.second, allow_unused=True)
        except RuntimeError as e:
            result["grad_error"] = str(e).splitlines()[0]
            grads = None
        if grads is not None:
            grads = [torch.zeros_like(x) if g is None else g for g, x in zip(grads, inputs)]
            result["weights"] = [None if w is None else tensor_json(w) for w in weights]
            result["grads"] = place(case.args, leaves, [g.detach() for g in grads])
            if case.second:
                vs = [torch.tensor(rs.uniform(-1, 1, size=tuple(x.shape)), dtype=x.dtype) for x in inputs]
                s = sum((g * v).sum() for g, v in zip(grads, vs) if g.requires_grad)
                if isinstance(s, torch.Tensor) and s.requires_grad:
                    hv = torch.autograd.grad(s, inputs, allow_unused=True)
                    hv = [torch.zeros_like(x) if h is None else h for h, x in zip(hv, inputs)]
                else:
                    hv = [torch.zeros_like(x) for x in inputs]
                result["second"] = {"v": place(case.args, leaves, vs), "hvp": place(case.args, leaves, hv)}
    return result


def place(args, leaves, values):
    """Values per float leaf, laid out like args: a tensor, a list for a list argument, or null."""
    out = [None] * len(args)
    for (i, k, _), v in zip(leaves, values):
        if k is None:
            out[i] = tensor_json(v)
        else:
            if out[i] is None:
                out[i] = {"kind": "tensors", "items": [None] * len(args[i])}
            out[i]["items"][k] = tensor_json(v)
    return out


# ---- 3. training curves -----------------------------------------------------------------------

def training_runs():
    rs = np.random.RandomState(42)
    runs = []
    # logistic regression: 64 points in 3-d, labels from a noisy linear rule
    n, d = 64, 3
    x = rs.normal(size=(n, d))
    w_true = np.array([1.5, -2.0, 0.5])
    y = (x @ w_true + 0.3 * rs.normal(size=n) > 0).astype(float)
    logistic_init = {"weight": rs.normal(scale=0.1, size=(1, d)), "bias": np.zeros(1)}
    # MLP: 96 points in 4-d, 3 classes by the nearest of three centres; 4 -> 8 (tanh) -> 3, cross-entropy
    centres = rs.normal(scale=2.0, size=(3, 4))
    labels = rs.randint(0, 3, size=96)
    xm = centres[labels] + rs.normal(size=(96, 4))
    mlp_init = {"fc1.weight": rs.uniform(-0.5, 0.5, size=(8, 4)), "fc1.bias": rs.uniform(-0.5, 0.5, size=8),
                "fc2.weight": rs.uniform(-0.35, 0.35, size=(3, 8)), "fc2.bias": rs.uniform(-0.35, 0.35, size=3)}

    def logistic_loss(p, xt, yt):
        logits = (xt @ p["weight"].t() + p["bias"]).reshape(-1)
        return torch.nn.functional.binary_cross_entropy_with_logits(logits, yt)

    def mlp_loss(p, xt, yt):
        h = torch.tanh(xt @ p["fc1.weight"].t() + p["fc1.bias"])
        logits = h @ p["fc2.weight"].t() + p["fc2.bias"]
        return torch.nn.functional.cross_entropy(logits, yt)

    optimisers = [
        ("sgd", {"lr": 0.1, "momentum": 0.9, "dampening": 0.0, "weight_decay": 0.001, "nesterov": False}),
        ("adam", {"lr": 0.01, "betas": [0.9, 0.999], "eps": 1e-8, "weight_decay": 0.001, "amsgrad": False}),
    ]
    models = [
        ("logistic_regression", logistic_init, logistic_loss, torch.tensor(x), torch.tensor(y),
         "loss = binary_cross_entropy_with_logits((x @ weight.T + bias).reshape(-1), y), mean over points"),
        ("mlp", mlp_init, mlp_loss, torch.tensor(xm), torch.tensor(labels, dtype=torch.int64),
         "loss = cross_entropy(tanh(x @ fc1.weight.T + fc1.bias) @ fc2.weight.T + fc2.bias, y), mean over points"),
    ]
    for model, init, loss_fn, xt, yt, formula in models:
        for name, hyper in optimisers:
            params = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in init.items()}
            kwargs = dict(hyper)
            if name == "adam":
                kwargs["betas"] = tuple(kwargs["betas"])
                opt = torch.optim.Adam(params.values(), **kwargs)
            else:
                opt = torch.optim.SGD(params.values(), **kwargs)
            losses = []
            for _ in range(100):
                opt.zero_grad()
                loss = loss_fn(params, xt, yt)
                loss.backward()
                losses.append(loss.item())
                opt.step()
            runs.append({
                "id": f"{model}_{name}", "model": model, "loss": formula, "optimizer": name, "hyperparameters": hyper,
                "steps": 100, "x": tensor_json(xt), "y": tensor_json(yt),
                "initial": {k: tensor_json(torch.tensor(v, dtype=torch.float64)) for k, v in init.items()},
                "parameter_order": list(init.keys()),
                "losses": [number(v) for v in losses],
                "final": {k: tensor_json(p) for k, p in params.items()},
            })
    return runs


def write(name, payload):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(payload, f, indent=None, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        f.write("\n")
    return path


def main():
    os.makedirs(OUT, exist_ok=True)
    header = {"generator": "nabla-tensor/src/test/python/torch_reference.py", "torch": torch.__version__.split("+")[0],
              "numpy": np.__version__}
    reprs = repr_cases()
    write("repr.json", dict(header, cases=reprs))
    write("float_format.json", dict(header, cases=float_format_cases()))
    write("generator.json", dict(header, cases=generator_cases()))
    ops = [run_case(i, c) for i, c in enumerate(op_cases())]
    write("ops.json", dict(header, cases=ops))
    runs = training_runs()
    write("training.json", dict(header, runs=runs))
    print(f"repr cases: {len(reprs)}, op cases: {len(ops)} "
          f"({sum(1 for c in ops if 'grads' in c)} with gradients, {sum(1 for c in ops if 'second' in c)} with second derivatives), "
          f"training runs: {len(runs)}")


if __name__ == "__main__":
    main()
