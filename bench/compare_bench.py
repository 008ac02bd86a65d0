"""Benchmark of the comparison stage at newsroom scale (a benchmark, not a test).

Generates synthetic claims files — several outlets per story, 20 claims per article, a few altered
facts — and times `check --claims FILE` on each in a fresh process, printing wall time and peak memory.

    python bench/compare_bench.py                 # 1,000 and 10,000 articles
    python bench/compare_bench.py --sizes 1000 100000 --keep /tmp/claims

The generated data is synthetic and labelled as such in each file ("source" of every article).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

CITIES = ["Paris", "Brussels", "Geneva", "Vienna", "Cairo", "Amman", "Tunis", "Rabat", "Doha", "Beirut",
          "Ankara", "Madrid", "Lisbon", "Oslo", "Nairobi", "Lagos", "Lima", "Quito", "Hanoi", "Manila"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROLES = ["foreign minister", "defence minister", "interior minister", "prime minister", "president"]
COUNTRIES = ["France", "Germany", "Italy", "Spain", "Egypt", "Jordan", "Tunisia", "Morocco", "Qatar",
             "Lebanon", "Turkey", "Portugal", "Norway", "Kenya", "Nigeria", "Peru", "Ecuador", "Vietnam"]
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "sa", "din", "mar", "el", "tor", "bi", "nu", "gar", "has", "pe"]
STANCES = ["the {topic} would continue next month", "more aid was needed before the winter",
           "the border crossings would reopen within days", "a ceasefire was the first priority",
           "the talks had made real progress", "sanctions would stay in place for now"]
THINGS = [("people were killed", "killed"), ("people were wounded", "wounded"), ("countries took part", "countries"),
          ("soldiers were deployed", "soldiers"), ("villages were evacuated", "villages")]


def person(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def story(rng: random.Random, index: int, start: date) -> dict:
    published = start + timedelta(days=index % 365)
    return {
        "published": published,
        "city": rng.choice(CITIES),
        "weekday": WEEKDAYS[published.weekday()],
        "people": [(person(rng), rng.choice(ROLES), rng.choice(COUNTRIES)) for _ in range(3)],
        "counts": [(rng.randint(2, 300), text) for text, _ in rng.sample(THINGS, 3)],
        "topic": f"summit {index}",
    }


def claims_for(rng: random.Random, s: dict, article: str, altered: bool) -> list[dict]:
    claims = []
    city, weekday = s["city"], s["weekday"]
    counts = list(s["counts"])
    people = list(s["people"])
    if altered:  # one outlet gets one fact wrong
        what = rng.choice(["count", "day", "place", "name"])
        if what == "count":
            value, text = counts[0]
            counts[0] = (value + rng.randint(1, 9), text)
        elif what == "day":
            weekday = WEEKDAYS[(WEEKDAYS.index(weekday) + 1) % 7]
        elif what == "place":
            city = rng.choice([c for c in CITIES if c != city])
        else:
            name, role, country = people[0]
            people[0] = (person(rng), role, country)
    for n in range(20):
        name, role, country = people[n % len(people)]
        value, text = counts[n % len(counts)]
        kind = n % 4
        if kind == 0:
            quote = f"The {country} {role} {name} said on {weekday} in {city} that {value} {text} during the {s['topic']}."
        elif kind == 1:  # each person says something of their own
            stance = STANCES[(n % len(people)) * 2 % len(STANCES)]
            quote = f"{name} told reporters in {city} that {stance.format(topic=s['topic'])}."
        elif kind == 2:
            quote = f"Officials said {value} {text} near {city} on {weekday}."
        else:
            quote = f"The {country} {role} {name} called for calm after the {s['topic']} in {city}."
        claims.append({
            "article": article,
            "id": f"{article}-{n + 1}",
            "speaker": name if kind in (0, 1, 3) else None,
            "speaker_role": f"{country} {role}" if kind in (0, 3) else None,
            "statement": quote,
            "quote": quote,
            "date": weekday if kind in (0, 2) else None,
            "location": city,
        })
    return claims


def generate(n_articles: int, outlets: int = 4, altered_share: float = 0.05, seed: int = 7) -> dict:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    articles, claims = [], []
    for i in range(0, n_articles, outlets):
        s = story(rng, i // outlets, start)
        bad = rng.random() < altered_share * outlets
        for j in range(min(outlets, n_articles - i)):
            article = f"s{i // outlets:06d}-o{j}"
            articles.append({"id": article, "published": s["published"].isoformat(), "title": s["topic"],
                             "source": "synthetic benchmark data"})
            claims += claims_for(rng, s, article, altered=bad and j == outlets - 1)
    return {"articles": articles, "claims": claims}


def run_once(path: Path) -> tuple[float, float, int]:
    """Seconds, peak resident memory (MiB) and exit code of `check --claims path` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "checker.cli", "--claims", str(path), "--format", "json", "--output", str(path.with_suffix(".report.json")), "--quiet"],
        capture_output=True, text=True,
    )
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        print(proc.stderr, file=sys.stderr)
    return seconds, max(peak, before) / 1024, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="check-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        path = folder / f"claims-{size}.json"
        path.write_text(json.dumps(generate(size)), encoding="utf-8")
        seconds, peak, code = run_once(path)
        report = json.loads(path.with_suffix(".report.json").read_text(encoding="utf-8"))
        rows.append((size, size * 20, seconds, peak, len(report["contradictions"]), code))
        print(f"{size:>8} articles {size * 20:>9} claims  {seconds:7.2f} s  peak {peak:7.0f} MiB  "
              f"{len(report['contradictions'])} contradictions  exit {code}", flush=True)
    if len(rows) > 1:
        (n0, _, t0, *_), (n1, _, t1, *_) = rows[0], rows[-1]
        print(f"time ratio {t1 / t0:.1f}x for {n1 / n0:.0f}x the articles")


if __name__ == "__main__":
    main()
