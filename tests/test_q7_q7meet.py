"""Round q7 (q7meet): meeting families found on unannotated briefs (/work/reach), one test per
mechanism, on short Thai texts written for the test, through the components the meetings need
(no NER model)."""

from __future__ import annotations

from component_support import PAGE_HEADER, meetings

PUBLISHED = "วันศุกร์ที่ 7 มีนาคม 2568"


def found(body: str) -> list[tuple[str | None, str | None]]:
    """(date, venue text) of each meeting of `body` on a page dated PUBLISHED."""
    records = meetings(PAGE_HEADER.format(published=PUBLISHED) + body)
    return [
        (m.date.date if m.date is not None else None, m.venue.text if m.venue else None)
        for m in records
    ]


# --- the day and place chained after a bare ประชุม of the attendants (_back_reference_tail) ---


def test_the_day_after_the_attendants_bare_meeting_dates_the_meeting_reported():
    day_then_place = (
        "นายสมชาย ใจดี อธิบดีกรมชลประทาน เป็นประธานการประชุมคณะทำงานบริหารจัดการน้ำลุ่มน้ำยม "
        "ครั้งที่ 2/2568 โดยมี นายสมศักดิ์ รักดี รองอธิบดีกรมชลประทาน นายวิชัย มั่นคง ผู้อำนวยการ"
        "สำนักงานชลประทานที่ 3 นางสาวสุดา ใจงาม ผู้อำนวยการกองแผนงาน และเจ้าหน้าที่ที่เกี่ยวข้อง "
        "เข้าร่วมการประชุม เมื่อวันที่ 4 มีนาคม 2568 ณ ห้องประชุมชลกิจ กรมชลประทาน\n"
    )
    place_then_day = (
        "นางสาวสุดา ใจงาม ปลัดกระทรวงพาณิชย์ เป็นประธานการประชุมคณะกรรมการพัฒนาตลาดชุมชน "
        "ครั้งที่ 1/2568 โดยมี ผู้แทนกรมการค้าภายใน ผู้แทนกรมพัฒนาธุรกิจการค้า ผู้แทนสำนักงานพาณิชย์"
        "จังหวัด และผู้แทนภาคเอกชนที่เกี่ยวข้องจากทุกภูมิภาค ร่วมประชุม ณ ห้องประชุม 301 "
        "กระทรวงพาณิชย์ และผ่านระบบ Zoom Meeting เมื่อวันที่ 5 มีนาคม 2568\n"
    )
    assert found(day_then_place) == [("2025-03-04", "ห้องประชุมชลกิจ กรมชลประทาน")]
    assert found(place_then_day) == [("2025-03-05", "ห้องประชุม 301 กระทรวงพาณิชย์")]


def test_a_bare_meeting_verb_is_made_by_the_day_and_place_of_its_attendants():
    body = (
        "นายวิชัย มั่นคง รัฐมนตรีว่าการกระทรวงคมนาคม ประชุมติดตามความก้าวหน้าโครงการก่อสร้างถนน"
        "ในพื้นที่จังหวัดสระบุรี พร้อมด้วย นายสมศักดิ์ รักดี ปลัดกระทรวงคมนาคม นายสมชาย ใจดี อธิบดี"
        "กรมทางหลวง นางสาวสุดา ใจงาม อธิบดีกรมทางหลวงชนบท นายประเสริฐ ศรีสุข ผู้อำนวยการสำนักงาน"
        "ทางหลวงที่ 2 นางมาลี สุขสม ผู้อำนวยการสำนักงานทางหลวงชนบทที่ 1 นายอนันต์ ทองดี ผู้อำนวยการ"
        "แขวงทางหลวงสระบุรี นายบุญมี ดีมาก ผู้อำนวยการแขวงทางหลวงชนบทสระบุรี นางสาวปราณี มีสุข "
        "ผู้อำนวยการกองแผนงาน กรมทางหลวง และหัวหน้าหน่วยงานในสังกัดในพื้นที่ "
        "ร่วมประชุม เมื่อวันที่ 6 มีนาคม 2568 ณ แขวงทางหลวงสระบุรี จังหวัดสระบุรี\n"
    )
    assert found(body) == [("2025-03-06", "แขวงทางหลวงสระบุรี จังหวัดสระบุรี")]


def test_a_day_right_after_a_bare_meeting_of_the_chair_dates_the_meeting_named_before():
    body = (
        "วันที่ 7 มีนาคม 2568 นายสมชาย ใจดี โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุม"
        "คณะกรรมการนโยบายน้ำแห่งชาติ (กนช.) ที่มีนายสมศักดิ์ รักดี รองนายกรัฐมนตรีและรัฐมนตรีว่าการ"
        "กระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมเมื่อวันที่ 4 มีนาคม 2568 "
        "ได้เห็นชอบแผนบริหารจัดการน้ำในฤดูแล้ง\n"
    )
    assert found(body) == [("2025-03-04", None)]


# --- a meeting named later only by the abbreviation in its full name (_acronym_of) ----------


def test_the_abbreviation_of_a_numbered_meeting_is_the_same_meeting():
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เข้าร่วมการประชุมสมัชชาอนามัยโลก "
        "(World Health Assembly: WHA) สมัยที่ 78 ณ นครเจนีวา สมาพันธรัฐสวิส\n"
        "นายสมชาย กล่าวว่า การประชุม WHA สมัยที่ 78 ได้รับรองข้อมติด้านความปลอดภัยของแรงงาน\n"
    )
    records = meetings(PAGE_HEADER.format(published=PUBLISHED) + body)
    assert [(m.number, m.venue.text if m.venue else None) for m in records] == [
        (78, "นครเจนีวา สมาพันธรัฐสวิส")
    ]
