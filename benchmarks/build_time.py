"""How long ``kursk-research build`` takes on a corpus (default: the seeds), as the median of a few runs.

    python benchmarks/build_time.py [--runs 3] [--corpus DIR] [--jobs N] [--limit 30]

Each run builds every report into a fresh temporary folder, as cron would. Prints each run's time and
the median, and exits 1 if the median exceeds ``--limit`` seconds (the target: 30 s on 2 cores).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kursk_research import build, config


def time_builds(corpus: Path, runs: int, jobs: int | None) -> list[float]:
    """The wall-clock seconds of ``runs`` complete builds of ``corpus``."""
    seconds = []
    for run in range(1, runs + 1):
        with tempfile.TemporaryDirectory(prefix="kursk-build-time-") as folder:
            started = time.perf_counter()
            build.build(corpus, Path(folder) / "reports", jobs=jobs, log=lambda line: None)
            seconds.append(time.perf_counter() - started)
        print(f"run {run}: {seconds[-1]:.1f} s", flush=True)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=config.SEED_CORPUS_DIR)
    parser.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: all)")
    parser.add_argument("--limit", type=float, default=30.0, help="the median must stay under this many seconds")
    args = parser.parse_args(argv)
    seconds = time_builds(args.corpus, args.runs, args.jobs)
    median = statistics.median(seconds)
    print(f"median of {args.runs} builds of {args.corpus.name} on {os.cpu_count()} CPUs: {median:.1f} s "
          f"(limit {args.limit:.0f} s)")
    return 0 if median <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
