"""How the benchmarks measure: repeated timings, percentiles, memory peaks, one process each.

Each measurement that reports memory runs in a fresh Python process (`in_child`), so its
peak resident set size is its own and not that of whatever ran before it in the benchmark.
The child calls one function of a bench module and prints its result as JSON.

    python -m bench.measure MODULE:FUNCTION '{"keyword": "arguments"}'
"""

from __future__ import annotations

import importlib
import json
import math
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kg.errors import KgError

ROOT = Path(__file__).resolve().parents[1]


class BenchError(KgError):
    """A benchmark step failed: names the step and what went wrong."""


def repeat(run: Callable[[], object], *, budget: float, min_runs: int = 1, max_runs: int = 20) -> list[float]:
    """Seconds of each run of `run`: at least `min_runs`, then more while within `budget` seconds."""
    samples: list[float] = []
    while len(samples) < max_runs and (len(samples) < min_runs or sum(samples) < budget):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return samples


def percentile(samples: list[float], share: float) -> float:
    """Nearest-rank percentile: with fewer than 100 samples, p99 is the slowest run."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def rss_peak_mb() -> float:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def disk_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def sizes(text: str) -> list[int]:
    """Sizes from the command line: "100,1000" or "1e5,1e6"."""
    return [int(float(n)) for n in text.split(",") if n]


def in_child(target: str, **kwargs: object) -> dict:
    """Run `module:function(**kwargs)` in a fresh Python process; its result, with its memory peak."""
    command = [sys.executable, "-m", "bench.measure", target, json.dumps(kwargs)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"{target}({kwargs}) failed with exit code {done.returncode}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    target, kwargs = sys.argv[1], json.loads(sys.argv[2])
    module, function = target.split(":")
    result = getattr(importlib.import_module(module), function)(**kwargs)
    print(json.dumps(result | {"rss_peak_mb": round(rss_peak_mb(), 1)}))


if __name__ == "__main__":
    main()
