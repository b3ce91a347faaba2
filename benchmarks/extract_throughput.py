r"""Extraction throughput and peak memory on a 1,000-document corpus made by repeating the seeds.

    python benchmarks/extract_throughput.py [--docs 1000] [--jobs 2] [--repeats 3]

Builds the corpus in a temporary folder (the seeds under new doc_ids, about 4 MB), loads the
libraries and warms them up, then times ``extract`` in one process and with ``--jobs`` processes,
each ``--repeats`` times, and prints the medians (library loading excluded), the ratio of the two,
and the peak resident memory of each run (measured in a fresh child process, so that one run's
peak does not hide the next).

This machine's speed varies from hour to hour, so each run also times a fixed reference in the same
process: reading every word of the corpus once with a regular expression (``\w+``, lower-cased).
The ratio extraction / reference is the figure to compare across machines and days.
"""
from __future__ import annotations

import argparse
import multiprocessing
import re
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from kursk_research import config, extract, load_corpus


def build_corpus(folder: Path, n_docs: int) -> int:
    """Write ``n_docs`` documents (the seeds, repeated under new doc_ids) and their manifest; return the bytes."""
    seeds = load_corpus(config.SEED_CORPUS_DIR).documents
    lines = ["doc_id,published"]
    size = 0
    for index in range(n_docs):
        seed = seeds[index % len(seeds)]
        doc_id = f"bench_{index:05d}"
        (folder / f"{doc_id}.txt").write_text(seed.text, encoding="utf-8")
        lines.append(f"{doc_id},{seed.published.isoformat()}")
        size += len(seed.text.encode("utf-8"))
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return size


def _timed_run(folder: str, jobs: int, queue) -> None:
    """In a child process: load and warm up, then time one extraction; report seconds and peak RSS."""
    corpus = load_corpus(folder)
    extract(_warm_corpus(corpus), jobs=1)
    start = time.perf_counter()
    tables = extract(corpus, jobs=jobs)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    queue.put((seconds, peak_mb, children_mb, len(tables.figures), len(tables.attributions), len(tables.events),
               _reference_seconds(corpus)))


def _reference_seconds(corpus) -> float:
    """The reference: every word of the corpus read once, lower-cased."""
    words = re.compile(r"\w+")
    start = time.perf_counter()
    for document in corpus.documents:
        [match.group().lower() for match in words.finditer(document.text)]
    return time.perf_counter() - start


def _warm_corpus(corpus):
    """A one-document corpus, to load the lexicons and compile the patterns before timing."""
    from kursk_research.corpus import Corpus

    return Corpus(corpus.path, corpus.documents[:1], [], corpus.manifest_columns)


def measure(folder: Path, jobs: int, repeats: int) -> list[tuple]:
    context = multiprocessing.get_context("fork")
    runs = []
    for _ in range(repeats):
        queue = context.Queue()
        child = context.Process(target=_timed_run, args=(str(folder), jobs, queue))
        child.start()
        runs.append(queue.get())
        child.join()
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kursk-bench-"))
    try:
        size = build_corpus(folder, args.docs)
        print(f"corpus: {args.docs} documents, {size / 1e6:.2f} MB")
        medians = {}
        for jobs in (1, args.jobs):
            runs = measure(folder, jobs, args.repeats)
            seconds = statistics.median(run[0] for run in runs)
            peak = max(run[1] for run in runs)
            workers = max(run[2] for run in runs)
            reference = statistics.median(run[6] for run in runs)
            medians[jobs] = seconds
            print(f"jobs={jobs}: median {seconds:.2f} s over {args.repeats} runs = {size / 1e6 / seconds:.2f} MB/s, "
                  f"{args.docs / seconds:.0f} docs/s; peak RSS {peak:.0f} MB" + (f" (workers {workers:.0f} MB each)" if jobs > 1 else "")
                  + f"; {runs[0][3]} figures, {runs[0][4]} attributions, {runs[0][5]} events")
            print(f"        reference (every word read once): median {reference:.2f} s = {size / 1e6 / reference:.1f} MB/s; "
                  f"extraction takes {seconds / reference:.0f}x the reference")
        print(f"speed-up with {args.jobs} jobs: {medians[1] / medians[args.jobs]:.2f}x")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
