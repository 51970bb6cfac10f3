"""Round q6 (q6meet): meeting families seen on the tune8 briefs, one test per mechanism, on short
Thai texts written for the test, through the components the meetings need (no NER model)."""

from __future__ import annotations

from component_support import PAGE_HEADER, meetings

PUBLISHED = "วันศุกร์ที่ 7 มีนาคม 2568"


def days(body: str) -> list[tuple[str | None, str | None]]:
    """(date, end_date) of each meeting of `body` on a page dated PUBLISHED."""
    found = meetings(PAGE_HEADER.format(published=PUBLISHED) + body)
    return [(m.date.date, m.date.end_date) if m.date is not None else (None, None) for m in found]


# --- a day with its own lead that opens the meeting's clause (_clause_opening_day) -------------


def test_a_day_that_opens_the_clause_of_a_bare_meeting_verb_dates_it():
    trip = (
        "รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ ลงพื้นที่จังหวัดน่าน ระหว่างวันที่ 10 – 12 มีนาคม 2568 "
        "เพื่อประชุมแก้ไขปัญหาหมอกควันร่วมกับหน่วยงานในพื้นที่\n"
    )
    planned = (
        "สำนักงานจังหวัดแจ้งว่า ในวันที่ 14 มีนาคม 2568 หน่วยงานที่เกี่ยวข้องจะมีการประชุมเพื่อวางแผน"
        "การแจกจ่ายน้ำให้ประชาชน\n"
    )
    assert days(trip) == [("2025-03-10", "2025-03-12")]
    assert days(planned) == [("2025-03-14", None)]


def test_a_day_of_another_activity_does_not_date_the_meeting_after_it():
    joined = (
        "กรมควบคุมโรคแถลงสถิติผู้ป่วยประจำวันที่ 5 มีนาคม 2568 และประชุมติดตามสถานการณ์โรคระบาด"
        "ร่วมกับหน่วยงานที่เกี่ยวข้อง\n"
    )
    after = (
        "คณะทำงานจะลงพื้นที่ตรวจแปลงเกษตรในวันที่ 10 มีนาคม 2568 จากนั้น จะเรียกประชุมเกษตรกรในพื้นที่เพื่อรับฟังปัญหา\n"
    )
    assert days(joined) == []
    assert days(after) == []
