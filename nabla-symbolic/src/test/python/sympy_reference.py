#!/usr/bin/python3
"""SymPy reference corpus for Nabla's symbolic tests.

Builds a corpus of expressions written in Nabla's expression syntax, differentiates each one
with SymPy (first partials, second partials, mixed partials), evaluates value and derivatives at
three points with 30 significant digits and writes

    nabla-symbolic/src/test/resources/sympy/derivatives.tsv
    nabla-symbolic/src/test/resources/sympy/expressions.tsv

Run it with Debian's SymPy (see the README next to the output):

    /usr/bin/python3 nabla-symbolic/src/test/python/sympy_reference.py

Options: --out DIR writes elsewhere; --check regenerates in memory and compares with the files
on disk (exit status 1 when they differ).

The output is deterministic: the corpus comes from a fixed random seed, the script re-executes
itself with PYTHONHASHSEED=0 so that no SymPy internals depend on string hashing, and nothing
depends on time or on the machine.
"""

import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv,
              dict(os.environ, PYTHONHASHSEED="0"))

import argparse
import ast
import io
import math
import random
import tokenize
from pathlib import Path

import mpmath
import sympy as sp
from sympy.core.cache import clear_cache
from sympy.core.function import AppliedUndef
from sympy.parsing.sympy_parser import parse_expr

# --------------------------------------------------------------------------------------------
# Nabla syntax -> SymPy
# --------------------------------------------------------------------------------------------

VAR_NAMES = ("x", "y", "z", "w")
SYMBOLS = {n: sp.Symbol(n, real=True) for n in VAR_NAMES}


class cbrt(sp.Function):
    """Real cube root (negative for negative arguments), unlike SymPy's principal root.

    Kept as a function of its own so that derivatives print as ``cbrt(u)`` (Nabla syntax):
    d/du cbrt(u) = 1/(3*cbrt(u)**2).
    """

    nargs = 1

    @classmethod
    def eval(cls, arg):
        if arg.is_zero:
            return sp.S.Zero
        if arg.is_Float:
            return cls._real_root(arg, arg._prec)
        return None

    @staticmethod
    def _real_root(arg, prec):
        with mpmath.workprec(prec + 10):
            a = mpmath.mpf(arg._mpf_)
            r = mpmath.sign(a) * mpmath.cbrt(abs(a))
            return sp.Float._new(r._mpf_, prec)

    def fdiff(self, argindex=1):
        if argindex != 1:
            raise sp.ArgumentIndexError(self, argindex)
        return 1 / (3 * cbrt(self.args[0]) ** 2)

    def _eval_evalf(self, prec):
        a = self.args[0]._eval_evalf(prec)
        if a is not None and a.is_Float:
            return self._real_root(a, prec)
        return None

    def _eval_is_extended_real(self):
        return self.args[0].is_extended_real


def _fixed(arity, fn):
    def call(*args):
        if len(args) != arity:
            raise TypeError("%d argument(s) expected, got %d" % (arity, len(args)))
        return fn(*args)
    return call


# Every function of Nabla's syntax, with the SymPy expression it stands for.
FUNCTIONS_1 = {
    "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
    "asin": sp.asin, "acos": sp.acos, "atan": sp.atan,
    "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh,
    "asinh": sp.asinh, "acosh": sp.acosh, "atanh": sp.atanh,
    "exp": sp.exp, "log": sp.log, "sqrt": sp.sqrt, "cbrt": cbrt, "abs": sp.Abs,
    "log10": lambda u: sp.log(u) / sp.log(10),
    "expm1": lambda u: sp.exp(u) - 1,
    "log1p": lambda u: sp.log(1 + u),
}
FUNCTIONS_2 = {
    "atan2": sp.atan2,                       # atan2(y, x), same order as SymPy and Java
    "hypot": lambda a, b: sp.sqrt(a ** 2 + b ** 2),
    "min": sp.Min,
    "max": sp.Max,
}
CONSTANTS = {"e": sp.E, "pi": sp.pi}

