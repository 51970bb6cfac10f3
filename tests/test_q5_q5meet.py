"""Meeting rule families of quality round q5 (q5meet): one test per mechanism, on short Thai texts
written for the test, through the components the meetings need (no NER model)."""

from __future__ import annotations

import pytest
from component_support import MEETINGS, page_meetings, pipeline, venue_text

from mjci_extract.extract.meetings import MeetingGroup
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.doc import Doc

MAY_14 = "วันอังคารที่ 14 พฤษภาคม 2567"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(MEETINGS)


def run(nlp: Pipeline, body: str) -> tuple[Doc, list[MeetingGroup]]:
    return page_meetings(nlp, body, MAY_14)


def days(doc: Doc, meetings: list[MeetingGroup]) -> list[str | None]:
    found = [m.dating(doc.layout.published)[0] for m in meetings]
    return [d.iso if d is not None else None for d in found]


# --- a law's day of taking effect does not date the meeting its paragraph reports -----------


@pytest.mark.parametrize(
    "lead",
    ["ที่จะมีผลบังคับใช้ ในวันที่", "ซึ่งมีผลใช้บังคับตั้งแต่วันที่", "ที่มีผลตั้งแต่วันที่"],
)
def test_a_law_taking_effect_does_not_date_the_meeting(nlp, lead):
    body = (
        f"นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน กล่าวถึงระเบียบใหม่ {lead} 1 มิ.ย. 2567 ว่า"
        " ขณะนี้ได้มีการประชุมคณะทำงานจัดทำคู่มือปฏิบัติงานสำหรับเจ้าหน้าที่แล้ว\n"
    )
    doc, meetings = run(nlp, body)
    assert "2024-06-01" not in days(doc, meetings)


def test_a_day_without_an_effect_word_still_dates_the_meeting(nlp):
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน กล่าวว่า ในวันที่ 1 มิ.ย. 2567"
        " ได้มีการประชุมคณะทำงานจัดทำคู่มือปฏิบัติงานสำหรับเจ้าหน้าที่\n"
    )
    doc, meetings = run(nlp, body)
    assert days(doc, meetings) == ["2024-06-01"]


# --- a body named by its abbreviation, with its day in parentheses, is a sitting of that body ---


def test_an_abbreviated_body_with_a_day_in_parentheses_is_its_meeting(nlp):
    body = "ที่ประชุม กนช. (13 พ.ค.) มีมติเห็นชอบแผนบริหารจัดการน้ำในฤดูฝนของทุกภูมิภาค\n"
    doc, meetings = run(nlp, body)
    assert days(doc, meetings) == ["2024-05-13"]


def test_an_abbreviated_body_without_a_day_is_not_a_meeting(nlp):
    body = "ที่ประชุม กนช. มีมติเห็นชอบแผนบริหารจัดการน้ำในฤดูฝนของทุกภูมิภาค\n"
    _, meetings = run(nlp, body)
    assert meetings == []


# --- a meeting room that opens the paragraph places its meeting, not a later activity's place ---


def test_an_opening_meeting_room_wins_over_a_later_place(nlp):
    body = (
        "เมื่อวันที่ 13 พฤษภาคม 2567 ที่ห้องประชุมราชพฤกษ์ ชั้น 3 อาคารกระทรวงพาณิชย์ นายสมชาย ใจดี"
        " รัฐมนตรีว่าการกระทรวงพาณิชย์ เป็นประธานการประชุมหารือร่วมกับผู้ประกอบการ เพื่อเตรียมการ"
        "จัดงานแสดงสินค้า ณ ศูนย์นิทรรศการเมืองทองธานี\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["ห้องประชุมราชพฤกษ์ ชั้น 3 อาคารกระทรวงพาณิชย์"]


def test_an_opening_place_that_is_not_a_room_keeps_the_later_room(nlp):
    body = (
        "เมื่อวันที่ 13 พฤษภาคม 2567 ณ กระทรวงพาณิชย์ นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์"
        " เป็นประธานการประชุมคณะกรรมการส่งเสริมการค้าชายแดน ณ ห้องประชุมราชพฤกษ์ ชั้น 3\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["ห้องประชุมราชพฤกษ์ ชั้น 3"]


# --- a speech's title block dates the numbered meeting it names --------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "ผ่านระบบการประชุมทางไกล\nวันจันทร์ที่ 13 พฤษภาคม 2567\n",
        "ผ่านระบบการประชุมทางไกล วันจันทร์ที่ 13 พฤษภาคม 2567\n",
    ],
)
def test_a_title_block_dates_its_numbered_meeting(nlp, block):
    body = "ถ้อยแถลงของนายกรัฐมนตรี\nการประชุมสุดยอดอาเซียน-ญี่ปุ่น ครั้งที่ 27\n" + block
    doc, meetings = run(nlp, body)
    assert days(doc, meetings) == ["2024-05-13"]
