#!/usr/bin/python3
"""Checks derivatives.tsv without SymPy's differentiation: each value and derivative is
recomputed by numerical differentiation (mpmath.diff) of the expression evaluated with mpmath
at 60 digits, and compared in units in the last place of the double.

    /usr/bin/python3 nabla-symbolic/src/test/python/mpmath_crosscheck.py [derivatives.tsv]

Prints a histogram {ulps: rows} and the rows off by more than --max-ulps (default 2); exit
status 1 if there are any.
"""

import argparse
import ast
import csv
import math
import sys
from pathlib import Path

import mpmath

mpmath.mp.dps = 60


def _cbrt(a):
    return mpmath.sign(a) * mpmath.cbrt(abs(a))


NAMES = {
    "sin": mpmath.sin, "cos": mpmath.cos, "tan": mpmath.tan, "asin": mpmath.asin,
    "acos": mpmath.acos, "atan": mpmath.atan, "sinh": mpmath.sinh, "cosh": mpmath.cosh,
    "tanh": mpmath.tanh, "asinh": mpmath.asinh, "acosh": mpmath.acosh, "atanh": mpmath.atanh,
    "exp": mpmath.exp, "log": mpmath.log, "sqrt": mpmath.sqrt, "cbrt": _cbrt, "abs": abs,
    "log10": mpmath.log10, "expm1": mpmath.expm1, "log1p": mpmath.log1p,
    "atan2": mpmath.atan2, "hypot": mpmath.hypot, "min": min, "max": max,
    "e": mpmath.e, "pi": mpmath.pi,
}


def ulps(ref, got):
    if ref == got:
        return 0
    return abs(ref - got) / math.ulp(max(abs(got), 1e-300))


def main():
    default = Path(__file__).resolve().parent.parent / "resources" / "sympy" / "derivatives.tsv"
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tsv", nargs="?", type=Path, default=default)
    ap.add_argument("--max-ulps", type=float, default=2)
    args = ap.parse_args()

    with open(args.tsv, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))[1:]
    compiled = {}
    histogram = {}
    bad = []
    for i, expr, wrt, point, value, derivative in rows:
        names = [kv.split("=")[0] for kv in point.split(";")]
        coords = [mpmath.mpf(float(kv.split("=")[1])) for kv in point.split(";")]
        code = compiled.setdefault(expr, compile(ast.parse(expr, mode="eval"), expr, "eval"))

        def f(*a):
            env = dict(NAMES)
            env.update(zip(names, a))
            return eval(code, {"__builtins__": {}}, env)

        order = [0] * len(names)
        for v in wrt.split(","):
            order[names.index(v)] += 1
        for ref, got in ((float(value), f(*coords)),
                         (float(derivative), mpmath.diff(f, coords, tuple(order)))):
            got = float(got)
            k = 0 if abs(ref - got) < 1e-30 else ulps(ref, got)
            histogram[round(k)] = histogram.get(round(k), 0) + 1
            if k > args.max_ulps:
                bad.append((k, i, expr, wrt, point, ref, got))
    print("rows %d, {ulps: count} %s" % (len(rows), dict(sorted(histogram.items()))))
    for b in sorted(bad, reverse=True):
        print("%.0f ulps  id %s  %s  wrt %s  at %s: corpus %r, mpmath %r" % b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