LOCALS = dict(SYMBOLS)
LOCALS.update(CONSTANTS)
LOCALS.update({k: _fixed(1, f) for k, f in FUNCTIONS_1.items()})
LOCALS.update({k: _fixed(2, f) for k, f in FUNCTIONS_2.items()})


def _exact_literals(text):
    """Rewrites every decimal literal as the exact rational value of the double it denotes.

    Java reads 0.1 as the double nearest to 0.1; so does this corpus.  Left as SymPy Floats,
    literals would carry only 53 bits and constant sub-expressions such as exp(1.5) would be
    evaluated at that precision when parsed, which spoils the last digits of the references.
    """
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.NUMBER and not tok.string.isdigit():
            p, q = float(tok.string).as_integer_ratio()
            tok = tok._replace(string="Rational(%d, %d)" % (p, q))
        out.append((tok.type, tok.string))
    return tokenize.untokenize(out)


def to_sympy(text, exact=True):
    """Parses an expression in Nabla syntax into SymPy.

    exact=True: decimal literals become the exact value of their double (for evaluation);
    exact=False: SymPy's own reading, 53-bit Floats (for the printed derivatives).
    """
    local = dict(LOCALS, Rational=sp.Rational)
    expr = parse_expr(_exact_literals(text) if exact else text, local_dict=local)
    unknown = expr.free_symbols - set(SYMBOLS.values())
    if unknown or expr.atoms(AppliedUndef):
        raise ValueError("unknown name in %r: %s" % (text, unknown or expr.atoms(AppliedUndef)))
    return expr


def variables_of(text):
    """Variables of the Nabla expression, in x, y, z, w order (not SymPy's simplified view)."""
    names = {n.id for n in ast.walk(ast.parse(text, mode="eval")) if isinstance(n, ast.Name)}
    return [v for v in VAR_NAMES if v in names]


# --------------------------------------------------------------------------------------------
# Domain guard: evaluates the Nabla expression tree in doubles and rejects a point that is
# outside a function's domain, close to a non-smooth point, or produces huge intermediates.
# --------------------------------------------------------------------------------------------

MARGIN = 1e-2          # distance kept from every singular / non-smooth point
BIG = 1e6              # largest magnitude allowed for any sub-expression


class Reject(Exception):
    pass


def _is_int_literal(node):
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return isinstance(node, ast.Constant) and isinstance(node.value, int)


def _need(cond, what):
    if not cond:
        raise Reject(what)


def _cbrt_double(a):
    return math.copysign(abs(a) ** (1.0 / 3.0), a)


_DOUBLE_1 = {
    "sin": math.sin, "cos": math.cos, "tan": math.tan, "asin": math.asin, "acos": math.acos,
    "atan": math.atan, "sinh": math.sinh, "cosh": math.cosh, "tanh": math.tanh,
    "asinh": math.asinh, "acosh": math.acosh, "atanh": math.atanh, "exp": math.exp,
    "log": math.log, "sqrt": math.sqrt, "cbrt": _cbrt_double, "abs": abs,
    "log10": math.log10, "expm1": math.expm1, "log1p": math.log1p,
}
_DOUBLE_2 = {"atan2": math.atan2, "hypot": math.hypot, "min": min, "max": max}


def _check_1(name, a):
    m = MARGIN
    if name in ("log", "log10", "sqrt"):
        _need(a > m, name + " argument not positive")
    elif name == "log1p":
        _need(a > -1 + m, "log1p argument <= -1")
    elif name in ("asin", "acos", "atanh"):
        _need(abs(a) < 1 - m, name + " argument outside (-1, 1)")
    elif name == "acosh":
        _need(a > 1 + m, "acosh argument <= 1")
    elif name in ("abs", "cbrt"):
        _need(abs(a) > m, name + " at 0")
    elif name == "tan":
        _need(abs(math.cos(a)) > m, "tan pole")
    elif name in ("exp", "expm1", "sinh", "cosh"):
        _need(abs(a) < 30, name + " overflow")


