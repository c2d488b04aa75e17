#!/usr/bin/env python3
"""SciPy SLSQP on the budget optimizer's benchmark problems (issue 16).

Writes test/budget/fixtures/slsqp.json: for each problem (seeded, so the
TypeScript side rebuilds the same channels from the same numbers), the best
of 50 SLSQP starts, its value before and after rounding to cents, and the
time the 50 starts took. Uses Debian's python3-scipy when present; skips
with a message otherwise. Run: python3 bench/budget-slsqp.py
"""
import json
import math
import os
import random
import sys
import time

try:
    import numpy as np
    from scipy.optimize import minimize
except ImportError:  # pragma: no cover
    print("budget-slsqp: SciPy is not installed (apt-get install -y python3-scipy); skipping.")
    sys.exit(0)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "budget", "fixtures", "slsqp.json")


def problem(kind, n, seed):
    rnd = random.Random(seed)
    channels = []
    for i in range(n):
        if kind == "michaelisMenten":
            params = {"beta": round(500 + 4500 * rnd.random(), 2), "kappa": round(100 + 1900 * rnd.random(), 2)}
        else:
            params = {"beta": round(500 + 4500 * rnd.random(), 2), "alpha": round(1.2 + 2.3 * rnd.random(), 3), "gamma": round(100 + 1900 * rnd.random(), 2)}
        channels.append({"id": f"c{i}", "curve": {"kind": kind, "params": params}})
    total = round(300 * n * (0.5 + rnd.random()))
    return {"name": f"{kind}-{n}-{seed}", "kind": kind, "total": total, "channels": channels}


def value_fn(channels):
    def f(x):
        s = 0.0
        for c, xi in zip(channels, x):
            p = c["curve"]["params"]
            xi = max(xi, 0.0)
            if c["curve"]["kind"] == "michaelisMenten":
                s += p["beta"] * xi / (p["kappa"] + xi)
            else:
                r = (xi / p["gamma"]) ** p["alpha"]
                s += p["beta"] * r / (1 + r)
        return s
    return f


def grad_fn(channels):
    def g(x):
        out = []
        for c, xi in zip(channels, x):
            p = c["curve"]["params"]
            xi = max(xi, 0.0)
            if c["curve"]["kind"] == "michaelisMenten":
                out.append(p["beta"] * p["kappa"] / (p["kappa"] + xi) ** 2)
            else:
                a, gm = p["alpha"], p["gamma"]
                if xi <= 0:
                    out.append(0.0)
                    continue
                r = (xi / gm) ** a
                out.append(p["beta"] * a * r / (xi * (1 + r) ** 2))
        return np.array(out)
    return g


def round_cents(x, total):
    units = [max(0.0, v) * 100 for v in x]
    floors = [math.floor(u) for u in units]
    left = int(round(total * 100)) - sum(floors)
    order = sorted(range(len(x)), key=lambda i: (-(units[i] - floors[i]), i))
    k = 0
    while left > 0:
        floors[order[k % len(order)]] += 1
        left -= 1
        k += 1
    while left < 0:
        i = order[-1 - (k % len(order))]
        if floors[i] > 0:
            floors[i] -= 1
            left += 1
        k += 1
    return [f / 100 for f in floors]


def solve(p, starts=50):
    ch = p["channels"]
    n = len(ch)
    total = float(p["total"])
    f = value_fn(ch)
    g = grad_fn(ch)
    rnd = np.random.default_rng(12345)
    best = None
    t0 = time.perf_counter()
    for s in range(starts):
        x0 = np.full(n, total / n) if s == 0 else rnd.dirichlet(np.ones(n)) * total
        res = minimize(lambda x: -f(x), x0, jac=lambda x: -g(x), method="SLSQP",
                       bounds=[(0, total)] * n,
                       constraints=[{"type": "eq", "fun": lambda x: np.sum(x) - total, "jac": lambda x: np.ones(n)}],
                       options={"maxiter": 500, "ftol": 1e-12})
        x = np.clip(res.x, 0, total)
        x = x * (total / np.sum(x)) if np.sum(x) > 0 else x
        v = f(x)
        if best is None or v > best[0]:
            best = (v, x.tolist())
    elapsed = time.perf_counter() - t0
    rounded = round_cents(best[1], total)
    return {"value": best[0], "x": best[1], "roundedValue": f(rounded), "seconds": elapsed, "starts": starts}


def main():
    problems = []
    for kind in ("michaelisMenten", "hill"):
        for n in (2, 10, 50):
            for seed in (1, 2, 3):
                p = problem(kind, n, seed)
                p["slsqp"] = solve(p)
                problems.append(p)
                print(f"{p['name']}: best {p['slsqp']['value']:.6f} in {p['slsqp']['seconds']:.3f} s", flush=True)
    import scipy
    doc = {"generator": "bench/budget-slsqp.py", "scipy": scipy.__version__, "problems": problems}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as fh:
        json.dump(doc, fh, indent=1)
        fh.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
