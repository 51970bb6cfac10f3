"""Round q26 (q26meet): meetings the q24 judges found on unseen briefs and the rules lost, one
test per mechanism, on short Thai texts written for the test, through the components the
meetings need (no NER model)."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันพฤหัสบดีที่ 6 มีนาคม 2568"


def found(body: str) -> list[tuple[str | None, str | None]]:
    """(date, venue text) of each meeting of `body` on a page dated PUBLISHED."""
    return [(date, venue) for _, _, date, venue in meeting_values(body, PUBLISHED)]


# --- the verb, then its place: "เข้าร่วมการประชุม ณ ห้อง X" (_unnumbered) ---


def test_the_verb_then_its_place_is_a_meeting_the_brief_reports():
    body = (
        "เมื่อวันที่ 4 มีนาคม 2568 นางสาวสมศรี ใจงาม รองปลัดกระทรวงอุตสาหกรรม มอบนโยบายการ"
        "ขับเคลื่อนงานของสถาบันเครือข่าย โดยมี นายสมชาย ใจดี ผู้อำนวยการกองกลาง และผู้บริหาร"
        "ของสถาบัน เข้าร่วมการประชุม ณ ห้องประชุมชุณหะวัณ ชั้น 3 อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม\n"
    )
    assert found(body) == [("2025-03-04", "ห้องประชุมชุณหะวัณ ชั้น 3 อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม")]


def test_the_verb_then_its_place_places_the_meeting_named_before_it():
    body = (
        "เมื่อวันที่ 4 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานการประชุม"
        "คณะกรรมการพัฒนาฝีมือแรงงาน ครั้งที่ 2/2568 โดยมี นายวิชัย มั่นคง อธิบดีกรมพัฒนาฝีมือแรงงาน"
        " เข้าร่วมประชุม ณ ห้องประชุมปกรณ์ ชั้น 10 อาคารกรมพัฒนาฝีมือแรงงาน\n"
    )
    assert found(body) == [("2025-03-04", "ห้องประชุมปกรณ์ ชั้น 10 อาคารกรมพัฒนาฝีมือแรงงาน")]


def test_a_filler_a_day_or_a_medium_between_the_verb_and_its_place_leaves_it_the_meetings():
    filler = (
        "นายสมชาย ใจดี อธิบดีกรมพัฒนาฝีมือแรงงาน ผู้บริหารและเจ้าหน้าที่ที่เกี่ยวข้อง เข้าร่วมประชุม"
        "ในครั้งนี้ด้วย ณ ห้องประชุมอัมพร จุณนานนท์ ชั้น 10 อาคารกรมพัฒนาฝีมือแรงงาน\n"
    )
    assert found(filler) == [(None, "ห้องประชุมอัมพร จุณนานนท์ ชั้น 10 อาคารกรมพัฒนาฝีมือแรงงาน")]
    day = (
        "นายสมชาย ใจดี ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม และคณะผู้บริหารระดับสูงของกระทรวง "
        "เข้าร่วมประชุม เมื่อวันที่ 4 มีนาคม 2568 ณ ห้องประชุมชั้น 4 อส.\n"
    )
    assert found(day) == [("2025-03-04", "ห้องประชุมชั้น 4 อส.")]
    medium = (
        "นายสมชาย ใจดี ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาคที่ 1 ร่วมประชุม ผ่านระบบทางไกล "
        "ณ ห้องประชุมวิสูตรสาครดิษฐ์ ชั้น 4 อาคาร 162 ปี กรมเจ้าท่า\n"
    )
    assert found(medium) == [(None, "ห้องประชุมวิสูตรสาครดิษฐ์ ชั้น 4 อาคาร 162 ปี กรมเจ้าท่า")]


def test_a_clause_between_the_verb_and_a_place_leaves_the_place_to_it():
    body = (
        "นายสมชาย ใจดี อธิบดีกรมเจ้าท่า กล่าวว่า ผู้ประกอบการจะเข้าร่วมประชุม ก็ต่อเมื่อได้รับหนังสือ "
        "ณ ห้องประชุมกรมเจ้าท่า\n"
    )
    assert found(body) == []


def test_after_a_seminar_the_verb_and_its_place_are_the_seminars_attendance():
    body = (
        "เมื่อวันที่ 4 มีนาคม 2568 นายสมชาย ใจดี รองนายกรัฐมนตรี เป็นประธานเปิดการสัมมนาเครือข่าย"
        "ลุ่มน้ำ โดยมี ผู้ว่าราชการจังหวัด และคณะกรรมการลุ่มน้ำ เข้าร่วมประชุม ณ โรงแรมรามาการ์เด้นส์ "
        "กรุงเทพฯ\n"
    )
    assert found(body) == []


def test_a_place_after_the_bare_noun_without_a_reporting_verb_makes_no_meeting():
    # "การประชุม ณ ..." read in passing, with no verb that reports it (weak anchor), is no meeting.
    body = "นายสมชาย ใจดี อธิบดีกรมการจัดหางาน กล่าวว่า ระเบียบว่าด้วยการประชุม ณ ต่างประเทศ ต้องได้รับอนุมัติก่อน\n"
    assert found(body) == []


# --- the cabinet resolving on the day its paragraph opens with (_todays_resolution) ---


def test_today_and_a_day_outside_its_lead_date_the_cabinets_resolution():
    body = (
        "วันนี้ 4 มีนาคม 2568 นายสมชาย ใจดี โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุม"
        "คณะรัฐมนตรี (ครม.) รับทราบผลการดำเนินงานของกองทุนเพื่อความเสมอภาคทางการศึกษา\n"
    )
    assert found(body) == [("2025-03-04", None)]


def test_a_day_in_brackets_opening_the_paragraph_dates_the_cabinets_resolution():
    body = (
        "(4 มีนาคม 2568) นางสาวสมศรี ใจงาม รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุม ครม. "
        " มีมติเห็นชอบมาตรการลดภาระค่าใช้จ่ายด้านพลังงานให้แก่ประชาชน\n"
    )
    assert found(body) == [("2025-03-04", None)]


def test_a_paragraph_opening_with_another_word_gives_the_resolution_no_day():
    body = (
        "ต่อมา 4 มีนาคม 2568 นายสมชาย ใจดี โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุม"
        "คณะรัฐมนตรี (ครม.) รับทราบผลการดำเนินงานของกองทุน\n"
    )
    assert found(body) == []


# --- how long the meeting took ends its place (venue_chunk_stops.txt) ---


def test_how_long_it_took_ends_the_place():
    body = (
        "เมื่อวันที่ 4 มีนาคม 2568 คณะผู้บริหารกระทรวงสาธารณสุขได้ลงพื้นที่จังหวัดสมุทรสาคร และมี"
        "การประชุม ณ โรงพยาบาลสมุทรสาครเป็นเวลา 1 ชั่วโมง\n"
    )
    assert [v for _, v in found(body)] == ["โรงพยาบาลสมุทรสาคร"]


# --- "วันนี้ (...)" with the header's day but another month or year (text/dates.py) ---


def test_today_written_with_another_month_or_year_is_the_headers_date():
    # published 6 March 2568; "วันนี้" typed with the year before and with the month before
    for written in ("6 มีนาคม 2567", "6 กุมภาพันธ์ 2568"):
        body = (
            f"วันนี้ ({written}) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธานการประชุม"
            "คณะกรรมการพัฒนาอุตสาหกรรม ครั้งที่ 1/2568 ณ ห้องประชุมชุณหะวัณ\n"
        )
        assert [d for d, _ in found(body)] == ["2025-03-06"], written


def test_today_a_day_before_the_header_stays_as_written():
    body = (
        "วันนี้ (5 มีนาคม 2568) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธานการประชุม"
        "คณะกรรมการพัฒนาอุตสาหกรรม ครั้งที่ 1/2568 ณ ห้องประชุมชุณหะวัณ\n"
    )
    assert [d for d, _ in found(body)] == ["2025-03-05"]
