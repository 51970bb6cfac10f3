"""Meeting families found on unseen archive briefs (branch rmeet): one test per mechanism, on short
Thai texts written for the test, through the components the meetings need (no NER model)."""

from __future__ import annotations

import pytest

from mjci_extract.extract.meetings import MeetingGroup, MeetingsFound
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.doc import Doc

HEADER = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อข่าว\n\n\nวันศุกร์ที่ 8 พฤศจิกายน 2567\nพิมพ์\nหัวข้อข่าว\n"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    components = ["tokens", "dates", "ner", "persons", "venues", "meetings"]
    return Pipeline.load(overrides=[f"pipeline.components={components!r}", "ner.backend=none"])


def run(nlp: Pipeline, body: str) -> tuple[Doc, list[MeetingGroup]]:
    doc = nlp.run(nlp.make_doc(HEADER + body))
    return doc, doc.get(MeetingsFound).meetings


def venue_text(doc: Doc, meeting: MeetingGroup) -> str | None:
    venue = meeting.venue
    return doc.text[venue.start : venue.end] if venue is not None else None


def test_an_organisation_after_the_date_is_the_venue(nlp):
    # "ที่" right after the date opens the clause: the organisation there is where the meeting is.
    body = (
        "วันที่ 8 พ.ย. ที่องค์การบริหารส่วนจังหวัดลำปาง นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย "
        "เป็นประธานการประชุมเตรียมความพร้อมรับมือน้ำท่วม โดยมีผู้ว่าราชการจังหวัดเข้าร่วม\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["องค์การบริหารส่วนจังหวัดลำปาง"]


def test_an_organisation_in_a_relative_clause_is_no_venue(nlp):
    body = (
        "วันนี้ (8 พฤศจิกายน 2567) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานการประชุม"
        "ติดตามโครงการที่องค์การบริหารส่วนจังหวัดลำปางเสนอ\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == [None]


def test_todays_meeting_referred_back_to_takes_the_header_date(nlp):
    # "การประชุมในวันนี้" later in the brief says the meeting reported before it, which has no day
    # of its own, took place on the brief's date.
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมหารือแนวทางฟื้นฟู"
        "อาชีพเกษตรกร ณ ห้องประชุม 1 กระทรวงเกษตรและสหกรณ์\n"
        "นายสมชาย กล่าวว่า การประชุมในวันนี้เป็นการประชุมร่วมกับหน่วยงานที่เกี่ยวข้อง\n"
    )
    doc, meetings = run(nlp, body)
    dated = [(m.primary.date_from_published, m.primary.date_source) for m in meetings]
    assert dated == [(True, "back-reference")]


def test_a_named_assembly_on_a_date_is_a_meeting(nlp):
    # gold.md: a past meeting mentioned in passing counts when it has its own date; the assembly's
    # word is its whole name, the clause after it is not.
    body = (
        "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง กล่าวว่า เมื่อวันที่ 2 พฤศจิกายน 2567 "
        "ในที่ประชุมกรมการจังหวัด ตนได้มอบหมายให้ทุกอำเภอเร่งสำรวจความเสียหาย\n"
    )
    doc, meetings = run(nlp, body)
    primary = [m.primary for m in meetings]
    assert [doc.text[p.name_span[0] : p.name_span[1]] for p in primary] == ["ประชุมกรมการจังหวัด"]
    assert [p.date.iso for p in primary] == ["2024-11-02"]
