"""Run every benchmark in this folder, one after another (``make bench``).

Each benchmark measures its stage against a baseline in the same run and prints ratios;
nothing here is a timed test. Run on an otherwise idle machine for stable numbers.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["bench_segment.py", "bench_readability.py", "bench_quotes.py", "bench_ner.py", "bench_pipeline.py"]


def main() -> int:
    status = 0
    for name in ORDER:
        print(f"\n=== {name}", flush=True)
        status |= subprocess.call([sys.executable, str(HERE / name), *sys.argv[1:2]])
    return status


if __name__ == "__main__":
    raise SystemExit(main())
