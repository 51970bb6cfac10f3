"""Quality round q2 (q2att): a meeting's place and date, not another event's. One test per
mechanism, on short Thai texts written for the test, through the components the meetings need
(no NER model), asserting the `meetings` slot."""

from __future__ import annotations

import pytest
from component_support import MEETINGS, page_meetings, pipeline, venue_text

from mjci_extract.extract.meetings import MeetingGroup
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.doc import Doc

MARCH_6 = "วันพุธที่ 6 มีนาคม 2567"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(MEETINGS)


def run(nlp: Pipeline, body: str, published: str = MARCH_6) -> tuple[Doc, list[MeetingGroup]]:
    return page_meetings(nlp, body, published)


def day(meeting: MeetingGroup) -> tuple[str | None, str | None]:
    date, _ = meeting.dating(None)
    return (date.iso, date.end_iso) if date is not None else (None, None)


def test_a_festivals_place_after_the_meeting_is_not_the_meetings(nlp):
    # _nearer_event: the place belongs to the nearest event before it (meeting_other_event_heads).
    body = (
        "นางสาวสมศรี มีสุข รัฐมนตรีว่าการกระทรวงวัฒนธรรม กล่าวว่า จากการประชุมผู้บริหารกระทรวง"
        "วัฒนธรรม ครั้งที่ 2/2567 ที่ประชุมได้เห็นชอบกิจกรรมช่วงฤดูร้อนเพื่อให้ประชาชนได้พักผ่อน"
        "กับครอบครัว ซึ่งในส่วนของสำนักงานปลัดกระทรวงได้จัดทำสื่อประชาสัมพันธ์ออนไลน์ให้ประชาชน"
        "ได้ติดตามกิจกรรมทั่วประเทศ และเชิญชวนให้แบ่งปันภาพถ่ายผ่านสื่อสังคมออนไลน์ของกระทรวง "
        "ขณะที่กรมศิลปากรกำหนดจัดเทศกาลดนตรีริมน้ำ ณ ลานริมแม่น้ำเจ้าพระยา เขตพระนคร กรุงเทพมหานคร\n"
    )
    doc, meetings = run(nlp, body)
    assert [(m.first("number"), venue_text(doc, m)) for m in meetings] == [(2, None)]


