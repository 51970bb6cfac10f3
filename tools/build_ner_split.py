#!/usr/bin/env python3
"""Split annotations/thaigov-spans.jsonl into NER training and in-domain test files.

annotations/thaigov-split.json lists the ids of the 120 training and 30 test briefs; this writes
annotations/thaigov-ner-train.jsonl and annotations/thaigov-ner-test.jsonl (the same rows, in the
same order, filtered by id). Score a model in domain with

    mjci-extract evaluate-ner annotations/thaigov-ner-test.jsonl

usage: python tools/build_ner_split.py [--check]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPANS = ROOT / "annotations" / "thaigov-spans.jsonl"
SPLIT = ROOT / "annotations" / "thaigov-split.json"
OUTPUTS = {
    "train": ROOT / "annotations" / "thaigov-ner-train.jsonl",
    "test": ROOT / "annotations" / "thaigov-ner-test.jsonl",
}


def build() -> dict[Path, str]:
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    ids = {name: set(split[name]) for name in OUTPUTS}
    if ids["train"] & ids["test"]:
        raise SystemExit(f"ids in both train and test: {sorted(ids['train'] & ids['test'])}")
    lines = {name: [] for name in OUTPUTS}
    found: set[str] = set()
    for line in SPANS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc_id = json.loads(line)["id"]
        for name in OUTPUTS:
            if doc_id in ids[name]:
                lines[name].append(line)
                found.add(doc_id)
    missing = (ids["train"] | ids["test"]) - found
    if missing:
        raise SystemExit(f"ids in {SPLIT.name} but not in {SPANS.name}: {sorted(missing)}")
    return {path: "".join(row + "\n" for row in lines[name]) for name, path in OUTPUTS.items()}


def main(argv: list[str]) -> int:
    outputs = build()
    if "--check" in argv:
        stale = [
            p for p, text in outputs.items() if not p.is_file() or p.read_text("utf-8") != text
        ]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run tools/build_ner_split.py")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10))} briefs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
