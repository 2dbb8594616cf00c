#!/usr/bin/env python3
"""The PyTorch peer of nabla-bench/adbench: ADBench's GMM and BA written here in PyTorch (float64, eager).

    adbench_torch.py gmm|ba FILE --method M [--json] [--repeat-seconds S]

GMM methods: autograd (forward, then backward).
BA methods: autograd (the residuals of all blocks at once, then one backward pass per residual row of a
block: the blocks are independent, so the gradient of a row summed over the blocks is every block's row),
jacobian-vectorized (torch.autograd.functional.jacobian(vectorize=True) of the same sum).
Timings: the minimum over repeats totalling at least S seconds, after a warm-up as long. The test files are
checked against ADBench's published values first; a wrong result exits with status 1, untimed. Bad input
exits with status 2.
"""
import argparse
import json
import math
import sys
import time

import torch

torch.set_default_dtype(torch.float64)

GMM_TEST_OBJECTIVE = 8.07380408004975791
GMM_TEST_GRADIENT = [
    0.108662855508652456, -0.741270039523898472, 0.632607184015246071,
    1.11692576532787013, 0.163333013551455269, -0.0219989824071193142, 0.227778292254236098,
    1.20963025612832187, -0.0606375920733956339,
    2.58529994051162237, 0.112632694524213789, 0.385744309849611777, 0.0735180573182305508,
    5.41836362715595232, -0.321494409677446469, 1.71892309775004937, 0.860091090790866875,
    -0.994640930466322848]
BA_TEST_REPROJECTION = (-0.269048849235189402, 0.259944792677901881)
BA_TEST_WEIGHT_RESIDUAL = 0.826092651515999976


class BadInput(Exception):
    pass


class CheckFailed(Exception):
    pass


def read_rows(path):
    try:
        with open(path) as f:
            lines = [(i + 1, line.split()) for i, line in enumerate(f) if line.strip()]
    except OSError as e:
        raise BadInput(f"{path}: cannot read the file ({e.strerror})")
    rows = []
    for number, tokens in lines:
        try:
            rows.append((number, [float(t) for t in tokens]))
        except ValueError:
            raise BadInput(f"{path}:{number}: not a list of numbers")
    return rows


def take(path, rows, at, count, what):
    if at >= len(rows):
        raise BadInput(f"{path}: end of file, expected {what} ({count} numbers)")
    number, values = rows[at]
    if len(values) != count:
        raise BadInput(f"{path}:{number}: expected {what} ({count} numbers), found {len(values)}")
    return values


