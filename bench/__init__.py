"""Benchmarks: `make bench`. Each prints rates as ratios against a baseline run in the same process."""