def _check_2(name, a, b):
    m = MARGIN
    if name in ("min", "max"):
        _need(abs(a - b) > m, name + " tie")
    elif name == "hypot":
        _need(math.hypot(a, b) > m, "hypot at origin")
    elif name == "atan2":
        _need(math.hypot(a, b) > m, "atan2 at origin")
        _need(not (b < 0 and abs(a) < m), "atan2 branch cut")


def eval_double(node, env):
    """Value of the Nabla expression in doubles; raises Reject when the point is unsafe."""
    if isinstance(node, ast.Expression):
        return eval_double(node.body, env)
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        return {"e": math.e, "pi": math.pi}[node.id]
    try:
        if isinstance(node, ast.UnaryOp):
            v = eval_double(node.operand, env)
            r = -v if isinstance(node.op, ast.USub) else v
        elif isinstance(node, ast.BinOp):
            a = eval_double(node.left, env)
            b = eval_double(node.right, env)
            if isinstance(node.op, ast.Add):
                r = a + b
            elif isinstance(node.op, ast.Sub):
                r = a - b
            elif isinstance(node.op, ast.Mult):
                r = a * b
            elif isinstance(node.op, ast.Div):
                _need(abs(b) > MARGIN, "division by ~0")
                r = a / b
            elif isinstance(node.op, ast.Pow):
                if _is_int_literal(node.right):
                    _need(b >= 0 or abs(a) > MARGIN, "negative power of ~0")
                else:
                    _need(a > MARGIN, "real power of a non-positive base")
                r = a ** b
            else:
                raise ValueError("operator not in Nabla syntax: %s" % ast.dump(node))
        elif isinstance(node, ast.Call):
            name = node.func.id
            args = [eval_double(a, env) for a in node.args]
            if len(args) == 1 and name in _DOUBLE_1:
                _check_1(name, args[0])
                r = _DOUBLE_1[name](args[0])
            elif len(args) == 2 and name in _DOUBLE_2:
                _check_2(name, *args)
                r = _DOUBLE_2[name](*args)
            else:
                raise ValueError("function not in Nabla syntax: %s" % name)
        else:
            raise ValueError("syntax not in Nabla syntax: %s" % ast.dump(node))
    except (OverflowError, ValueError, ZeroDivisionError) as ex:
        if isinstance(ex, ValueError) and "Nabla syntax" in str(ex):
            raise
        raise Reject(str(ex))
    _need(isinstance(r, float) and math.isfinite(r) and abs(r) < BIG, "not finite / too large")
    return r


# --------------------------------------------------------------------------------------------
# Reference values
# --------------------------------------------------------------------------------------------

DPS = 30
WORKPREC = 400         # bits for mpmath arithmetic on reference values


def _as_real(v):
    """SymPy number -> mpf, or None if it is not a real number. NaN/inf pass through."""
    if v is sp.nan:
        return mpmath.mpf("nan")
    if v is sp.oo:
        return mpmath.mpf("inf")
    if v is sp.S.NegativeInfinity:
        return mpmath.mpf("-inf")
    if v.is_Number and v.is_extended_real:
        with mpmath.workprec(WORKPREC):      # mpf() rounds to the context's precision
            return mpmath.mpf(sp.Float(v, 2 * DPS)._mpf_)
    return None


def evaluate(expr, point, dps=DPS):
    """Value of expr at point with dps digits, computed two ways that must agree.

    point maps Symbol -> Python float; the exact double is substituted (a decimal such as 0.7
    stands for the double nearest to it, as in Java).  Returns mpf or None (not real, or the
    two evaluations disagree).
    """
    # SymPy's cache takes Float(0.7, 15) and Float(0.7, 30) for the same key: without this,
    # sin(0.7) or cbrt(0.7) computed earlier with 15 digits would come back here.
    clear_cache()
    subs = {s: sp.Float(v, dps) for s, v in point.items()}
    a = _as_real(expr.evalf(dps, subs=subs))
    b = _as_real(sp.N(expr.subs(subs), dps))
    if a is None or b is None:
        return None
    if mpmath.isnan(a) or mpmath.isinf(a) or mpmath.isnan(b) or mpmath.isinf(b):
        return a if str(a) == str(b) else None
    with mpmath.workprec(WORKPREC):
        scale = max(abs(a), abs(b))
        if abs(a - b) <= mpmath.mpf(10) ** (8 - dps) * scale or scale < mpmath.mpf(10) ** (2 - dps):
            return a
    if dps < 60:
        return evaluate(expr, point, 60)
    return None


