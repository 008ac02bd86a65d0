"""Benchmark of the comparison stage at newsroom scale (a benchmark, not a test).

Generates synthetic claims files (`bench/synthetic.py`: several outlets per story, each in its own
style, English and Arabic, a few facts altered in one outlet), times `check --claims FILE` on each in
a fresh process and prints wall time (the median of --runs runs, each writing the JSON report to a
file), peak memory (all processes, from one more run), the time and peak memory of one run drawing
the terminal report (the default) instead, and how many of the planted alterations were found.

A shared machine's speed drifts (by a third or more within an hour on a 2-core cloud machine), so
before each timed run a fixed pure-Python workload is timed in a fresh process too: its times,
printed beside the runs', tell a slow hour from a slow change.

    python bench/compare_bench.py                 # 1,000 and 10,000 articles
    python bench/compare_bench.py --sizes 1000 100000 --keep /tmp/claims
    python bench/compare_bench.py --quick         # 200 articles: finishes, finds every alteration

The generated data is synthetic and labelled as such in each file ("source" of every article).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import KINDS, Corpus, generate  # noqa: E402


def run_once(path: Path, sample_memory: bool, terminal: bool = False) -> tuple[float, float, int]:
    """Seconds, peak memory (MiB, 0 when not sampled) and exit code of `check --claims path` in a fresh
    process, writing the JSON report to a file (or, with `terminal`, the default terminal report to
    stdout, thrown away). Memory is the highest sum over the process and its workers of their proportional set size
    (shared pages counted once), sampled every 250 ms, and never less than the largest process's peak
    RSS. Sampling costs the kernel a walk of the processes' memory (tens of milliseconds at 10,000
    articles, a fifth of a core), so a run that is timed is not sampled."""
    started = time.perf_counter()
    report = [] if terminal else ["--format", "json", "--output", str(path.with_suffix(".report.json"))]
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker.cli", "--claims", str(path), *report, "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    peak = 0.0
    if sample_memory:
        while proc.poll() is None:
            peak = max(peak, _tree_pss_mib(proc.pid))
            time.sleep(0.25)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    stderr = proc.communicate()[1]
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        print(stderr, file=sys.stderr)
    return seconds, peak, proc.returncode


# A fixed workload of the kind the comparison does (dict look-ups, string splits, small tuples), in
# pure Python on one core: about a second on the machine the README's figures come from.
_REFERENCE = """
words = [f"w{n % 5000}" for n in range(60_000)]
table = {w: len(w) for w in words}
total = 0
for _ in range(25):
    for text in (" ".join(words[n:n + 12]) for n in range(0, len(words), 12)):
        total += sum(table[w] for w in text.split(" "))
        total += len(tuple((w, w[:2]) for w in text.split(" ")))
"""


def reference_seconds() -> float:
    """Seconds the fixed reference workload takes in a fresh process, start-up included."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _REFERENCE], check=True)
    return time.perf_counter() - started


