#!/usr/bin/python3
"""SymPy timings for side-by-side comparison with Nabla's benchmarks (not run in CI).

    /usr/bin/python3 nabla-symbolic/src/test/python/sympy_bench.py [--json] [--repeats N]

(a) gradient:  f = sum_{i=0}^{n-3} sin(x_i)*exp(x_{i+1})*log(1 + x_{i+2}**2), n = 200 variables
    x0..x199; time of [sp.diff(f, v) for v in xs].  Only differentiation is timed: sp.simplify
    on the 200 partials is far too slow to be a useful baseline and is not measured.
(b) logistic map: l_1 = x, l_{k+1} = 4*l_k*(1 - l_k); f_k = l_{k+1} (k iterations), k = 1..8.
    For each k: count_ops(f_k), count_ops(f_k') raw, count_ops after sp.cse(f_k') (sum over the
    replacements and the reduced expression), time of diff and of cse.
(c) lambdify of the 200-variable gradient (a list) and the time of one gradient evaluation,
    with timeit, numpy backend when numpy is importable, plus the 'math' backend.

Every timing clears SymPy's cache first and reports the best of --repeats runs (default 3).
"""

import argparse
import json
import platform
import random
import sys
import time
import timeit

import sympy as sp
from sympy.core.cache import clear_cache

try:
    import numpy
except ImportError:          # pragma: no cover - depends on the machine
    numpy = None


def best_time(fn, repeats):
    """(best seconds, result of the last run); the SymPy cache is cleared before each run."""
    best, result = float("inf"), None
    for _ in range(repeats):
        clear_cache()
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def gradient_problem(n):
    xs = sp.symbols("x0:%d" % n, real=True)
    f = sp.Add(*[sp.sin(xs[i]) * sp.exp(xs[i + 1]) * sp.log(1 + xs[i + 2] ** 2)
                 for i in range(n - 2)])
    return xs, f


def bench_gradient(n, repeats):
    xs, f = gradient_problem(n)
    t, grad = best_time(lambda: [sp.diff(f, v) for v in xs], repeats)
    return {"n": n, "terms": n - 2, "count_ops_f": int(sp.count_ops(f)),
            "count_ops_gradient": int(sum(sp.count_ops(g) for g in grad)),
            "diff_seconds": t}, xs, grad


def logistic(k):
    x = sp.Symbol("x", real=True)
    l = x
    for _ in range(k):
        l = 4 * l * (1 - l)
    return x, l


def cse_ops(expr):
    replacements, reduced = sp.cse(expr)
    return int(sum(sp.count_ops(e) for _, e in replacements) + sum(sp.count_ops(e) for e in reduced))


def bench_logistic(kmax, repeats):
    rows = []
    for k in range(1, kmax + 1):
        x, f = logistic(k)
        t_diff, df = best_time(lambda: sp.diff(f, x), repeats)
        t_cse, _ = best_time(lambda: sp.cse(df), repeats)
        rows.append({"k": k, "count_ops_f": int(sp.count_ops(f)),
                     "count_ops_df": int(sp.count_ops(df)),
                     "count_ops_df_after_cse": cse_ops(df),
                     "diff_seconds": t_diff, "cse_seconds": t_cse})
    return rows


def bench_lambdify(xs, grad, repeats):
    rng = random.Random(1)
    point = [rng.uniform(-1, 1) for _ in xs]
    out = {}
    for backend in (["numpy"] if numpy is not None else []) + ["math"]:
        t_build, fn = best_time(lambda: sp.lambdify(xs, grad, backend), repeats)
        fn(*point)
        timer = timeit.Timer(lambda: fn(*point))
        number, _ = timer.autorange()
        per_call = min(timer.repeat(repeat=5, number=number)) / number
        out[backend] = {"lambdify_seconds": t_build, "seconds_per_gradient": per_call,
                        "calls_per_timing": number}
    return out


def main():
    ap = argparse.ArgumentParser(description="SymPy baseline timings for Nabla")
    ap.add_argument("--json", action="store_true", help="also print the results as JSON")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--n", type=int, default=200, help="variables of the gradient problem")
    ap.add_argument("--kmax", type=int, default=8, help="iterations of the logistic map")
    args = ap.parse_args()

    grad_result, xs, grad = bench_gradient(args.n, args.repeats)
    logistic_rows = bench_logistic(args.kmax, args.repeats)
    lam = bench_lambdify(xs, grad, args.repeats)

    env = {"python": platform.python_version(), "sympy": sp.__version__,
           "numpy": numpy.__version__ if numpy is not None else None,
           "machine": platform.machine(), "system": platform.system(),
           "repeats": args.repeats}

    print("SymPy %s, Python %s, numpy %s, %s; best of %d runs, cache cleared before each"
          % (env["sympy"], env["python"], env["numpy"], env["machine"], args.repeats))
    print()
    g = grad_result
    print("(a) gradient of sum sin(x_i)*exp(x_i+1)*log(1 + x_i+2**2), %d variables, %d terms"
          % (g["n"], g["terms"]))
    print("    [sp.diff(f, v) for v in xs]: %.4f s   (count_ops f = %d, gradient = %d;"
          " simplify not measured)" % (g["diff_seconds"], g["count_ops_f"], g["count_ops_gradient"]))
    print()
    print("(b) logistic map f_k = l_(k+1), l_1 = x, l_(k+1) = 4*l_k*(1 - l_k)")
    print("    %2s %10s %12s %14s %12s %12s" % ("k", "ops f_k", "ops f_k'", "ops cse(f_k')",
                                              "diff [s]", "cse [s]"))
    for r in logistic_rows:
        print("    %2d %10d %12d %14d %12.6f %12.6f" % (r["k"], r["count_ops_f"], r["count_ops_df"],
                                                     r["count_ops_df_after_cse"],
                                                     r["diff_seconds"], r["cse_seconds"]))
    print()
    print("(c) lambdify of the %d-variable gradient (list of %d expressions)" % (g["n"], g["n"]))
    for backend, r in lam.items():
        print("    %-6s lambdify %.4f s, one gradient evaluation %.3f us"
              % (backend, r["lambdify_seconds"], r["seconds_per_gradient"] * 1e6))
    if args.json:
        print()
        print(json.dumps({"environment": env, "gradient": grad_result, "logistic": logistic_rows,
                          "lambdify": lam}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