def test_a_festival_the_meeting_prepares_leaves_it_the_place(nlp):
    # Named within event_head_gap of the meeting, the festival is its topic.
    body = (
        "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ เป็นประธานการประชุมคณะกรรมการจังหวัด "
        "ครั้งที่ 2/2567 เพื่อเตรียมการจัดเทศกาลสงกรานต์ ประจำปี 2567 ณ ศาลากลางจังหวัดเชียงใหม่\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["ศาลากลางจังหวัดเชียงใหม่"]


def test_an_exhibition_named_before_a_second_meeting_leaves_it_the_place(nlp):
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เป็นประธานเปิดนิทรรศการสินค้าชุมชน "
        "และการประชุมเครือข่ายผู้ประกอบการ ครั้งที่ 3/2567 ณ โรงแรมริเวอร์ไซด์ กรุงเทพมหานคร\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["โรงแรมริเวอร์ไซด์ กรุงเทพมหานคร"]


def test_an_opening_place_of_a_visit_after_the_meeting_is_the_visits(nlp):
    # _other_events_place: an event verb between the opening place and "ภายหลังประชุม X".
    body = (
        "วันนี้ (6 มีนาคม 2567) ที่ท่าเรือเกาะสมุย จังหวัดสุราษฎร์ธานี นายสมชาย ใจดี รัฐมนตรีว่าการ"
        "กระทรวงคมนาคม พบปะให้กำลังใจเจ้าหน้าที่ท่าเรือ ภายหลังประชุมสัญจรผู้บริหารกระทรวงคมนาคม "
        "ครั้งที่ 1/2567 บนเรือโดยสารซึ่งออกจากท่าเรือดอนสักเมื่อช่วงเช้า\n"
    )
    doc, meetings = run(nlp, body)
    assert [(venue_text(doc, m), day(m)[0]) for m in meetings] == [(None, "2024-03-06")]


def test_a_meeting_the_visitor_came_to_attend_takes_no_place_or_day_of_the_call(nlp):
    # _purpose_of_other_event: "เพื่อเข้าร่วมการประชุม X" (meeting_purpose_leads.txt).
    body = (
        "วันนี้ (6 มีนาคม 2567) ณ ห้องประชุมใหญ่ ชั้น 3 ทำเนียบรัฐบาล นายสมชาย ใจดี นายกรัฐมนตรี "
        "พบหารือกับผู้อำนวยการใหญ่องค์การอนามัยโลก ในโอกาสเดินทางเยือนประเทศไทย "
        "เพื่อเข้าร่วมการประชุมสาธารณสุขโลก ครั้งที่ 5\n"
    )
    doc, meetings = run(nlp, body)
    assert [(m.first("number"), venue_text(doc, m), day(m)) for m in meetings] == [
        (5, None, (None, None))
    ]


def test_a_paragraph_opening_with_na_places_the_meeting_of_the_line_before(nlp):
    # _venue_continued_line: the sentence wrapped before "ณ <place>".
    body = (
        "สิ้นสุดลงแล้วสำหรับการเป็นเจ้าภาพจัดประชุมผู้ส่งออกข้าวโลก ครั้งที่ 12 เมื่อวันที่ 1 - 3 มี.ค. 67\n"
        "ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ มีผู้เข้าร่วมกว่า 2,000 คน จาก 30 ประเทศ\n"
    )
    doc, meetings = run(nlp, body)
    assert [(venue_text(doc, m), day(m)) for m in meetings] == [
        ("ศูนย์การประชุมแห่งชาติสิริกิติ์", ("2024-03-01", "2024-03-03"))
    ]


def test_a_held_date_later_in_the_paragraph_dates_the_meeting(nlp):
    # _held_later_date: "โดยจัดขึ้นระหว่างวันที่ ..." past the clause breaks (เพื่อ, โดย).
    body = (
        "กระทรวงเกษตรและสหกรณ์ ร่วมกับภาคีเครือข่าย เตรียมจัดการประชุมวิชาการเกษตรอินทรีย์แห่งชาติ "
        "ครั้งที่ 7 ภายใต้แนวคิด “ดินดี อาหารดี” เพื่อยกระดับนวัตกรรมการผลิตและเชื่อมโยงเกษตรกร"
        "กับผู้ประกอบการทั่วประเทศ และส่งเสริมตลาดสินค้าเกษตรอินทรีย์ทั้งในประเทศและต่างประเทศ "
        "โดยจัดขึ้นระหว่างวันที่ 20 - 22 มีนาคม 2567 นี้\n"
    )
    _, meetings = run(nlp, body)
    assert [(m.first("number"), day(m)) for m in meetings] == [(7, ("2024-03-20", "2024-03-22"))]


def test_a_held_date_after_a_meeting_reported_before_another_event_is_that_events(nlp):
    body = (
        "นายสมชาย ใจดี อธิบดีกรมการค้าภายใน เปิดเผยภายหลังการประชุมคณะกรรมการส่งเสริมตลาด"
        "สินค้าชุมชน ณ กระทรวงพาณิชย์ ว่า กรมฯ เตรียมจัดงานตลาดนัดชุมชน ที่จะจัดขึ้นระหว่างวันที่ "
        "20 - 24 มีนาคม 2567 ณ สวนสาธารณะกลางเมือง\n"
    )
    doc, meetings = run(nlp, body)
    assert [(venue_text(doc, m), day(m)) for m in meetings] == [("กระทรวงพาณิชย์", (None, None))]


def test_a_held_date_of_a_festival_named_after_the_meeting_is_the_festivals(nlp):
    body = (
        "นางสาวสมศรี มีสุข รัฐมนตรีว่าการกระทรวงวัฒนธรรม กล่าวว่า จากการประชุมผู้บริหารกระทรวง"
        "วัฒนธรรม ครั้งที่ 2/2567 ที่ประชุมได้เห็นชอบกิจกรรมช่วงฤดูร้อนเพื่อให้ประชาชนได้พักผ่อน"
        "กับครอบครัว ซึ่งในส่วนของสำนักงานปลัดกระทรวงได้จัดทำสื่อประชาสัมพันธ์ออนไลน์ให้ประชาชน"
        "ได้ติดตามกิจกรรมทั่วประเทศ และเชิญชวนให้แบ่งปันภาพถ่ายผ่านสื่อสังคมออนไลน์ของกระทรวง "
        "ขณะที่กรมศิลปากรกำหนดจัดเทศกาลดนตรีริมน้ำ ซึ่งจะจัดขึ้นระหว่างวันที่ 12 - 14 เมษายน 2567\n"
    )
    _, meetings = run(nlp, body)
    assert [(m.first("number"), day(m)) for m in meetings] == [(2, (None, None))]
