"""Meeting families of quality round q4, seen on round-5 tune briefs: one test per mechanism, on
short Thai texts written for the test, asserting the `meetings` slot."""

from __future__ import annotations

import datetime as dt

import pytest
from component_support import MEETINGS, page_meetings, pipeline

from mjci_extract.extract.meetings import MeetingGroup
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.doc import Doc

JUNE_5 = "วันพุธที่ 5 มิถุนายน 2567"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(MEETINGS)


def run(nlp: Pipeline, body: str, published: str = JUNE_5) -> tuple[Doc, list[MeetingGroup]]:
    return page_meetings(nlp, body, published)


def days(doc: Doc, meetings: list[MeetingGroup]):
    out = []
    for m in meetings:
        day = m.dating(doc.layout.published)[0]
        out.append((day.date, day.end_date) if day is not None else None)
    return out


# --- a clause that only says when or how many: no name of its own, the meeting reported before


def test_scheduled_clause_joins_the_meeting_before(nlp):
    body = (
        "วันนี้ (5 มิถุนายน 2567) ที่ โรงแรมริมน้ำ จ.เชียงราย นายสมศักดิ์ ใจงาม ปลัดกระทรวงแรงงาน "
        "เป็นประธานเปิดการประชุมเชิงปฏิบัติการพัฒนาทักษะแรงงานภาคเหนือ ประจำปี 2567\n"
        "ทั้งนี้ การประชุมกำหนดจัดขึ้น ระหว่างวันที่ 5-6 มิถุนายน 2567 มีผู้เข้าร่วมจากทุกจังหวัด\n"
    )
    doc, meetings = run(nlp, body)
    assert days(doc, meetings) == [(dt.date(2024, 6, 5), dt.date(2024, 6, 6))]


def test_a_head_count_of_attendees_is_no_second_meeting(nlp):
    body = (
        "วันนี้ (5 มิถุนายน 2567) ที่โรงแรมริมน้ำ จ.เชียงราย นายสมศักดิ์ ใจงาม ปลัดกระทรวงแรงงาน "
        "เป็นประธานเปิดการประชุมเชิงปฏิบัติการพัฒนาทักษะแรงงานภาคเหนือ โดยมีผู้แทนสำนักงานแรงงาน"
        "จังหวัด ร่วมประชุมกว่า 120 คน\n"
    )
    doc, meetings = run(nlp, body)
    assert days(doc, meetings) == [(dt.date(2024, 6, 5), None)]


# --- a wrapped sentence going on with "ในรูปแบบ ..." keeps the meeting's day and place ------------


def test_wrapped_line_opening_with_the_form_keeps_day_and_place(nlp):
    body = (
        "นายสมศักดิ์ ใจงาม รัฐมนตรีว่าการกระทรวงแรงงาน เปิดเผยภายหลังเข้าร่วมการประชุมรัฐมนตรีแรงงาน"
        "อาเซียน ครั้งที่ 28\n"
        "ในรูปแบบออนไลน์ ระหว่างวันที่ 5 - 6 มิถุนายน 2567 ณ กระทรวงแรงงาน ว่า ที่ประชุมได้หารือ\n"
    )
    doc, meetings = run(nlp, body)
    assert days(doc, meetings) == [(dt.date(2024, 6, 5), dt.date(2024, 6, 6))]
    venue = meetings[0].venue
    assert doc.text[venue.start : venue.end] == "กระทรวงแรงงาน"


# --- a call on someone before or after a meeting: the place after it is not the meeting's -------


def test_place_after_a_call_on_someone_is_not_the_cabinets(nlp):
    body = (
        "วันนี้ (5 มิถุนายน 2567) เวลา 09.30 น. ก่อนการประชุมคณะรัฐมนตรี นายสมศักดิ์ ใจงาม "
        "รัฐมนตรีว่าการกระทรวงแรงงาน นำคณะผู้บริหารกรมการจัดหางาน เข้าพบนายกรัฐมนตรี เพื่อรายงาน"
        "ผลการจัดงานนัดพบแรงงานที่จะจัดขึ้นในเดือนหน้า ณ เมืองฮานอย ประเทศเวียดนาม\n"
    )
    doc, meetings = run(nlp, body)
    assert [m.venue for m in meetings] == [None]


# --- a meeting planned after today's event is not dated by its วันนี้ ---------------------------


def test_meeting_planned_after_todays_event_takes_no_header_day(nlp):
    body = (
        "ภายหลังจากการอบรมวันนี้ กรมการจัดหางานจะลงพื้นที่สำรวจตลาดแรงงานและจัดประชุมกลุ่มย่อย"
        "ในแต่ละจังหวัด เพื่อรับฟังความคิดเห็นของผู้ประกอบการ\n"
    )
    _, meetings = run(nlp, body)
    assert meetings == []


# --- a wrapped sentence ending in the attendants' clause "โดยมี ... เข้าร่วม ณ X" places the meeting -


def test_attendants_clause_on_the_wrapped_line_places_the_meeting(nlp):
    body = (
        "วันนี้ (5 มิถุนายน 2567) นายสมศักดิ์ ใจงาม ปลัดกระทรวงแรงงาน เป็นประธานการประชุมติดตาม"
        "ความคืบหน้าการจัดทำฐานข้อมูลแรงงานต่างด้าว\n"
        "สำหรับระบบจัดหางานออนไลน์ของกรมการจัดหางาน โดยมีผู้แทนจากสภาอุตสาหกรรม สภาหอการค้า "
        "และผู้ที่เกี่ยวข้องเข้าร่วม ณ ห้องประชุม 901 สำนักงานปลัดกระทรวงแรงงาน\n"
    )
    doc, meetings = run(nlp, body)
    venue = meetings[0].venue
    assert doc.text[venue.start : venue.end] == "ห้องประชุม 901 สำนักงานปลัดกระทรวงแรงงาน"
