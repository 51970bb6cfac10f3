"""Export, review and scoring read the record's fields from the models (record/fields.py): a field
added to a model reaches all three without an edit to them."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
from seed_like_record import SEED_LIKE_TEXT, seed_like_record

from mjci_extract.annotate.review import render_review
from mjci_extract.annotate.scoring import score_records
from mjci_extract.io.export import TABLES, build_tables, record_rows, tables_for
from mjci_extract.record.fields import SCORED_FIELDS, ScoredField, list_fields, model_fields
from mjci_extract.record.models import Official, Project, Record, Span


class NicknamedOfficial(Official):
    """An official with a new optional scalar."""

    nickname: str | None = None


class Agency(Project):
    """A new kind of item, with evidence like a project."""


class ExtendedRecord(Record):
    officials: list[NicknamedOfficial] = []  # type: ignore[assignment]
    agencies: list[Agency] = []


def extended_record() -> ExtendedRecord:
    base = seed_like_record("seed").model_dump()
    name = base["officials"][0]["name"]
    base["officials"][0]["nickname"] = "ลุงสำลี"
    start = SEED_LIKE_TEXT.index(name)
    base["agencies"] = [
        {
            "title": "กรมการอุตสาหกรรม",
            "evidence": [{"start": start, "end": start + len(name), "text": name}],
        }
    ]
    return ExtendedRecord.model_validate(base)


def test_a_new_field_is_a_column_and_a_new_list_a_table() -> None:
    tables = {t.name: t for t in tables_for(ExtendedRecord)}
    base = {t.name: t for t in TABLES}
    assert tables["officials"].schema == base["officials"].schema.append(
        pa.field("nickname", pa.string())
    )
    assert tables["agencies"].schema.names == ["doc_id", "agency_id", "title"]
    assert tables["agencies"].primary_key == ("doc_id", "agency_id")
    assert "agency_count" in tables["documents"].schema.names

    record = extended_record()
    rows = record_rows(record)
    assert rows["officials"][0]["nickname"] == "ลุงสำลี"
    assert rows["agencies"] == [{"doc_id": "seed", "agency_id": 0, "title": "กรมการอุตสาหกรรม"}]
    assert {"owner": "agency", "owner_id": 0}.items() <= rows["evidence"][-1].items()
    built = build_tables([record], ExtendedRecord)
    assert built["officials"].column("nickname").to_pylist()[0] == "ลุงสำลี"


def test_a_new_field_and_list_show_on_the_review_page() -> None:
    page = render_review(extended_record(), SEED_LIKE_TEXT)
    assert '<th>nickname</th><td><a class="value" href="#ev-o0-e0">ลุงสำลี</a>' in page
    assert "<h3>Agencies (1)</h3>" in page
    # agencies and the existing lists get distinct anchors (ev-a0 beside ev-m0, ev-o0, ...)
    assert 'href="#ev-a0-e0">กรมการอุตสาหกรรม</a>' in page


def test_a_new_scored_field_is_scored(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"id": "a", "officials": [{"name": "สำลี บุษดี", "nickname": "ลุงสำลี"}]}
    (gold_dir / "a.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    index = [{"id": "a", "sha256": extended_record().source.sha256}]
    (gold_dir / "index.json").write_text(json.dumps(index), "utf-8")
    nickname = ScoredField("official_nickname", "officials", (("nickname",),), "text")

    record = extended_record().model_dump(mode="json")
    scores = score_records([record], gold_dir, (*SCORED_FIELDS, nickname)).as_json()
    assert scores["fields"]["official_nickname"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1}
    assert "official_nickname" not in score_records([record], gold_dir).as_json()["fields"]


def test_scored_fields_name_fields_of_the_models() -> None:
    lists = {f.name: f.model for f in list_fields(Record)}
    for scored in SCORED_FIELDS:
        model = Record if scored.items is None else lists[scored.items]
        path = scored.paths[0]  # later paths may be fallbacks for gold's own keys
        for key in path:
            assert model is not None
            by_name = {f.name: f for f in model_fields(model)}
            assert key in by_name, (scored.name, key)
            model = by_name[key].model
    assert Span not in lists.values()
