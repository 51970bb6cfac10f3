"""Test support for the correction loop: locate ../shared, and build realistic records.

`record_from_gold` turns a gold record (../shared/dev/gold) into a full `Record` for its text by
finding each gold value in the text at test time, so tests get real offsets and evidence without
any shared text being copied into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mjci_extract.io.document import InputDocument
from mjci_extract.io.read import read_inputs
from mjci_extract.record.models import (
    DateValue,
    Entity,
    Meeting,
    Official,
    Project,
    PublishedDate,
    Record,
    Source,
    Span,
    Venue,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD_DIR = SHARED / "dev" / "gold"

THAI_MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]


def require_shared() -> Path:
    if not (GOLD_DIR / "index.json").is_file():
        pytest.skip(f"shared data not found at {SHARED} (CI has it at ../shared)")
    return SHARED


def gold_entries() -> list[dict]:
    require_shared()
    return json.loads((GOLD_DIR / "index.json").read_text(encoding="utf-8"))


def read_document(path: Path) -> InputDocument:
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, InputDocument), item
    return item


def gold_document(gold_id: str) -> tuple[InputDocument, dict]:
    """The decoded document of a gold entry and its gold record."""
    entry = next(e for e in gold_entries() if e["id"] == gold_id)
    document = read_document(SHARED / entry["path"])
    gold = json.loads((GOLD_DIR / f"{gold_id}.json").read_text(encoding="utf-8"))
    return document, gold


def _find(text: str, needle: str | None) -> Span | None:
    if not needle:
        return None
    start = text.find(needle)
    if start < 0:
        return None
    return Span(start=start, end=start + len(needle), text=needle)


def _thai_date(iso: str | None) -> str | None:
    if not iso:
        return None
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {THAI_MONTHS[month - 1]} {year + 543}"


def record_from_gold(document: InputDocument, gold: dict) -> Record:
    """A record with evidence and entities for every gold value that occurs in the text."""
    text = document.text
    entities: list[Entity] = []

    def entity(span: Span | None, label: str) -> None:
        if span is not None and all(span.end <= e.start or e.end <= span.start for e in entities):
            entities.append(
                Entity(label=label, text=span.text, start=span.start, end=span.end, source="model")
            )

    published = None
    written = _find(text, _thai_date(gold.get("published")))
    if written is not None:
        published = PublishedDate(
            date=gold["published"], text=written.text, start=written.start, end=written.end
        )
    meetings = []
    for m in gold.get("meetings", []):
        date_span = _find(text, _thai_date(m.get("date")))
        venue_span = _find(text, m.get("venue"))
        number_span = _find(text, f"ครั้งที่ {m['number']}") if m.get("number") else None
        entity(date_span, "DATE")
        entity(venue_span, "LOCATION")
        meetings.append(
            Meeting(
                number=m.get("number"),
                date=DateValue(
                    date=m["date"], text=date_span.text, start=date_span.start, end=date_span.end
                )
                if date_span
                else None,
                venue=Venue(
                    text=venue_span.text,
                    country=m.get("country"),
                    start=venue_span.start,
                    end=venue_span.end,
                )
                if venue_span
                else None,
                country=m.get("country"),
                evidence=[s for s in (number_span, date_span) if s is not None],
            )
        )
    officials = []
    for o in gold.get("officials", []):
        name_span = _find(text, o["name"])
        entity(name_span, "PERSON")
        entity(_find(text, o.get("position")), "POSITION")
        officials.append(
            Official(
                name=o["name"],
                position=o.get("position"),
                evidence=[name_span] if name_span else [],
            )
        )
    projects = []
    for title in gold.get("projects", []):
        title_span = _find(text, title)
        entity(title_span, "PROJECT")
        projects.append(Project(title=title, evidence=[title_span] if title_span else []))
    return Record(
        doc_id=document.doc_id,
        source=Source(path=document.path, sha256=document.sha256),
        published=published,
        meetings=meetings,
        officials=officials,
        projects=projects,
        entities=sorted(entities, key=lambda e: e.start),
    )
