"""The in-domain NER split: committed files match annotations/thaigov-split.json, never overlap,
and training never sees a test brief."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mjci_extract.ner.convert import read_annotations

ROOT = Path(__file__).resolve().parents[1]


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines() if line]


def test_split_files_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_ner_split.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_split_is_disjoint_and_complete():
    split = json.loads((ROOT / "annotations" / "thaigov-split.json").read_text("utf-8"))
    train = _ids(ROOT / "annotations" / "thaigov-ner-train.jsonl")
    test = _ids(ROOT / "annotations" / "thaigov-ner-test.jsonl")
    assert sorted(train) == sorted(split["train"]) and sorted(test) == sorted(split["test"])
    assert not set(train) & set(test)
    assert len(test) == 30 and len(train) == 120
    train_texts = {
        e.text for e in read_annotations(ROOT / "annotations/thaigov-ner-train.jsonl").examples
    }
    test_texts = {
        e.text for e in read_annotations(ROOT / "annotations/thaigov-ner-test.jsonl").examples
    }
    assert not train_texts & test_texts


def test_split_lines_keeps_spans_and_drops_blank_lines():
    from mjci_extract.ner.convert import Example, LabeledSpan, split_lines

    text = "หัวข้อ\n\n  นายสมชาย ใจดี เป็นประธาน \nที่กรุงเทพฯ"
    start = text.index("นายสมชาย")
    place = text.index("กรุงเทพฯ")
    example = Example(
        text=text,
        spans=[LabeledSpan(start, start + 13, "PERSON"), LabeledSpan(place, place + 8, "LOCATION")],
        origin="x",
    )
    pieces = split_lines(example)
    assert [p.text for p in pieces] == ["หัวข้อ", "นายสมชาย ใจดี เป็นประธาน", "ที่กรุงเทพฯ"]
    assert [(p.text[s.start : s.end], s.label) for p in pieces for s in p.spans] == [
        ("นายสมชาย ใจดี", "PERSON"),
        ("กรุงเทพฯ", "LOCATION"),
    ]
