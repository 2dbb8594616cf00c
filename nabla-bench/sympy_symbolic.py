#!/usr/bin/python3
"""SymPy's side of nabla-bench/run-symbolic.sh, used when the corpus script
nabla-symbolic/src/test/python/sympy_bench.py is absent. Prints one JSON object with the keys
that script's --json output has: gradient.diff_seconds, logistic[k].count_ops_*, *_seconds,
lambdify.<backend>.seconds_per_gradient. Timings: best of --repeats, SymPy cache cleared first."""
import argparse, json, platform, random, sys, time, timeit
import sympy as sp
from sympy.core.cache import clear_cache


def best(fn, repeats):
    t, r = float("inf"), None
    for _ in range(repeats):
        clear_cache()
        t0 = time.perf_counter()
        r = fn()
        t = min(t, time.perf_counter() - t0)
    return t, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    n = 200
    xs = sp.symbols("x0:%d" % n, real=True)
    f = sp.Add(*[sp.sin(xs[i]) * sp.exp(xs[i + 1]) * sp.log(1 + xs[i + 2] ** 2) for i in range(n - 2)])
    t_grad, grad = best(lambda: [sp.diff(f, v) for v in xs], a.repeats)
    rows = []
    x = sp.Symbol("x", real=True)
    for k in range(1, 9):
        l = x
        for _ in range(k):
            l = 4 * l * (1 - l)
        t_diff, df = best(lambda: sp.diff(l, x), a.repeats)
        t_cse, (rep, red) = best(lambda: sp.cse(df), a.repeats)
        rows.append({"k": k, "count_ops_f": int(sp.count_ops(l)), "count_ops_df": int(sp.count_ops(df)),
                     "count_ops_df_after_cse": int(sum(sp.count_ops(e) for _, e in rep) + sum(sp.count_ops(e) for e in red)),
                     "diff_seconds": t_diff, "cse_seconds": t_cse})
    rng = random.Random(1)
    point = [rng.uniform(-1, 1) for _ in xs]
    lam = {}
    backends = ["math"]
    try:
        import numpy  # noqa: F401
        backends.insert(0, "numpy")
    except ImportError:
        pass
    for b in backends:
        fn = sp.lambdify(xs, grad, b)
        timer = timeit.Timer(lambda: fn(*point))
        number, _ = timer.autorange()
        lam[b] = {"seconds_per_gradient": min(timer.repeat(repeat=5, number=number)) / number}
    print(json.dumps({"environment": {"sympy": sp.__version__, "python": platform.python_version()},
                      "gradient": {"n": n, "diff_seconds": t_grad}, "logistic": rows, "lambdify": lam}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
