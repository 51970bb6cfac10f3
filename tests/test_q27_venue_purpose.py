"""Where a venue ends (round q27). A venue whose organisation's name holds เพื่อ (round q27): "อาคารสถาบันเพื่อการยุติธรรมแห่ง
ประเทศไทย", "สำนักงานใหญ่องค์การเพื่อความร่วมมือทางเศรษฐกิจและการพัฒนา", "สำนักงานคณะกรรมการดิจิทัล
เพื่อเศรษฐกิจและสังคมแห่งชาติ". The glued เพื่อ used to end the place at the organisation's kind
("...อาคารสถาบัน"): 20 archive venues. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import meeting_values

PUBLISHED = "วันพุธที่ 9 ตุลาคม 2567"
OPENING = "วันนี้ (9 ตุลาคม 2567) นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการบริหาร ณ "


def venue(place_and_after: str) -> str | None:
    (meeting,) = meeting_values(OPENING + place_and_after + "\n", PUBLISHED)
    return meeting[3]


@pytest.mark.parametrize(
    ("written", "place"),
    [
        (
            "ห้องประชุมบอร์ด ชั้น 5 อาคารสถาบันเพื่อการยุติธรรมแห่งประเทศไทย (TIJ) โดยมีผู้บริหารเข้าร่วม",
            "ห้องประชุมบอร์ด ชั้น 5 อาคารสถาบันเพื่อการยุติธรรมแห่งประเทศไทย (TIJ)",
        ),
        (
            "หอประชุมใหญ่สมาคมเพื่อเกษตรกรภาคตะวันออก จังหวัดชลบุรี โดยมีเกษตรกรเข้าร่วม",
            "หอประชุมใหญ่สมาคมเพื่อเกษตรกรภาคตะวันออก จังหวัดชลบุรี",
        ),
        (
            "ห้องประชุม ONDE 1 ชั้น 9 สำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ โดยมี"
            "ผู้แทนหน่วยงานเข้าร่วม",
            "ห้องประชุม ONDE 1 ชั้น 9 สำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ",
        ),
    ],
)
def test_a_purpose_word_inside_an_organisations_name_stays_in_the_place(written, place):
    assert venue(written) == place


def test_a_purpose_clause_glued_after_the_organisation_still_ends_the_place():
    assert venue("ห้องประชุมสถาบันเพื่อพิจารณาแนวทางการดำเนินงาน") == "ห้องประชุมสถาบัน"
    assert venue("ห้องประชุมกระทรวงเกษตรและสหกรณ์เพื่อการเตรียมความพร้อม") == (
        "ห้องประชุมกระทรวงเกษตรและสหกรณ์"
    )


def test_said_glued_to_the_place_is_the_reports_not_the_places():
    # "...เปิดเผยภายหลังการประชุม ณ กระทรวงเกษตรและสหกรณ์ว่า": 13 archive venues ended in ว่า
    assert venue("ห้องประชุม 123 กระทรวงเกษตรและสหกรณ์ว่า ที่ประชุมเห็นชอบแผนงาน") == (
        "ห้องประชุม 123 กระทรวงเกษตรและสหกรณ์"
    )
    assert venue("ศาลาว่าการกระทรวงมหาดไทย โดยมีผู้บริหารเข้าร่วม") == "ศาลาว่าการกระทรวงมหาดไทย"


def test_a_road_or_district_written_bare_after_the_building_is_the_places():
    assert venue("ห้องประชุมธารทิพย์ อาคาร 99 ปี หม่อมหลวงชูชาติ กำภู กรมชลประทาน สามเสน โดยมีผู้บริหาร") == (
        "ห้องประชุมธารทิพย์ อาคาร 99 ปี หม่อมหลวงชูชาติ กำภู กรมชลประทาน สามเสน"
    )
    assert venue("ห้องประชุม 802 กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ศูนย์ราชการฯ แจ้งวัฒนะ โดยมี") == (
        "ห้องประชุม 802 กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ศูนย์ราชการฯ แจ้งวัฒนะ"
    )
