"""Where someone travels to attend or chair a meeting is its venue (round q54, from the thaigov tune
errors): "เดินทางไปยัง ห้องประชุม... ศาลากลางจังหวัด... ร่วมประชุม...", "เดินทางไปยัง จ.น่าน
ร่วมประชุม...". A trip with another purpose names no venue ("เดินทางมากรุงเทพฯ เพื่อร่วมกับ
ขับเคลื่อนการประชุม...", "นักท่องเที่ยวเดินทางมาประเทศไทย..."). Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import meeting_values

DAY = "วันนี้ (4 เมษายน 2568) "


@pytest.mark.parametrize(
    ("trip", "venue"),
    [
        (
            "เดินทางไปยัง ห้องประชุมชั้น 2 ศาลากลางจังหวัดน่าน ร่วมประชุมติดตามการดำเนินงานของจังหวัด",
            "ห้องประชุมชั้น 2 ศาลากลางจังหวัดน่าน",
        ),
        (
            "เดินทางไปยังศาลากลางจังหวัดแพร่ เพื่อเป็นประธานการประชุมคณะกรรมการบริหารจังหวัด",
            "ศาลากลางจังหวัดแพร่",
        ),
    ],
)
def test_the_place_travelled_to_for_the_meeting_is_its_venue(trip, venue):
    values = meeting_values(DAY + "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย " + trip, "2025-04-04")
    assert [(date, place) for _, _, date, place in values] == [("2025-04-04", venue)]


def test_a_trip_for_another_purpose_names_no_venue():
    body = (
        DAY + "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานการประชุมคณะกรรมการบริหารจังหวัด"
        " โดยกล่าวว่า นักท่องเที่ยวเดินทางมาประเทศไทยเพื่อร่วมกิจกรรมจำนวนมาก"
    )
    assert [place for *_, place in meeting_values(body, "2025-04-04")] == [None]


def test_a_planned_trip_names_no_venue():
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย มีกำหนดเดินทางไปยังศาลากลางจังหวัดแพร่"
        " เพื่อเป็นประธานการประชุมคณะกรรมการบริหารจังหวัด"
    )
    assert [place for *_, place in meeting_values(body, "2025-04-04")] in ([], [None])
