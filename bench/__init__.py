"""Build-speed benchmarks for Cramp Atlas: `make bench` (python -m bench)."""
