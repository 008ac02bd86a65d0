"""The ANS diagnostic runs on a folder of pairs in ANS's columns (headlines of our own) and prints its
count of pairs found alone and missed together, by cause."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import ans_misses  # noqa: E402


def test_the_diagnostic_counts_the_pairs_lost_in_the_corpus(tmp_path, capsys):
    rows = [("Harbour crane workers' wages rise", "Harbour crane workers' wages fall", "disagree"),
            ("ارتفاع أجور عمال رافعات الميناء", "انخفاض أجور عمال رافعات الميناء", "disagree"),
            ("The city library opens a new reading room", "A new reading room opens at the city library", "agree")]
    with (tmp_path / "train.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["s1", "s2", "stance"])
        writer.writeheader()
        writer.writerows({"s1": a, "s2": b, "stance": s} for a, b, s in rows)
    assert ans_misses.main(["--data", str(tmp_path), "--split", "train", "--show", "1"]) == 0
    out = capsys.readouterr().out
    # Both disagreements are found in the corpus as when alone: none lost.
    assert out.startswith("ANS train: 0 disagreeing pairs missed in the split and found alone")


def test_a_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert ans_misses.main(["--data", str(tmp_path / "none")]) == 2
    assert "no " in capsys.readouterr().err