def read_gmm(path):
    rows = read_rows(path)
    d, k, n = (int(v) for v in take(path, rows, 0, 3, "d k n"))
    at = 1
    alphas = [take(path, rows, at + j, 1, "alpha")[0] for j in range(k)]
    at += k
    means = [take(path, rows, at + j, d, "mean") for j in range(k)]
    at += k
    icf = [take(path, rows, at + j, d * (d + 1) // 2, "icf") for j in range(k)]
    at += k
    remaining = len(rows) - at
    if remaining == n + 1:
        x = [take(path, rows, at + i, d, "point") for i in range(n)]
    elif remaining == 2:
        x = [take(path, rows, at, d, "point")] * n
    else:
        raise BadInput(f"{path}: expected {n} points (or one to repeat) and 'gamma m', found {remaining} lines")
    gamma, m = take(path, rows, len(rows) - 1, 2, "gamma m")
    t = torch.tensor
    return dict(d=d, k=k, n=n, alphas=t(alphas), means=t(means), icf=t(icf), x=t(x), gamma=gamma, m=int(m))


def lower_indices(d):
    """Rows and columns of the strictly lower triangle, filled column by column."""
    rows, cols = [], []
    for c in range(d):
        for r in range(c + 1, d):
            rows.append(r)
            cols.append(c)
    return torch.tensor(rows, dtype=torch.long), torch.tensor(cols, dtype=torch.long)


def log_gamma_d(a, d):
    return d * (d - 1) / 4 * math.log(math.pi) + sum(math.lgamma(a + (1 - j) / 2) for j in range(1, d + 1))


def gmm_objective(alphas, means, icf, x, gamma, m, rows, cols):
    n, d = x.shape
    k = alphas.shape[0]
    q = icf[:, :d]
    l_values = icf[:, d:]
    diagonal = torch.exp(q)
    sum_q = q.sum(1)
    lower = torch.zeros(k, d, d)
    lower[:, rows, cols] = l_values
    centred = x[:, None, :] - means[None, :, :]                       # n, k, d
    q_times = diagonal[None] * centred + torch.einsum('kij,nkj->nki', lower, centred)
    inner = alphas[None] + sum_q[None] - 0.5 * (q_times ** 2).sum(2)   # n, k
    big_n = d + m + 1
    c = big_n * d * (math.log(gamma) - 0.5 * math.log(2)) - log_gamma_d(big_n / 2, d)
    prior = (0.5 * gamma * gamma * ((diagonal ** 2).sum(1) + (l_values ** 2).sum(1)) - m * sum_q).sum()
    return (torch.logsumexp(inner, 1).sum() - n * torch.logsumexp(alphas, 0) + prior
            - k * c - n * d * 0.5 * math.log(2 * math.pi))


def read_ba(path):
    rows = read_rows(path)
    n, m, p = (int(v) for v in take(path, rows, 0, 3, "n m p"))
    cam = take(path, rows, 1, 11, "camera")
    point = take(path, rows, 2, 3, "point")
    w = take(path, rows, 3, 1, "weight")[0]
    feat = take(path, rows, 4, 2, "feature")
    if len(rows) != 5:
        raise BadInput(f"{path}:{rows[5][0]}: unexpected content after the feature line")
    obs = torch.arange(p)
    return dict(n=n, m=m, p=p, cams=torch.tensor([cam] * n), points=torch.tensor([point] * m),
                weights=torch.full((p,), w), features=torch.tensor([feat] * p), cam_of=obs % n, point_of=obs % m)


def ba_blocks(data):
    """The 15 inputs of every block, p x 15: camera, point, weight."""
    return torch.cat([data['cams'][data['cam_of']], data['points'][data['point_of']], data['weights'][:, None]], 1)


def rotate(r, y):
    sq = (r * r).sum(1, keepdim=True)
    nonzero = sq != 0
    theta = torch.sqrt(torch.where(nonzero, sq, torch.ones_like(sq)))
    axis = r / theta
    cos, sin = torch.cos(theta), torch.sin(theta)
    rodrigues = (y * cos + torch.cross(axis, y, dim=1) * sin
                 + axis * ((axis * y).sum(1, keepdim=True) * (1 - cos)))
    return torch.where(nonzero, rodrigues, y + torch.cross(r, y, dim=1))


def ba_reprojection(blocks, features):
    r, c, f, x0, kappa = blocks[:, 0:3], blocks[:, 3:6], blocks[:, 6:7], blocks[:, 7:9], blocks[:, 9:11]
    point, w = blocks[:, 11:14], blocks[:, 14:15]
    rotated = rotate(r, point - c)
    u = rotated[:, 0:2] / rotated[:, 2:3]
    rsq = (u * u).sum(1, keepdim=True)
    distorted = u * (1 + kappa[:, 0:1] * rsq + kappa[:, 1:2] * rsq * rsq)
    return w * (distorted * f + x0 - features)


def ba_residuals(data):
    blocks = ba_blocks(data)
    reprojection = ba_reprojection(blocks, data['features'])
    return torch.cat([reprojection.reshape(-1), 1 - data['weights'] ** 2])


def ba_jacobian(data, method):
    """Block rows (p, 2, 15) and weight derivatives (p)."""
    blocks = ba_blocks(data).detach()
    features = data['features']
    if method == 'autograd':
        blocks.requires_grad_(True)
        r = ba_reprojection(blocks, features)
        row0, = torch.autograd.grad(r[:, 0].sum(), blocks, retain_graph=True)
        row1, = torch.autograd.grad(r[:, 1].sum(), blocks)
        rows = torch.stack([row0, row1], 1)
    elif method == 'jacobian-vectorized':
        j = torch.autograd.functional.jacobian(lambda b: ba_reprojection(b, features).sum(0), blocks, vectorize=True)
        rows = j.permute(1, 0, 2)
    else:
        raise BadInput(f"unknown BA method '{method}'; valid: autograd, jacobian-vectorized")
    w = data['weights'].detach().clone().requires_grad_(True)
    dw, = torch.autograd.grad((1 - w ** 2).sum(), w)
    return rows, dw


def ba_csr(data, rows, dw):
    n, m, p = data['n'], data['m'], data['p']
    obs = torch.arange(p)
    block_cols = torch.cat([11 * data['cam_of'][:, None] + torch.arange(11)[None],
                            11 * n + 3 * data['point_of'][:, None] + torch.arange(3)[None],
                            (11 * n + 3 * m + obs)[:, None]], 1)                  # p, 15
    cols = torch.cat([block_cols.repeat_interleave(2, 0).reshape(-1), 11 * n + 3 * m + obs])
    vals = torch.cat([rows.reshape(-1), dw])
    starts = torch.cat([torch.arange(2 * p + 1) * 15, 30 * p + 1 + torch.arange(p)])
    return {"rows": starts.tolist(), "cols": cols.tolist(), "vals": vals.tolist(), "shape": [3 * p, 11 * n + 3 * m + p]}


def minimum_seconds(body, seconds):
    """Minimum wall-clock and thread CPU seconds per run; runs under a millisecond are timed in batches of about one."""
    start = time.perf_counter()
    end = start + seconds
    runs = 0
    while time.perf_counter() < end or runs < 3:
        body()
        runs += 1
    batch = max(1, min(1000000, math.ceil(1e-3 / ((time.perf_counter() - start) / runs))))
    best, best_cpu, total, repeats = math.inf, math.inf, 0.0, 0
    while total < seconds or repeats < 1:
        start_cpu = time.thread_time()
        start = time.perf_counter()
        for _ in range(batch):
            body()
        elapsed = time.perf_counter() - start
        best_cpu = min(best_cpu, time.thread_time() - start_cpu)
        best = min(best, elapsed)
        total += elapsed
        repeats += batch
    return best / batch, best_cpu / batch, repeats


def check_close(what, actual, expected, tolerance):
    for i, (a, e) in enumerate(zip(actual, expected)):
        if not abs(a - e) <= tolerance:
            raise CheckFailed(f"{what}[{i}] = {a!r}, expected {e!r}")


def run_gmm(args):
    data = read_gmm(args.file)
    if args.method != 'autograd':
        raise BadInput(f"unknown GMM method '{args.method}'; valid: autograd")
    rows, cols = lower_indices(data['d'])
    fixed = (data['x'], data['gamma'], data['m'], rows, cols)
    params = [data['alphas'], data['means'], data['icf']]

    def objective():
        with torch.no_grad():
            return gmm_objective(*params, *fixed)

    def gradient():
        leaves = [t.detach().clone().requires_grad_(True) for t in params]
        value = gmm_objective(*leaves, *fixed)
        value.backward()
        return value, torch.cat([t.grad.reshape(-1) for t in leaves])

    value, grad = gradient()
    value, grad = value.item(), grad.tolist()
    check = "none here (compared with Nabla by the run)"
    if data['d'] == 2 and data['k'] == 3 and data['n'] == 1 and data['alphas'][0].item() == -0.649014:
        check_close("objective", [value], [GMM_TEST_OBJECTIVE], 1e-10)
        check_close("gradient", grad, GMM_TEST_GRADIENT, 1e-10)
        check = "ADBench reference values, absolute 1e-10"
    t_objective = minimum_seconds(objective, args.repeat_seconds)
    t_gradient = minimum_seconds(gradient, args.repeat_seconds)
    return dict(objective=value, gradient=grad, parameters=len(grad)), check, t_objective, t_gradient


def run_ba(args):
    data = read_ba(args.file)
    if args.method not in ('autograd', 'jacobian-vectorized'):
        raise BadInput(f"unknown BA method '{args.method}'; valid: autograd, jacobian-vectorized")
    residuals = ba_residuals(data)
    rows, dw = ba_jacobian(data, args.method)
    jacobian = ba_csr(data, rows, dw)
    check = "none here (compared with Nabla by the run)"
    p = data['p']
    if (data['n'], data['m'], p) == (2, 10, 10) and data['weights'][0].item() == 0.417022:
        check_close("reprojection residuals", residuals[:2 * p].tolist(), BA_TEST_REPROJECTION * p, 1e-10)
        check_close("weight residuals", residuals[2 * p:].tolist(), [BA_TEST_WEIGHT_RESIDUAL] * p, 1e-10)
        if len(jacobian['vals']) != 310:
            raise CheckFailed(f"{len(jacobian['vals'])} non-zeros, expected 310")
        check = "ADBench reference residuals (absolute 1e-10) and 310 non-zeros"

    def objective():
        with torch.no_grad():
            return ba_residuals(data)

    t_objective = minimum_seconds(objective, args.repeat_seconds)
    t_jacobian = minimum_seconds(lambda: ba_jacobian(data, args.method), args.repeat_seconds)
    return dict(objective=residuals.tolist(), jacobian=jacobian), check, t_objective, t_jacobian


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('problem', choices=['gmm', 'ba'])
    parser.add_argument('file')
    parser.add_argument('--method', required=True)
    parser.add_argument('--json', action='store_true')
    parser.add_argument('--repeat-seconds', type=float, default=0.5)
    args = parser.parse_args()
    try:
        result, check, (t_obj, c_obj, n_obj), (t_der, c_der, n_der) = (run_gmm if args.problem == 'gmm' else run_ba)(args)
    except BadInput as e:
        print(f"adbench_torch: {e}", file=sys.stderr)
        return 2
    except CheckFailed as e:
        print(f"adbench_torch: check failed, not timed: {e}", file=sys.stderr)
        return 1
    out = dict(problem=args.problem, file=args.file.rsplit('/', 1)[-1], method=args.method, peer="pytorch " + torch.__version__,
               threads=torch.get_num_threads(), check=check, seconds_objective=t_obj, seconds_derivative=t_der,
               cpu_seconds_objective=c_obj, cpu_seconds_derivative=c_der,
               repeats_objective=n_obj, repeats_derivative=n_der, **result)
    if args.json:
        print(json.dumps(out))
    else:
        print(f"{args.problem} {out['file']}, method {args.method}, check: {check}")
        print(f"objective {t_obj:.6g} s (min of {n_obj}), derivative {t_der:.6g} s (min of {n_der}), ratio {t_der / t_obj:.2f}")
    return 0


if __name__ == '__main__':
    sys.exit(main())