def evaluate_double_like(expr, point):
    """Evaluates with 53-bit Floats substituted, node by node: a rough model of what a double
    evaluation of this formula gives (used to keep ill-conditioned points out of the corpus)."""
    clear_cache()
    subs = {s: sp.Float(v, 15) for s, v in point.items()}
    result = _as_real(sp.N(expr.subs(subs), 15))
    clear_cache()
    return result


def fmt(v):
    """Shortest text that reads back as the double nearest to v (Python's repr of a float)."""
    if mpmath.isnan(v):
        return "nan"
    if mpmath.isinf(v):
        return "inf" if v > 0 else "-inf"
    d = float(mpmath.nstr(v, 40, strip_zeros=False, min_fixed=1, max_fixed=0))
    if d == 0.0:
        d = 0.0           # no "-0.0": SymPy's zero has no sign
    return repr(d)


def fmt_point(names, values):
    return ";".join("%s=%s" % (n, repr(v)) for n, v in zip(names, values))


# --------------------------------------------------------------------------------------------
# The corpus: seeds, classic expressions, random expressions
# --------------------------------------------------------------------------------------------

# The seed notebooks' functions, with the notebook's own points first.
SEEDS = [
    ("(x**3 + 4*x)*exp(y)*sin(z)", [(4.0, 5.0, 1.0)]),
    ("(x**3 + 3*x)*exp(y)*sin(z)", [(3.0, 7.0, 2.0)]),
    ("(x**2 + 2*x)*log(y)", [(1.0, 2.0)]),
    ("(x**2 + 2*x)*log(x)", [(1.0,)]),
    ("3*x**3 - 5*x + 4", [(2.0,)]),
    ("x**2", [(2.0,)]),
    ("(x**3 + 4*x)*exp(y)", [(4.0, 5.0)]),
]

