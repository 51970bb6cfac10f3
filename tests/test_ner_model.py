"""The shipped model: present, within size, credited, and it finds people in a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mjci_extract.ner import EntitySpan, default_model_path, load_backend
from mjci_extract.ner.evaluate import evaluate_file

MODEL = default_model_path()
THAINER_VAL = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "thainer-1.5" / "val.txt"
)
HEADLINE = ["PERSON", "ORGANIZATION", "LOCATION", "DATE"]


def test_shipped_model_has_meta_with_labels_scores_and_credit():
    meta = json.loads((MODEL / "mjci_meta.json").read_text(encoding="utf-8"))
    assert {"PERSON", "ORGANIZATION", "LOCATION", "DATE"} <= set(meta["labels"])
    assert meta["credit"]["license"] == "CC BY 3.0"
    assert meta["credit"]["author"] == "Wannaphong Phatthiyaphaibun"
    assert all(len(entry["sha256"]) == 64 for entry in meta["training_data"])
    # Held-out floor: the plain-CRF reference on ThaiNER is about 0.75.
    assert meta["scores"]["micro_4_labels"]["f1"] >= 0.75
    size = sum(path.stat().st_size for path in MODEL.rglob("*") if path.is_file())
    assert size <= 40 * 1024 * 1024
    # The model embeds gazetteer classes; the meta fingerprints the tables they came from.
    assert len(meta["gazetteer_tags_sha256"]) == 64


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


@pytest.mark.skipif(not THAINER_VAL.is_file(), reason="../shared/data/thainer-1.5 not present")
def test_meta_scores_are_what_the_model_scores_on_val():
    meta = json.loads((MODEL / "mjci_meta.json").read_text(encoding="utf-8"))
    report = evaluate_file(THAINER_VAL, load_backend("spacy", MODEL), HEADLINE)
    assert report.micro.f1 == pytest.approx(meta["scores"]["micro_4_labels"]["f1"], abs=1e-9)
    for row in report.per_label:
        assert row.f1 == pytest.approx(meta["scores"]["per_label"][row.label]["f1"], abs=1e-9)


def test_model_resolution_checkout_then_environment(monkeypatch, tmp_path: Path) -> None:
    from mjci_extract.ner import MODEL_ENV, shipped_model_path

    monkeypatch.delenv(MODEL_ENV, raising=False)
    # Run from this checkout, the shipped model is the checkout's models/ (a wheel has its copy
    # inside the package: tests/test_wheel.py).
    assert shipped_model_path() == Path(__file__).resolve().parents[1] / "models" / "mjci-ner-th"
    assert default_model_path() == shipped_model_path()
    monkeypatch.setenv(MODEL_ENV, str(tmp_path))
    assert default_model_path() == tmp_path


def test_broken_model_is_one_line_naming_the_path_and_the_fix(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from mjci_extract.cli import app

    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp\nthis is not a spaCy config\n", encoding="utf-8")
    brief = tmp_path / "brief.txt"
    brief.write_text("คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาแหล่งน้ำ ณ ทำเนียบรัฐบาล\n", encoding="utf-8")
    for workers in ("1", "2"):
        result = CliRunner().invoke(
            app, ["extract", str(brief), "--ner-model", str(broken), "--workers", workers]
        )
        assert result.exit_code == 2
        (line,) = result.output.strip().splitlines()
        assert f"NER model {broken}: cannot load it (" in line, line
        assert "--ner-backend none" in line and "internal error" not in line
