#!/usr/bin/python3
"""SymPy evalf(N) references for `nabla eval --digits N`.

Takes the expressions of the symbolic corpus (nabla-symbolic/src/test/resources/sympy) that have
no decimal literal (a literal such as 0.5 is folded in double precision when Nabla parses it, as
SymPy folds its 15-digit Floats, so its digits beyond the 16th are not the written number's), each
at its first point, and evaluates them with SymPy at N significant digits, N cycling through
15, 30, 50, 100, 300 (and 1000 for a few). Writes

    nabla-cli/src/test/resources/evalf/evalf.tsv

with the columns  id, expr, point, digits, sympy, reference:  `sympy` is str(expr.evalf(N)),
`reference` is str(expr.evalf(N + 20)) (the correctly rounded N digits are read from it).
A row whose evaluations take SymPy more than 20 s is left out (the script says which).
A point's coordinates are the exact values of their doubles (as Java reads `0.7`). Rows where
SymPy's value is not real, is zero, or where evalf(N + 20) and evalf(N + 40) disagree in the
first N + 10 digits are left out.

Run from the repository root with Debian's SymPy (1.11.1 was used):

    /usr/bin/python3 nabla-cli/src/test/python/evalf_reference.py

Deterministic: no randomness, PYTHONHASHSEED=0 (the script re-executes itself to set it).
"""

import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))

import csv
import io
import signal
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "nabla-symbolic" / "src" / "test" / "python"))

import mpmath  # noqa: E402
import sympy as sp  # noqa: E402
from sympy.core.cache import clear_cache  # noqa: E402

import sympy_reference as ref  # noqa: E402  (the corpus's Nabla-syntax reader)

CORPUS = ROOT / "nabla-symbolic" / "src" / "test" / "resources" / "sympy"
OUT = ROOT / "nabla-cli" / "src" / "test" / "resources" / "evalf" / "evalf.tsv"
DIGITS = (15, 30, 50, 100, 300)
SECONDS = 20          # a row whose three evaluations take longer is left out (SymPy can loop on a zero)


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def has_decimal_literal(text):
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.NUMBER and not tok.string.isdigit():
            return True
    return False


def first_points():
    points = {}
    with open(CORPUS / "derivatives.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            points.setdefault(int(row["id"]), (row["expr"], row["point"]))
    return points


def exact_point(text):
    subs = {}
    for part in text.split(";"):
        name, value = part.split("=")
        p, q = float(value).as_integer_ratio()
        subs[ref.SYMBOLS[name]] = sp.Rational(p, q)
    return subs


def value(expr, subs, n):
    clear_cache()
    v = expr.evalf(n, subs=subs)
    if not (v.is_Number and v.is_extended_real) or v in (sp.nan, sp.oo, sp.S.NegativeInfinity):
        return None
    return v


def agree(a, b, digits):
    with mpmath.workdps(digits + 20):
        x, y = mpmath.mpf(a._mpf_), mpmath.mpf(b._mpf_)
        return abs(x - y) <= abs(y) * mpmath.mpf(10) ** (-digits)


def main():
    rows = []
    for ident, (text, point) in sorted(first_points().items()):
        if has_decimal_literal(text):
            continue
        expr = ref.to_sympy(text)
        subs = exact_point(point)
        n = DIGITS[ident % len(DIGITS)]
        if ident % 25 == 0:
            n = 1000
        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(SECONDS)
        try:
            v = value(expr, subs, n)
            hi = value(expr, subs, n + 20)
            higher = value(expr, subs, n + 40)
        except Timeout:
            print("left out (over %d s): %d %s" % (SECONDS, ident, text), file=sys.stderr)
            continue
        finally:
            signal.alarm(0)
        if v is None or hi is None or higher is None or hi == 0 or not agree(hi, higher, n + 10):
            continue
        rows.append((ident, text, point, n, str(v), str(hi)))
        if len(rows) % 20 == 0:
            print("%d rows (id %d)" % (len(rows), ident), file=sys.stderr, flush=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("id\texpr\tpoint\tdigits\tsympy\treference\n")
        for r in rows:
            f.write("%d\t%s\t%s\t%d\t%s\t%s\n" % r)
    print("SymPy %s: %d rows written to %s" % (sp.__version__, len(rows), OUT.relative_to(ROOT)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