CLASSICS = [
    # products, quotients, sums
    "x", "x*y", "x*y*z", "2*x + 3*y - z",
    "x*sin(x)", "x**2*exp(-x)", "sin(x)/x", "(x**2 + 1)/(x - 3)", "(x + 1)/(x**2 + 1)",
    "(x - y)/(x + y)", "x*y/(x**2 + y**2 + 1)", "1/(x*y*z)",
    # associativity and precedence as in Python: x/y/z = (x/y)/z, x - y - z = (x - y) - z,
    # -x**2 = -(x**2), 2**x**2 = 2**(x**2)
    "x/y/z", "x - y - z", "-x**2 + 3*y", "2**x**2", "-(x - y)**3",
    # chains and nested functions
    "exp(sin(x))", "sin(cos(tan(x)))", "log(cos(x))", "sqrt(1 + x**2)", "exp(exp(x))",
    "log(log(x + 3))", "sin(x*y*z)", "cos(x + y + z)", "exp(x*y)*cos(z)",
    "x*exp(-x*y)*sin(z)", "sin(x)**3*cos(y)**2", "(sin(x) + cos(y))**2",
    "exp(x)*sin(y) - exp(y)*sin(x)", "sin(x)/(1 + cos(x)**2)", "exp(-x)*cos(2*pi*x)",
    "tan(x*y)",
    # machine-learning staples
    "exp(-x**2/2)", "exp(-(x**2 + y**2)/2)", "exp(-(x**2 + y**2 + z**2))",
    "1/(1 + exp(-x))", "log(1 + exp(x))", "x/(1 + exp(-x))", "x*tanh(log(1 + exp(x)))",
    "tanh(x)", "(exp(x) - exp(-x))/(exp(x) + exp(-x))", "exp(x)/(exp(x) + exp(y) + exp(z))",
    "log(exp(x) + exp(y) + exp(z))", "0.5*x**2 + 0.5*y**2",
    "0.5*x*(1 + tanh(0.7978845608028654*(x + 0.044715*x**3)))",
    # geometry
    "atan2(y, x)", "atan2(sin(x), cos(x))", "atan(y/x)", "hypot(x, y)", "hypot(x, 3)",
    "sqrt(x**2 + y**2 + z**2)", "1/sqrt(x**2 + y**2 + z**2)", "log(sqrt(x**2 + y**2))",
    "log(x**2 + y**2 + 1)", "1/(1 + x**2 + y**2)",
    # powers and constants
    "x**y", "x**x", "y**x", "cos(x)**y", "(1 + x/y)**y", "x**0.5", "x**1.5", "x**(-2)",
    "x**(-0.5)", "sqrt(x)*log(x)", "e**x", "2**x", "x**pi", "e*x + pi*y", "x**e", "pi*x**2",
    "exp(log(x))", "exp(2.5e-3*x) + 1e3*y", "1.5e1*x - 2.5e-3*y**2",
    # identities (derivatives are exactly 0 or 1)
    "sin(x)**2 + cos(x)**2", "cosh(x)**2 - sinh(x)**2", "sin(2*x) - 2*sin(x)*cos(x)",
    "tan(x) - sin(x)/cos(x)", "log(exp(x))",
    # polynomials and rational functions
    "x**8 - 3*x**7 + 2*x**5 - x**3 + 7*x - 1", "(x - 1)**8", "(x + y)**5",
    "x**4*y**3 - 2*x**2*y + y**4", "128*x**8 - 256*x**6 + 160*x**4 - 32*x**2 + 1",
    "(63*x**5 - 70*x**3 + 15*x)/8", "x**2*y**2*z**2", "x**3*y**2*z - x*y*z**3",
    "(1 - x)**2 + 100*(y - x**2)**2", "(x**2 + y - 11)**2 + (x + y**2 - 7)**2",
    "(x**3 - 2*x)/(x**4 + 1)", "(x**2 - 1)/(x**2 + 1)",
    # inverse and hyperbolic functions
    "asin(x/2)", "acos(x/2)", "atan(x*y)", "asinh(x)", "acosh(1 + x**2)", "atanh(x/3)",
    "sinh(x)*cosh(y)", "tanh(x*y)", "asin(x)", "acos(x)", "acosh(x)", "atanh(x)",
    # cbrt, abs, min, max and the functions SymPy spells differently
    "cbrt(x)", "cbrt(x**2 + 1)", "cbrt(x*y)", "abs(x)", "abs(x - y)*sin(z)", "abs(sin(x))",
    "min(x, y)", "max(x, y)", "max(x**2, y)", "min(sin(x), cos(y))",
    "log10(x**2 + 1)", "log10(x)", "expm1(x)", "log1p(x)", "expm1(x*y)", "log1p(x**2)",
    "log1p(exp(x))", "expm1(x) - x",
    # four variables
    "w*x + y*z", "exp(w)*sin(x)", "sqrt(w**2 + x**2 + y**2 + z**2)", "w*x*y*z",
    "(w - x)**2 + (y - z)**2", "tanh(w*x + y)*z",
]

# Deterministic candidate points (x, y, z, w) for the classic expressions: each expression takes
# the first three that its domain guard accepts.
CLASSIC_POINTS = [
    (0.7, -1.25, 0.3, 1.1), (-1.5, 0.4, 1.8, -0.6), (1.3, 0.9, -0.8, 0.5),
    (0.45, 1.6, -1.35, -1.9), (-0.35, -0.75, 1.15, 0.8), (1.85, -1.6, 0.65, -0.25),
    (-1.1, 1.4, -0.55, 1.7), (0.2, 0.55, 1.95, -1.45), (1.6, 1.2, 0.9, 0.35),
    (-0.8, -1.9, -1.6, 1.25), (1.15, 0.35, 1.45, -0.9), (-1.95, 1.05, 0.15, 0.6),
]

RANDOM_SEED = 20260522
RANDOM_COUNT = 240
SECOND_DERIVATIVE_OPS_LIMIT = 4000    # keeps the random expressions' Hessians printable


