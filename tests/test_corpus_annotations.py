"""Consistency of our own corpus (corpus/) and its annotations (annotations/).

These briefs are regression tests and NER training data, so every gold record and every span
must agree with the text it describes. The layout is the one ../shared/spec/gold.md and the
contracts describe: annotations/gold/<id>.json, annotations/gold/index.json and
annotations/spans.jsonl.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from mjci_extract.record.models import ALL_LABELS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "annotations" / "gold"
SPANS = ROOT / "annotations" / "spans.jsonl"
SOURCES = ROOT / "annotations" / "source"

GOLD_KEYS = {"id", "published", "meetings", "officials", "projects"}
MEETING_KEYS = {"number", "date", "end_date", "venue", "country"}
OFFICIAL_KEYS = {"name", "position"}
SPAN_LINE_KEYS = {"id", "sha256", "text", "spans", "source", "updated"}
SPAN_KEYS = {"start", "end", "label", "text"}
SPAN_SOURCES = {"manual", "label-studio", "doccano", "model"}
# gold.md: names carry no honorific, academic title or rank
NAME_PREFIXES = (
    "นาย",
    "นาง",
    "น.ส.",
    "ดร.",
    "ศ.",
    "รศ.",
    "ผศ.",
    "พล.",
    "พลเอก",
    "พลตำรวจ",
    "พลเรือ",
    "Mr.",
    "Ms.",
    "H.E.",
)
GENERIC_PROJECTS = ("โครงการดังกล่าว", "โครงการต่าง ๆ", "โครงการนี้")
ISO_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _index() -> list[dict]:
    return json.loads((GOLD / "index.json").read_text(encoding="utf-8"))


def _gold(doc_id: str) -> dict:
    return json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))


def _text(entry: dict) -> str:
    return (ROOT / entry["path"]).read_text(encoding="utf-8")


def _span_lines() -> list[dict]:
    lines = SPANS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _iso(value: str | None) -> bool:
    if value is None:
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def test_at_least_forty_briefs_each_indexed_once() -> None:
    index = _index()
    ids = [e["id"] for e in index]
    assert len(ids) >= 40
    assert len(set(ids)) == len(ids)
    assert {p.stem for p in CORPUS.glob("*.txt")} == set(ids)
    assert {p.stem for p in GOLD.glob("*.json")} - {"index"} == set(ids)


def test_index_sha256_matches_the_files() -> None:
    for entry in _index():
        assert set(entry) == {"id", "path", "sha256"}, entry
        assert entry["path"] == f"corpus/{entry['id']}.txt"
        digest = hashlib.sha256((ROOT / entry["path"]).read_bytes()).hexdigest()
        assert digest == entry["sha256"], f"{entry['path']}: sha256 differs from index.json"


@pytest.mark.parametrize("entry", _index(), ids=lambda e: e["id"])
def test_gold_record_follows_the_schema(entry: dict) -> None:
    gold = _gold(entry["id"])
    assert set(gold) == GOLD_KEYS
    assert gold["id"] == entry["id"]
    assert gold["published"] is None or _iso(gold["published"])
    for meeting in gold["meetings"]:
        assert set(meeting) == MEETING_KEYS
        assert meeting["number"] is None or (
            isinstance(meeting["number"], int) and meeting["number"] > 0
        )
        assert _iso(meeting["date"]) and _iso(meeting["end_date"])
        if meeting["end_date"] is not None:
            assert meeting["date"] is not None and meeting["date"] < meeting["end_date"]
        assert meeting["country"] is None or ISO_COUNTRY.match(meeting["country"])
        # gold.md: a meeting is recorded only with a number, a date or a venue
        assert any(meeting[k] is not None for k in ("number", "date", "venue"))
    names = [o["name"] for o in gold["officials"]]
    assert len(set(names)) == len(names), "one entry per person"
    for official in gold["officials"]:
        assert set(official) == OFFICIAL_KEYS
        assert not official["name"].startswith(NAME_PREFIXES), official["name"]
    assert len(set(gold["projects"])) == len(gold["projects"])
    for project in gold["projects"]:
        assert project.startswith("โครงการ") and project not in GENERIC_PROJECTS


@pytest.mark.parametrize("entry", _index(), ids=lambda e: e["id"])
def test_every_gold_string_occurs_in_its_text(entry: dict) -> None:
    gold, text = _gold(entry["id"]), _text(entry)
    strings = [o["name"] for o in gold["officials"]]
    strings += [o["position"] for o in gold["officials"] if o["position"]]
    strings += [m["venue"] for m in gold["meetings"] if m["venue"]]
    strings += gold["projects"]
    missing = [s for s in strings if s not in text]
    assert not missing, f"{entry['path']}: not in the text: {missing}"


def test_spans_cover_every_brief_and_match_the_texts() -> None:
    lines = _span_lines()
    by_id = {line["id"]: line for line in lines}
    assert len(by_id) == len(lines)
    index = {e["id"]: e for e in _index()}
    assert set(by_id) == set(index)
    for doc_id, line in by_id.items():
        assert set(line) == SPAN_LINE_KEYS
        assert line["source"] in SPAN_SOURCES
        assert line["text"] == _text(index[doc_id])
        assert line["sha256"] == hashlib.sha256(line["text"].encode("utf-8")).hexdigest()
        assert line["spans"], f"{doc_id}: no spans"


@pytest.mark.parametrize("line", _span_lines(), ids=lambda line: line["id"])
def test_span_offsets_labels_and_no_overlaps(line: dict) -> None:
    text = line["text"]
    previous_end = 0
    for span in sorted(line["spans"], key=lambda s: (s["start"], s["end"])):
        assert set(span) == SPAN_KEYS
        assert span["label"] in ALL_LABELS, span
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"], span
        assert span["text"] == span["text"].strip(), f"span with outer spaces: {span}"
        assert span["start"] >= previous_end, f"{line['id']}: overlapping span {span}"
        previous_end = span["end"]


@pytest.mark.parametrize("line", _span_lines(), ids=lambda line: line["id"])
def test_gold_officials_and_projects_are_marked_as_spans(line: dict) -> None:
    gold = _gold(line["id"])
    marked = {(s["label"], s["text"]) for s in line["spans"]}
    person_texts = [s["text"] for s in line["spans"] if s["label"] == "PERSON"]
    for official in gold["officials"]:
        assert any(official["name"] in p for p in person_texts), official
        if official["position"]:
            assert ("POSITION", official["position"]) in marked, official
    for project in gold["projects"]:
        assert ("PROJECT", project) in marked, project


def test_sources_and_built_files_agree() -> None:
    """The readable sources in annotations/source regenerate exactly what is committed."""
    sources = sorted(SOURCES.glob("*.toml"))
    assert [p.stem for p in sources] == sorted(e["id"] for e in _index())
    spans = {line["id"]: line for line in _span_lines()}
    for path in sources:
        src = tomllib.loads(path.read_text(encoding="utf-8"))
        assert (CORPUS / f"{src['id']}.txt").read_text(encoding="utf-8") == src["text"]
        assert spans[src["id"]]["text"] == src["text"]
