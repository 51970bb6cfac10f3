"""A date right after a meeting's name that dates a document ("ลงวันที่ ...") or a resolution
("ตามมติคณะรัฐมนตรี เมื่อวันที่ ...") is not the meeting's (round q28): meeting_other_day_leads.txt
already kept such a day from dating a meeting named after it; now it is not attached to the
meeting before it either. Of 231 archive briefs with such a date after a meeting, 35 change: a
document's or an old resolution's day dropped, or the paragraph's own day taken instead. Short
Thai texts written for the test."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันพุธที่ 9 ตุลาคม 2567"


def dates(body: str) -> list[str | None]:
    return [meeting[2] for meeting in meeting_values(body + "\n", PUBLISHED)]


def test_a_documents_date_does_not_date_the_meeting():
    # undated, the bare "ประชุมรับทราบ..." is no meeting of the record at all
    assert (
        dates(
            "นายสมชาย ใจดี ผู้ตรวจราชการกระทรวง ได้เข้าร่วมประชุมรับทราบคำสั่งกระทรวงเกษตรและสหกรณ์ "
            "ลงวันที่ 19 ตุลาคม 2565 เรื่อง ติดตามเร่งรัดแก้ไขปัญหาความเดือดร้อนในพื้นที่"
        )
        == []
    )


def test_a_resolutions_date_gives_way_to_the_paragraphs_day():
    assert dates(
        "วันนี้ (9 ตุลาคม 2567) นายสมชาย ใจดี รัฐมนตรีประจำสำนักนายกรัฐมนตรี เป็นประธานการประชุม"
        "คณะกรรมการเร่งรัดการเสนอร่างพระราชบัญญัติ โดยที่ประชุมรับทราบ มติคณะรัฐมนตรีเมื่อวันที่ "
        "27 มีนาคม 2567 เกี่ยวกับบัญชีร่างพระราชบัญญัติที่สำคัญ"
    ) == ["2024-10-09"]


def test_the_cabinet_resolving_on_its_own_day_still_dates_it():
    # "ที่ประชุมคณะรัฐมนตรีได้มีมติเมื่อวันที่ ...": the cabinet meeting's own resolution
    assert dates(
        "นายสมชาย ใจดี โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุมคณะรัฐมนตรีได้มีมติเมื่อวันที่ "
        "8 ตุลาคม 2567 เห็นชอบในหลักการให้จัดตั้งศูนย์อำนวยการ"
    ) == ["2024-10-08"]


def test_the_bracketed_day_of_a_cabinet_resolution_dates_no_meeting_after_it():
    # "เรื่องเดิม คณะรัฐมนตรีมีมติ (11 มกราคม 2565) อนุมัติให้...เข้าร่วมการประชุม X": 783 times in the
    # archive, the day the cabinet resolved, not the day of the meeting it allowed
    assert "2022-01-11" not in dates(
        "เรื่องเดิม คณะรัฐมนตรีมีมติ (11 มกราคม 2565) อนุมัติให้คณะผู้แทนไทยเข้าร่วมการประชุม"
        "คณะกรรมการระหว่างรัฐเฉพาะกิจเพื่อจัดทำอนุสัญญาว่าด้วยการต่อต้านอาชญากรรมไซเบอร์ ครั้งที่ 3"
    )


def test_a_cabinet_resolution_told_in_passing_dates_no_other_meeting():
    # "ก่อนหน้านี้ ครม.มีมติเมื่อวันที่ ...": the cabinet resolving, not the committee's sitting
    assert "2024-03-22" not in dates(
        "นายสมชาย ใจดี รองโฆษก กล่าวว่า ที่ประชุมคณะกรรมการนโยบายการบริหารทุนหมุนเวียน ครั้งที่ 3/2567 "
        "ได้พิจารณาเรื่องดังกล่าว ก่อนหน้านี้ ครม.มีมติเมื่อวันที่ 22 มีนาคม 2567 เห็นชอบการเรียกให้"
        "ทุนหมุนเวียนนำส่งคลัง"
    )


def test_a_meeting_that_closed_on_a_day_keeps_it():
    # "ได้ปิดฉากลงเมื่อวันที่ ...": ลง is a document's day only in "ลงวันที่"
    assert dates(
        "การประชุมรัฐภาคีกรอบอนุสัญญา สมัยที่ 29 (COP29) และการประชุมอื่นที่เกี่ยวข้อง ได้ปิดฉากลง"
        "เมื่อวันที่ 24 พฤศจิกายน 2567 ณ กรุงบากู"
    ) == ["2024-11-24"]


def test_the_day_a_cabinet_summary_is_for_dates_that_sitting():
    # "ผลการประชุมคณะรัฐมนตรี ... ประจำวันที่ ...": right after the meeting, ประจำ gives its day
    assert dates(
        "นายสมชาย ใจดี เปิดเผยผลการประชุมคณะรัฐมนตรี ในส่วนที่เกี่ยวข้องกับกระทรวงการคลัง "
        "ประจำวันที่ 8 ตุลาคม 2567 ว่า"
    ) == ["2024-10-08"]