class Gen:
    """Random expression trees in Nabla syntax.

    Nodes are (text, precedence); text is parenthesised so that Python, SymPy and Nabla read
    the same tree: every binary operator's right operand of equal precedence is parenthesised,
    a non-atomic exponent is parenthesised, a power's base is parenthesised unless atomic,
    and a negation inside a binary operator is parenthesised.
    """

    ATOM, POW, NEG, MUL, ADD = 100, 80, 70, 60, 50
    UNARY = list(FUNCTIONS_1)
    BINARY_FUNCS = list(FUNCTIONS_2)
    OPS = ["+", "-", "*", "/", "**"]
    CONSTANTS = ["2", "3", "0.5", "1.5", "0.25", "0.3", "2.5e-1", "5e-1", "pi", "e"]

    def __init__(self, rng):
        self.r = rng

    # -- leaves --------------------------------------------------------------------------
    def var(self):
        return (self.r.choice(("x", "y", "z")), self.ATOM)

    def leaf(self):
        if self.r.random() < 0.2:
            return (self.r.choice(self.CONSTANTS), self.ATOM)
        return self.var()

    # -- composition with correct parentheses -------------------------------------------------
    def call(self, name, *args):
        return ("%s(%s)" % (name, ", ".join(a[0] for a in args)), self.ATOM)

    def binop(self, op, a, b):
        p = {"+": self.ADD, "-": self.ADD, "*": self.MUL, "/": self.MUL, "**": self.POW}[op]
        if op == "**":
            left = a[0] if a[1] == self.ATOM else "(%s)" % a[0]
            right = b[0] if b[1] == self.ATOM else "(%s)" % b[0]
            return ("%s**%s" % (left, right), p)
        left = a[0] if (a[1] >= p and a[1] != self.NEG) or (a[1] == self.NEG and p == self.ADD) \
            else "(%s)" % a[0]
        right = b[0] if b[1] > p and b[1] != self.NEG else "(%s)" % b[0]
        return ("%s %s %s" % (left, op, right), p)

    def neg(self, a):
        return ("-" + (a[0] if a[1] == self.ATOM else "(%s)" % a[0]), self.NEG)

    def const(self, text):
        return (text, self.ATOM)

    # -- guarded arguments -------------------------------------------------------------------
    def positive(self, d):
        """An expression positive by construction (or, sometimes, an unguarded one)."""
        r = self.r.random()
        if d >= 2 and r < 0.35:
            return self.binop("+", self.const("1"), self.binop("**", self.gen(d - 2), self.const("2")))
        if d >= 2 and r < 0.55:
            return self.binop("+", self.const("2"), self.call(self.r.choice(("sin", "cos")), self.gen(d - 2)))
        if d >= 1 and r < 0.8:
            return self.call(self.r.choice(("exp", "cosh")), self.gen(d - 1))
        return self.gen(d)

    def unit(self, d):
        """An expression inside (-1, 1) by construction (or, sometimes, an unguarded one)."""
        r = self.r.random()
        if d >= 1 and r < 0.3:
            return self.call("tanh", self.gen(d - 1))
        if d >= 2 and r < 0.55:
            return self.binop("*", self.const("0.9"), self.call(self.r.choice(("sin", "cos")), self.gen(d - 2)))
        if d >= 2 and r < 0.75:
            u = self.gen(d - 2)
            return self.binop("/", u, self.call("hypot", u, self.const("1")))
        if d >= 2 and r < 0.9:
            return self.binop("/", self.call("sin", self.gen(d - 2)), self.const("2"))
        return self.gen(d)

    def above_one(self, d):
        if d >= 2 and self.r.random() < 0.8:
            return self.binop("+", self.const("1"), self.positive(d - 1))
        return self.gen(d)

    def argument(self, name, d):
        r = self.r.random()
        if name in ("log", "log10", "sqrt") and r < 0.65:
            return self.positive(d)
        if name in ("asin", "acos", "atanh") and r < 0.75:
            return self.unit(d)
        if name == "acosh" and r < 0.85:
            return self.above_one(d)
        if name == "log1p" and r < 0.6:
            return self.positive(d) if r < 0.3 else self.unit(d)
        return self.gen(d)

    # -- trees ----------------------------------------------------------------------------
    def node(self, kind, d):
        """A node of the given kind whose deepest path is about d levels."""
        r = self.r
        if kind in FUNCTIONS_1:
            return self.call(kind, self.argument(kind, d - 1))
        if kind in FUNCTIONS_2:
            a, b = self.gen(d - 1), self.gen(r.randint(0, d - 1))
            if r.random() < 0.5:
                a, b = b, a
            return self.call(kind, a, b)
        if kind == "**":
            e = r.random()
            if e < 0.45:
                return self.binop("**", self.gen(d - 1), self.const(r.choice(("2", "3", "4"))))
            if e < 0.6:
                return self.binop("**", self.gen(d - 1), self.const(r.choice(("(-1)", "(-2)"))))
            if e < 0.8:
                return self.binop("**", self.positive(d - 1), self.const(r.choice(("0.5", "1.5", "2.5e-1"))))
            return self.binop("**", self.positive(d - 1), self.gen(r.randint(0, d - 1)))
        if kind == "neg":
            return self.neg(self.gen(d - 1))
        a, b = self.gen(d - 1), self.gen(r.randint(0, d - 1))
        if r.random() < 0.5:
            a, b = b, a
        return self.binop(kind, a, b)

    def gen(self, d):
        if d <= 0:
            return self.leaf()
        r = self.r.random()
        if r < 0.42:
            kind = self.r.choice(("+", "-", "*", "/", "*", "+"))
        elif r < 0.52:
            kind = "**"
        elif r < 0.9:
            kind = self.r.choice(self.UNARY)
        elif r < 0.97:
            kind = self.r.choice(self.BINARY_FUNCS)
        else:
            kind = "neg"
        return self.node(kind, d)


