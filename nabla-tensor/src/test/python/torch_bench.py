"""PyTorch's side of nabla-tensor's TensorBenchmark: the same workloads, the same thread count.

Prints one "name<TAB>value" line per measure (the names match the Java side). Usage:
    python3 torch_bench.py THREADS
"""
import sys
import time

import numpy as np
import torch


def timed(body, reps, warm_seconds):
    end = time.perf_counter() + warm_seconds
    while time.perf_counter() < end:
        body()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        body()
        times.append(time.perf_counter() - t0)
    return min(times)


def timed_after(setup, body, reps, warm_seconds):
    end = time.perf_counter() + warm_seconds
    while time.perf_counter() < end:
        setup()
        body()
    times = []
    for _ in range(reps):
        setup()
        t0 = time.perf_counter()
        body()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    torch.set_num_threads(threads)
    ops = 1000
    x = torch.tensor([1.0], requires_grad=True)
    last = [None]

    def forward():
        y = x
        for _ in range(ops // 2):
            y = y.mul(1.0001).add(0.0001)
        last[0] = y

    fwd = timed(forward, 41, 3)
    bwd = timed_after(forward, lambda: last[0].backward(), 41, 3)
    print(f"chain forward µs/op\t{fwd / ops * 1e6}")
    print(f"chain backward µs/op\t{bwd / ops * 1e6}")

    rng = np.random.RandomState(0)
    data = torch.tensor(rng.randn(64, 784), dtype=torch.float32)
    target = torch.tensor(rng.randint(0, 10, 64))
    w1 = torch.tensor(rng.randn(256, 784) * 0.03, dtype=torch.float32, requires_grad=True)
    b1 = torch.zeros(256, requires_grad=True)
    w2 = torch.tensor(rng.randn(10, 256) * 0.06, dtype=torch.float32, requires_grad=True)
    b2 = torch.zeros(10, requires_grad=True)
    opt = torch.optim.SGD([w1, b1, w2, b2], lr=0.01)
    F = torch.nn.functional

    def step():
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(F.linear(F.linear(data, w1, b1).relu(), w2, b2), target)
        loss.backward()
        opt.step()

    print(f"MLP step ms\t{timed(step, 41, 4) * 1e3}")

    for dtype, name in ((torch.float32, "float32"), (torch.float64, "float64")):
        for n in (256, 512, 1024):
            a = torch.randn(n, n, dtype=dtype)
            b = torch.randn(n, n, dtype=dtype)
            t = timed(lambda: torch.mm(a, b), 7 if n >= 1024 else 21, 4 if n >= 1024 else 2)
            print(f"matmul {n} {name} GFLOP/s\t{2.0 * n ** 3 / t / 1e9}")


if __name__ == "__main__":
    main()