def _tree_pss_mib(pid: int) -> float:
    """Proportional set size of a process and all its descendants, in MiB (0 without /proc)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                total += next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
            with open(f"/proc/{current}/task/{current}/children") as children:
                pending.extend(int(child) for child in children.read().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def planted_vs_found(corpus: Corpus, report: dict) -> list[str]:
    """Per kind: planted alterations, how many a finding of that kind names (the altered article is
    one of its sides), and findings on stories where nothing was altered (false alarms)."""
    articles_of = [{side["article"] for side in c["sides"]} for c in report["contradictions"]]
    altered_stories = {p.story for p in corpus.planted}
    lines = []
    for kind in KINDS:
        planted = [p for p in corpus.planted if p.kind == kind]
        found = sum(1 for p in planted if any(
            c["kind"] == kind and p.article in arts for c, arts in zip(report["contradictions"], articles_of)))
        lines.append(f"  {kind:<12} planted {len(planted):>4}  found {found:>4}")
    clean = Counter(c["severity"] for c, arts in zip(report["contradictions"], articles_of)
                    if not any(int(a[1:7]) in altered_stories for a in arts))
    lines.append("  findings on stories with nothing altered: "
                 + (", ".join(f"{clean[s]} {s}" for s in ("high", "medium", "low") if clean[s]) or "none"))
    return lines


def missed(corpus: Corpus, report: dict) -> list[str]:
    """The planted alterations no finding of their kind names."""
    return [f"{p.kind} in {p.article}" for p in corpus.planted if not any(
        c["kind"] == p.kind and p.article in {side["article"] for side in c["sides"]} for c in report["contradictions"])]


def quick() -> int:
    """The many-stories corpus at 200 articles: it finishes and every planted alteration is found."""
    with tempfile.TemporaryDirectory(prefix="check-bench-") as folder:
        path = Path(folder) / "claims-200.json"
        corpus = generate(200)
        path.write_text(json.dumps(corpus.as_claims_file(), ensure_ascii=False), encoding="utf-8")
        seconds, _, code = run_once(path, sample_memory=False)
        report = json.loads(path.with_suffix(".report.json").read_text(encoding="utf-8"))
    lost = missed(corpus, report)
    print(f"     200 articles {len(corpus.claims):>9} claims  {seconds:7.2f} s  exit {code}  "
          f"{len(corpus.planted) - len(lost)} of {len(corpus.planted)} planted alterations found", flush=True)
    print("\n".join(planted_vs_found(corpus, report)), flush=True)
    return 1 if lost or code not in (0, 1) else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per size; the median is shown (default 3)")
    parser.add_argument("--famous", type=float, default=0.0, metavar="SHARE",
                        help="share of the stories in which one of a few famous people speaks first, in one of two "
                             "capitals (a crowded news cycle: a president quoted by half the wire); default 0")
    parser.add_argument("--quick", action="store_true",
                        help="200 articles, one run, no timing: exits 1 unless every planted alteration is found")
    args = parser.parse_args()
    if args.quick:
        sys.exit(quick())
    folder = args.keep or Path(tempfile.mkdtemp(prefix="check-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        path = folder / (f"claims-{size}.json" if not args.famous else f"claims-{size}-famous{args.famous:g}.json")
        corpus = generate(size, famous_share=args.famous)
        path.write_text(json.dumps(corpus.as_claims_file(), ensure_ascii=False), encoding="utf-8")
        timed, reference = [], []
        for _ in range(args.runs):
            reference.append(reference_seconds())
            timed.append(run_once(path, sample_memory=False))
        _, peak, code = run_once(path, sample_memory=True)
        terminal_seconds, terminal_peak, _ = run_once(path, sample_memory=True, terminal=True)
        report = json.loads(path.with_suffix(".report.json").read_text(encoding="utf-8"))
        seconds = statistics.median(t for t, _, _ in timed)
        rows.append((size, seconds))
        spread = f" (runs: {', '.join(f'{t:.2f}' for t, _, _ in timed)})" if args.runs > 1 else ""
        print(f"{size:>8} articles {len(corpus.claims):>9} claims  {seconds:7.2f} s  peak {peak:7.0f} MiB  "
              f"{len(report['contradictions'])} contradictions  exit {code}{spread}", flush=True)
        print(f"  the terminal report (check's default) instead of JSON: {terminal_seconds:.2f} s, one run, "
              f"peak {terminal_peak:.0f} MiB", flush=True)
        print(f"  machine speed: reference workload {statistics.median(reference):.2f} s before each run "
              f"({', '.join(f'{t:.2f}' for t in reference)})", flush=True)
        print("\n".join(planted_vs_found(corpus, report)), flush=True)
    if len(rows) > 1:
        (n0, t0), (n1, t1) = rows[0], rows[-1]
        print(f"time ratio {t1 / t0:.1f}x for {n1 / n0:.0f}x the articles")


if __name__ == "__main__":
    main()