FEATURES = list(FUNCTIONS_1) + list(FUNCTIONS_2) + ["+", "-", "*", "/", "**"]


def depth(text):
    def dep(n):
        if isinstance(n, ast.Expression):
            return dep(n.body)
        if isinstance(n, (ast.Constant, ast.Name)):
            return 0
        if isinstance(n, ast.UnaryOp):
            return 0 if isinstance(n.operand, ast.Constant) else 1 + dep(n.operand)
        if isinstance(n, ast.BinOp):
            return 1 + max(dep(n.left), dep(n.right))
        if isinstance(n, ast.Call):
            return 1 + max(dep(a) for a in n.args)
        raise ValueError(ast.dump(n))
    return dep(ast.parse(text, mode="eval"))


# --------------------------------------------------------------------------------------------
# Differentiation and rows
# --------------------------------------------------------------------------------------------

def derivative_list(names):
    """[('x',), ('y',), ..., ('x','x'), ('x','y'), ..., ('y','y'), ...]"""
    firsts = [(a,) for a in names]
    seconds = [(a, b) for i, a in enumerate(names) for b in names[i:]]
    return firsts + seconds


class Entry:
    def __init__(self, text):
        self.text = text
        self.names = variables_of(text)
        self.expr = to_sympy(text)
        self.tree = ast.parse(text, mode="eval")
        self.derivs = {}
        for wrt in derivative_list(self.names):
            self.derivs[wrt] = sp.diff(self.expr, *[SYMBOLS[v] for v in wrt])
        shown = to_sympy(text, exact=False)
        self.shown_firsts = [(v, sp.diff(shown, SYMBOLS[v])) for v in self.names]
        self.points = []       # list of (values tuple, {wrt or (): mpf})

    def second_ops(self):
        return sum(sp.count_ops(d) for w, d in self.derivs.items() if len(w) == 2)

    def try_point(self, values, check_conditioning):
        env = dict(zip(self.names, values))
        try:
            double_value = eval_double(self.tree, env)
        except Reject:
            return False
        point = {SYMBOLS[n]: v for n, v in env.items()}
        results = {}
        for wrt, e in [((), self.expr)] + list(self.derivs.items()):
            v = evaluate(e, point)
            if v is None or mpmath.isnan(v) or mpmath.isinf(v):
                return False
            if check_conditioning:
                approx = double_value if wrt == () else evaluate_double_like(e, point)
                if approx is None or abs(approx - v) > 1e-9 * max(1, abs(v)):
                    return False
            results[wrt] = v
        self.points.append((tuple(values), results))
        return True


