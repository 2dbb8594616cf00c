#!/usr/bin/python3
"""Joins the Nabla side (JMH JSON, SymbolicCounts lines) and the SymPy side (JSON) of
run-symbolic.sh into one Markdown table with ratios. Usage: symbolic_table.py DIR"""
import json, os, sys


def sympy_results(path):
    text = open(path).read()
    start = text.find("\n{") + 1 if not text.startswith("{") else 0
    return json.loads(text[start:])


def jmh_results(path):
    scores = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        key = name[-2] + "." + name[-1]
        params = r.get("params") or {}
        if "k" in params:
            key += "[k=%s]" % params["k"]
        unit = r["primaryMetric"]["scoreUnit"]
        scale = {"ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9, "s/op": 1.0}[unit]
        raw = [v for fork in r["primaryMetric"].get("rawData", []) for v in fork]
        best = min(raw) * scale if raw else float("nan")
        error = r["primaryMetric"]["scoreError"]
        error = error * scale if isinstance(error, (int, float)) else float("nan")
        scores[key] = (r["primaryMetric"]["score"] * scale, error, best)
    return scores


def fmt_time(s):
    if s >= 1:
        return "%.2f s" % s
    if s >= 1e-3:
        return "%.2f ms" % (s * 1e3)
    return "%.2f µs" % (s * 1e6)


def main(d):
    j = jmh_results(os.path.join(d, "jmh.json"))
    sp = sympy_results(os.path.join(d, "sympy.json"))
    counts = [json.loads(line) for line in open(os.path.join(d, "counts.jsonl")) if line.strip()]
    logistic = {c["logistic"]: c for c in counts if "logistic" in c}
    out = []
    p = out.append
    p("Nabla: JMH (mean ± 99.9%% CI); SymPy %s: best of 3, cache cleared." % sp["environment"]["sympy"])
    p("")
    p("**Gradient of Σ sin(xᵢ)·exp(xᵢ₊₁)·log(1 + xᵢ₊₂²), 200 variables**")
    p("")
    p("| | Nabla mean ± CI (best) | SymPy `[diff(f, v) for v in xs]`, best | SymPy / Nabla (mean) | target |")
    p("|---|---:|---:|---:|---:|")
    t_sp = sp["gradient"]["diff_seconds"]
    for key, label in (("GradientDiffBenchmark.diffAndSimplify", "Nabla diff + simplify"),
                       ("GradientDiffBenchmark.diffOnly", "Nabla diff only")):
        t, e, b = j[key]
        p("| %s | %s ± %s (%s) | %s | %.0f× | ≥ 100× |" % (label, fmt_time(t), fmt_time(e), fmt_time(b), fmt_time(t_sp), t_sp / t))
    p("")
    p("**Logistic map lₖ₊₁ = 4lₖ(1 − lₖ): size of f′ (count_ops) and time of diff + CSE**")
    p("")
    p("Nabla: mean of JMH single shots, each after a GC; SymPy: best of 3 of diff + best of 3 of cse.")
    p("")
    p("| k | ops f′ Nabla | ops f′ SymPy | ops f′ simplified (Nabla) | ops after CSE Nabla | ops after CSE SymPy | nodes f′ (Nabla DAG) | diff + CSE Nabla | diff + cse SymPy | SymPy / Nabla |")
    p("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in sp["logistic"]:
        k = r["k"]
        c = logistic[k]
        t = j["LogisticBenchmark.diffAndCse[k=%d]" % k][0]
        ts = r["diff_seconds"] + r["cse_seconds"]
        p("| %d | %d | %d | %d | %d | %d | %d | %s | %s | %.0f× |" % (
            k, c["ops_df"], r["count_ops_df"], c["ops_df_simplified"], c["ops_df_cse"], r["count_ops_df_after_cse"],
            c["nodes_df"], fmt_time(t), fmt_time(ts), ts / t))
    p("")
    p("**One evaluation of the 200-variable gradient**")
    p("")
    hand = j["GradientEvalBenchmark.handWritten"][0]
    p("| | time per gradient | / hand-written Java |")
    p("|---|---:|---:|")
    for key, label in (("GradientEvalBenchmark.compiled", "Nabla compiled bytecode"),
                       ("GradientEvalBenchmark.handWritten", "hand-written Java"),
                       ("GradientEvalBenchmark.interpreted", "Nabla interpreter (DoublePlan)")):
        t, e, _ = j[key]
        p("| %s | %s ± %s | %.2f |" % (label, fmt_time(t), fmt_time(e), t / hand))
    for backend, r in sp["lambdify"].items():
        t = r["seconds_per_gradient"]
        p("| SymPy lambdify (%s) | %s | %.1f |" % (backend, fmt_time(t), t / hand))
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
