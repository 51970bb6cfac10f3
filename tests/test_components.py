"""Components declare what they require and assign; the pipeline checks the order at load, and
a rule family can be run alone on a Doc."""

from __future__ import annotations

import random

import pytest

from mjci_extract.core.draft import RecordDraft
from mjci_extract.core.registry import ASSIGNED_BY, COMPONENTS
from mjci_extract.extract.persons import PersonsFound
from mjci_extract.run.pipeline import PREFIX, Pipeline
from mjci_extract.text.dates import Dates
from mjci_extract.text.doc import MissingSlot
from mjci_extract.text.segment import Tokens

DEFAULT = ["tokens", "dates", "ner", "persons", "venues", "meetings", "projects"]


def load(components: list[str]) -> Pipeline:
    return Pipeline.load(overrides=[f"pipeline.components={components!r}", "ner.backend=none"])


def test_removing_a_component_fails_at_load_naming_the_requirement():
    without = [n for n in DEFAULT if n != "persons"]
    with pytest.raises(ValueError, match="'venues' requires PersonsFound.*'persons' assigns it"):
        load(without)


def test_a_component_before_what_it_reads_fails_at_load():
    moved = ["tokens", "dates", "ner", "venues", "meetings", "persons", "projects"]
    with pytest.raises(ValueError, match="'venues' requires PersonsFound"):
        load(moved)
    after_meetings = ["tokens", "dates", "ner", "meetings", "persons", "venues", "projects"]
    with pytest.raises(ValueError, match="'meetings' requires PersonsFound.*list 'persons'"):
        load(after_meetings)


def test_an_unknown_component_fails_at_load():
    with pytest.raises(ValueError, match="unknown pipeline component.*'people'; known: dates"):
        load(["tokens", "people"])


def test_the_layout_prefix_is_not_listed():
    with pytest.raises(ValueError, match="layout always runs first"):
        load(["layout", "tokens"])


def test_run_only_the_components_a_rule_family_needs():
    nlp = load(["tokens", "dates"])
    doc = nlp.run(nlp.make_doc("วันนี้ (7 เม.ย. 67) เวลา 13.45 น. ณ ทำเนียบรัฐบาล"))
    assert [d.iso for d in doc.get(Dates).matches] == ["2024-04-07"]
    assert doc.get(Tokens).bounds[0] == 0
    with pytest.raises(MissingSlot, match="PersonsFound is not set: the component 'persons'"):
        doc.get(PersonsFound)


def test_run_checks_the_names_it_is_given():
    nlp = load(DEFAULT)
    with pytest.raises(ValueError, match="'persons' requires Tokens"):
        nlp.run(nlp.make_doc("นายสมชาย ใจดี"), ["persons"])
    doc = nlp.run(nlp.make_doc("นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์"), ["tokens", "ner", "persons"])
    assert [m.name for m in doc.get(PersonsFound).mentions] == ["สมชาย ใจดี"]


def test_requires_and_assigns_table():
    table = {row["name"]: row for row in load(DEFAULT).analyze_pipes()}
    assert list(table) == ["layout", *DEFAULT]
    assert table["layout"]["assigns"] == ["Layout"]
    assert table["dates"] == {
        "name": "dates",
        "requires": ["Layout"],
        "assigns": ["Dates"],
        "config": None,
    }
    assert table["persons"]["requires"] == ["Layout", "Tokens", "ModelSpans"]
    assert table["meetings"]["requires"] == [
        "Layout",
        "Tokens",
        "Dates",
        "PersonsFound",
        "VenuesFound",
    ]
    assert table["ner"]["config"] == "ner"


def test_the_record_does_not_depend_on_the_order_components_contribute_spans():
    nlp = load(DEFAULT)
    text = "วันนี้ (7 เม.ย. 67) นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์ เป็นประธานการประชุมคณะกรรมการ ครั้งที่ 1"
    doc = nlp.run(nlp.make_doc(text))
    draft = RecordDraft()
    for name in ["layout", *DEFAULT]:
        contribute = getattr(nlp.get_pipe(name), "contribute", None)
        if contribute is not None:
            contribute(doc, draft)
    merged = draft.merged_spans()
    assert {label for _, _, label, _ in merged} >= {"DATE", "PERSON", "POSITION", "MEETING"}
    for seed in range(5):
        random.Random(seed).shuffle(draft.spans)
        assert draft.merged_spans() == merged


def test_a_record_field_is_set_by_one_component_only():
    draft = RecordDraft()
    draft.set("title", "x")
    with pytest.raises(KeyError, match="set twice"):
        draft.set("title", "y")
    with pytest.raises(KeyError, match="no Record field"):
        draft.set("entities", [])


def _needed(name: str) -> list[str]:
    """`name` after the components that assign what it requires (theirs first), in order."""
    names: list[str] = []
    for slot in COMPONENTS[name].requires:
        by = ASSIGNED_BY[slot]
        if by not in PREFIX:
            names += [n for n in _needed(by) if n not in names]
    return [*names, name]


@pytest.mark.parametrize("name", DEFAULT)
def test_each_component_runs_on_what_it_declares_alone(name):
    # A component that reads a slot it does not declare fails here with MissingSlot, instead of
    # working only because an earlier component of the default list happened to fill it.
    names = _needed(name)
    assert [n for n in DEFAULT if n in names] == names
    nlp = load(names)
    text = (
        "หัวข้อข่าว\n\n\nวันอังคารที่ 4 กรกฎาคม 2566\nพิมพ์\nหัวข้อข่าว\n"
        "วันนี้ (4 ก.ค. 66) นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์ เป็นประธานการประชุมคณะกรรมการ "
        "ครั้งที่ 1/2566 ณ ห้องประชุม 1 กระทรวงพาณิชย์ เพื่อติดตามโครงการพัฒนาระบบน้ำบาดาล\n"
    )
    doc = nlp.run(nlp.make_doc(text))
    for slot in COMPONENTS[name].assigns:
        assert doc.has(slot)
    contribute = getattr(nlp.get_pipe(name), "contribute", None)
    if contribute is not None:
        contribute(doc, RecordDraft())