def build_corpus():
    entries = []
    seen = set()

    def add(entry):
        if entry.text in seen:
            raise ValueError("duplicate expression " + entry.text)
        seen.add(entry.text)
        entries.append(entry)

    # seeds and classics: hand-picked points, first three the guard accepts
    for text, own_points in SEEDS:
        e = Entry(text)
        for p in own_points + [c[:len(e.names)] for c in CLASSIC_POINTS]:
            if len(e.points) == 3:
                break
            if p not in [q for q, _ in e.points]:
                e.try_point(p, False)
        add(e)
    for text in CLASSICS:
        e = Entry(text)
        index = {"x": 0, "y": 1, "z": 2, "w": 3}
        for c in CLASSIC_POINTS:
            if len(e.points) == 3:
                break
            e.try_point(tuple(c[index[n]] for n in e.names), False)
        if len(e.points) < 3:
            raise ValueError("fewer than 3 valid points for " + text)
        add(e)

    # random expressions
    rng = random.Random(RANDOM_SEED)
    gen = Gen(rng)
    made = 0
    attempt = 0
    while made < RANDOM_COUNT:
        feature = FEATURES[made % len(FEATURES)]
        attempt += 1
        node = gen.node(feature, rng.randint(2, 5))
        text = node[0]
        names = variables_of(text)
        if text in seen or not names or not 2 <= depth(text) <= 5:
            continue
        if rng.random() < {1: 0.7, 2: 0.35, 3: 0.0}[len(names)]:
            continue           # prefer expressions with mixed partials
        try:
            e = Entry(text)
        except (ValueError, TypeError, ZeroDivisionError):
            continue
        if e.second_ops() > SECOND_DERIVATIVE_OPS_LIMIT:
            continue
        for _ in range(60):
            if len(e.points) == 3:
                break
            p = tuple(round(rng.uniform(-2, 2), 2) + 0.0 for _ in names)
            if p not in [q for q, _ in e.points]:
                e.try_point(p, True)
        if len(e.points) < 3:
            continue
        add(e)
        made += 1
    return entries, attempt


def render(entries):
    rows = ["id\texpr\twrt\tpoint\tvalue\tderivative"]
    exprs = ["id\texpr\tsympy_first_derivatives"]
    for i, e in enumerate(entries, start=1):
        firsts = "|".join("%s:%s" % (v, sp.sstr(d)) for v, d in e.shown_firsts)
        exprs.append("%d\t%s\t%s" % (i, e.text, firsts))
        for values, results in e.points:
            point = fmt_point(e.names, values)
            value = fmt(results[()])
            for wrt in derivative_list(e.names):
                rows.append("%d\t%s\t%s\t%s\t%s\t%s" % (
                    i, e.text, ",".join(wrt), point, value, fmt(results[wrt])))
    return "\n".join(rows) + "\n", "\n".join(exprs) + "\n"


def main():
    here = Path(__file__).resolve().parent
    default_out = here.parent / "resources" / "sympy"
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=default_out, help="output directory")
    ap.add_argument("--check", action="store_true",
                    help="compare with the files on disk instead of writing them")
    args = ap.parse_args()

    entries, attempts = build_corpus()
    derivatives, expressions = render(entries)
    files = {"derivatives.tsv": derivatives, "expressions.tsv": expressions}
    n_rows = derivatives.count("\n") - 1
    print("SymPy %s, %d expressions (%d seeds, %d classic, %d random from %d attempts), %d rows"
          % (sp.__version__, len(entries), len(SEEDS), len(CLASSICS), RANDOM_COUNT, attempts,
             n_rows), file=sys.stderr)
    if args.check:
        stale = [n for n, t in files.items()
                 if not (args.out / n).exists() or (args.out / n).read_text(encoding="utf-8") != t]
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("up to date", file=sys.stderr)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        with open(args.out / name, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
