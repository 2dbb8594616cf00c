#!/usr/bin/python3
"""SymPy reads Nabla's SymPy output and evaluates it.

Reads nabla-symbolic/src/test/resources/sympy/roundtrip_input.tsv (random expressions printed by
Nabla's plain and SymPy printers, and points; written by the test class SympyRoundTripInput), parses
each SymPy form with SymPy's own parser, evaluates it at each point with 30 significant digits and
writes nabla-symbolic/src/test/resources/sympy/roundtrip.tsv:

    id, point index, x, y, z, status, value

status is `real` when every subexpression of the SymPy form (read without evaluation, so as written)
is a finite real number at the point (so a real-valued evaluation such as Nabla's must give the value), `outside` when some
subexpression is complex, infinite, undefined or not comparable there (SymPy works over the complex
numbers; Nabla gives NaN or a real branch), `overflow` when a subexpression exceeds the double range,
`ill-conditioned` when sin, cos or tan gets an argument above 1e6 (its double value is then not
accurate to 9 digits), `slow` when SymPy needs more than SECONDS_PER_EXPRESSION seconds, `unreadable` when SymPy cannot parse the form Nabla printed (the test fails on such a row).
value is the real value as Python's repr of the nearest double (`nan` unless status is `real`).

Run from the repository root with Debian's SymPy:

    /usr/bin/python3 nabla-symbolic/src/test/python/sympy_roundtrip.py
"""

import signal
import sys
from pathlib import Path

import sympy as sp

ROOT = Path(__file__).resolve().parents[2]
INPUT = ROOT / "test" / "resources" / "sympy" / "roundtrip_input.tsv"
OUTPUT = ROOT / "test" / "resources" / "sympy" / "roundtrip.tsv"

X, Y, Z = sp.symbols("x y z")
LOCALS = {"x": X, "y": Y, "z": Z}
DIGITS = 30
LARGEST = sp.Float("1e300")
SECONDS_PER_EXPRESSION = 30
PERIODIC = (sp.sin, sp.cos, sp.tan)
# Past this, a double argument of sin/cos/tan has an ulp of 2**-32 or more of a period: its value in
# double arithmetic is no longer a reference for 9 digits.
PERIODIC_ARGUMENT = sp.Float("1e6")


def status_and_value(expr, raw, point):
    """The status and value of expr at point; raw is the same text read without evaluation, whose
    subexpressions are those Nabla evaluates (SymPy's evaluation turns cosh(acosh(z)) into z)."""
    # The doubles' exact binary values, substituted before evaluating, so that y - Min(y, 0) is exactly
    # 0 where it is (evalf's subs= would evaluate each occurrence separately, leaving 1e-87).
    subs = {X: sp.Float(point[0], DIGITS), Y: sp.Float(point[1], DIGITS), Z: sp.Float(point[2], DIGITS)}
    try:
        for node in sp.preorder_traversal(raw):
            if node.is_Symbol:
                continue
            v = sp.N(node.subs(subs), DIGITS)
            if not v.is_number or v.has(sp.zoo, sp.oo, -sp.oo, sp.nan):
                return "outside", float("nan")
            re, im = v.as_real_imag()
            if abs(im) > sp.Float("1e-25") * max(1, abs(re)):
                return "outside", float("nan")
            if abs(re) > LARGEST:
                return "overflow", float("nan")
            if node.func in PERIODIC and abs(sp.N(node.args[0].subs(subs), DIGITS)) > PERIODIC_ARGUMENT:
                return "ill-conditioned", float("nan")
        value = sp.re(sp.N(expr.subs(subs), DIGITS))
        return "real", float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return "outside", float("nan")


class TooSlow(Exception):
    pass


def too_slow(signum, frame):
    raise TooSlow()


def main():
    signal.signal(signal.SIGALRM, too_slow)
    rows = []
    for line in INPUT.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        ident, plain, sympy_form, points = line.split("\t")
        try:
            expr = sp.parse_expr(sympy_form, local_dict=dict(LOCALS))
            raw = sp.parse_expr(sympy_form, local_dict=dict(LOCALS), evaluate=False)
        except (SyntaxError, TypeError, ValueError) as e:
            print("unreadable %s: %s (%s)" % (ident, sympy_form, e), file=sys.stderr)
            expr = None
        for k, p in enumerate(points.split(";")):
            point = [float(v) for v in p.split(",")]
            signal.alarm(SECONDS_PER_EXPRESSION)
            try:
                status, value = ("unreadable", float("nan")) if expr is None else status_and_value(expr, raw, point)
            except TooSlow:
                print("slow %s at %s: %s" % (ident, point, sympy_form), file=sys.stderr)
                status, value = "slow", float("nan")
            finally:
                signal.alarm(0)
            rows.append("\t".join([ident, str(k), *(repr(v) for v in point), status, repr(value)]))
    header = "# id\tpoint\tx\ty\tz\tstatus\tvalue (SymPy %s, %d digits, rounded to double)\n" % (sp.__version__, DIGITS)
    OUTPUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print("wrote %d rows to %s" % (len(rows), OUTPUT), file=sys.stderr)


if __name__ == "__main__":
    main()
