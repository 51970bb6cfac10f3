"""The annotated real thaigov briefs (annotations/thaigov/): built outputs up to date, texts as
their sha256 says, none of them a dev gold text, and gold records in the shape gold.md gives."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tools"))

import build_thaigov_annotations as builder  # noqa: E402


def test_built_outputs_are_up_to_date():
    outputs = builder.build()
    stale = [p for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
    assert not stale, f"run tools/build_thaigov_annotations.py: {stale[:3]}"
    index = json.loads((builder.GOLD_DIR / "index.json").read_text(encoding="utf-8"))
    assert len(index) >= 150
    years = {entry["id"][2:6] for entry in index}
    assert years == {str(y) for y in range(2020, 2026)}


def test_records_only_briefs_stay_out_of_the_ner_spans_and_are_split_once():
    index = json.loads((builder.GOLD_DIR / "index.json").read_text(encoding="utf-8"))
    records_only = {entry["id"] for entry in index if entry.get("records_only")}
    span_ids = {
        json.loads(line)["id"]
        for line in builder.SPANS_PATH.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert records_only and not records_only & span_ids
    assert span_ids | records_only == {entry["id"] for entry in index}
    rounds = json.loads((ROOT / "annotations" / "thaigov-records-split.json").read_text("utf-8"))
    seen: set[str] = set()
    for split in rounds["rounds"].values():
        ids = set(split["tune"]) | set(split["check"])
        assert not set(split["tune"]) & set(split["check"])
        assert not ids & seen
        seen |= ids
    assert seen == records_only


def test_gold_records_follow_the_conventions():
    for path in sorted(builder.GOLD_DIR.glob("tg*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(gold) == {"id", "published", "meetings", "officials", "projects"}, path
        for official in gold["officials"]:
            assert not official["name"].startswith(("นาย", "นาง", "พลเอก", "พล.อ.", "Mr.")), path
        for meeting in gold["meetings"]:
            if meeting["venue"] is None:
                assert meeting["country"] is None, path
        for project in gold["projects"]:
            assert project.startswith("โครงการ"), path


@pytest.mark.skipif(not (SHARED / "dev" / "gold").is_dir(), reason="needs ../shared")
def test_no_annotated_brief_is_a_dev_gold_text():
    dev = json.loads((SHARED / "dev" / "gold" / "index.json").read_text(encoding="utf-8"))
    index = json.loads((builder.GOLD_DIR / "index.json").read_text(encoding="utf-8"))
    assert not {e["sha256"] for e in dev} & {e["sha256"] for e in index}
