"""kg benchmarks: `python -m bench.run` runs them all and writes `bench/results.md`."""
