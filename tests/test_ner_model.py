"""The shipped model: present, within size, credited, and it finds people in a sentence."""

from __future__ import annotations

import json

from mjci_extract.ner import EntitySpan, default_model_path, load_backend

MODEL = default_model_path()


def test_shipped_model_has_meta_with_labels_scores_and_credit():
    meta = json.loads((MODEL / "mjci_meta.json").read_text(encoding="utf-8"))
    assert {"PERSON", "ORGANIZATION", "LOCATION", "DATE"} <= set(meta["labels"])
    assert meta["credit"]["license"] == "CC BY 3.0"
    assert meta["credit"]["author"] == "Wannaphong Phatthiyaphaibun"
    assert all(len(entry["sha256"]) == 64 for entry in meta["training_data"])
    assert meta["scores"]["micro_4_labels"]["f1"] >= 0.82
    size = sum(path.stat().st_size for path in MODEL.rglob("*") if path.is_file())
    assert size <= 40 * 1024 * 1024


def test_shipped_model_finds_a_person_an_organization_and_a_place():
    backend = load_backend()  # the default: spaCy, models/mjci-ner-th
    text = (
        "เมื่อวันที่ 14 มีนาคม 2568 นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการ"
        "กระทรวงมหาดไทย เดินทางไปตรวจราชการที่จังหวัดขอนแก่น"
    )
    spans = backend.find(text)
    found = {(text[s.start : s.end], s.label) for s in spans}
    assert ("นายอนุทิน ชาญวีรกูล", "PERSON") in found
    assert any(label == "LOCATION" and "ขอนแก่น" in words for words, label in found)
    assert all(isinstance(s, EntitySpan) and text[s.start : s.end].strip() for s in spans)
    # The same text in a batch gives the same spans; offsets index the text given.
    assert list(backend.pipe([text, ""])) == [spans, []]


def test_no_backend_when_ner_is_off():
    assert load_backend("none") is None
