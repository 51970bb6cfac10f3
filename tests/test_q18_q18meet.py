"""Round q18 (q18meet): meetings whose day is given outside their own clause, one test per
mechanism, on short Thai texts written for the test, through the components the meetings need
(no NER model)."""

from __future__ import annotations

from component_support import PAGE_HEADER, meetings

PUBLISHED = "วันศุกร์ที่ 7 มีนาคม 2568"


def found(body: str) -> list[tuple[str | None, str | None]]:
    """(date, end date) of each meeting of `body` on a page dated PUBLISHED."""
    records = meetings(PAGE_HEADER.format(published=PUBLISHED) + body)
    return [(m.date.date if m.date else None, m.date.end_date if m.date else None) for m in records]


# --- the day an account gives a meeting on another line (_AccountDays) ---


def test_a_paragraph_of_sequence_goes_on_with_the_day_the_account_opened_with():
    body = (
        "เมื่อวันที่ 5 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ ลงพื้นที่"
        "จังหวัดลำปาง ติดตามสถานการณ์ภัยแล้ง\n"
        "นายสมชาย ใจดี กล่าวว่า รัฐบาลให้ความสำคัญกับการบริหารจัดการน้ำในฤดูแล้ง\n"
        "จากนั้น นายสมชาย ใจดี เดินทางไปยังศาลากลางจังหวัดลำปาง เพื่อเป็นประธานประชุมติดตาม"
        "การแก้ไขปัญหาภัยแล้งของจังหวัดลำปาง\n"
    )
    assert found(body) == [("2025-03-05", None)]


def test_a_paragraph_without_a_word_of_sequence_takes_no_earlier_day():
    body = (
        "เมื่อวันที่ 5 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ ลงพื้นที่"
        "จังหวัดลำปาง ติดตามสถานการณ์ภัยแล้ง\n"
        "นายสมชาย ใจดี กล่าวว่า รัฐบาลให้ความสำคัญกับการบริหารจัดการน้ำในฤดูแล้ง\n"
        "ทั้งนี้ นายสมชาย ใจดี มีกำหนดเดินทางไปยังศาลากลางจังหวัดลำปาง เพื่อเป็นประธานประชุมติดตาม"
        "การแก้ไขปัญหาภัยแล้งของจังหวัดลำปาง\n"
    )
    assert found(body) == []


def test_the_schedule_line_below_a_meeting_makes_and_dates_it():
    body = (
        "นายวิชัย มั่นคง ปลัดกระทรวงยุติธรรม เป็นประธานการประชุมหารือแนวทางการช่วยเหลือผู้ต้องขัง\n"
        "ภายใต้แนวคิด “ยุติธรรมใกล้ตัว”\n"
        "ในวันอังคารที่ 4 มีนาคม 2568 เวลา 10.00 น.\n"
        "ณ ห้องประชุมกระทรวงยุติธรรม ชั้น 9\n"
    )
    assert found(body) == [("2025-03-04", None)]


def test_a_back_reference_gives_its_single_day_to_a_meeting_read_off_its_paragraph():
    body = (
        "เดิมคณะรัฐมนตรีมีมติ (4 กุมภาพันธ์ 2568) เห็นชอบร่างถ้อยแถลงร่วมสำหรับการประชุมรัฐมนตรีอาเซียน"
        "ด้านการท่องเที่ยว ครั้งที่ 28\n"
        "ต่อมารัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬาได้เข้าร่วมการประชุมดังกล่าวเมื่อวันที่ "
        "6 กุมภาพันธ์ 2568 ณ เมืองยะโฮร์บาห์รู ประเทศมาเลเซีย\n"
    )
    assert found(body) == [("2025-02-06", None)]
