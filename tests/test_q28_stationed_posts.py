"""A ณ after a post or a mission abroad says where it is stationed, not where the meeting is
(round q28, venue_stationed_before.txt): "เอกอัครราชทูต ณ กรุงโตเกียว", "สถานกงสุลใหญ่ ณ
นครกว่างโจว", "ประจำ ณ วัด...". Such a city used to be the venue of the meeting beside it: of
486 archive briefs with one, 34 changed, nearly all from a stationed city to the meeting's own
place or to none. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import meeting_values, venues

PUBLISHED = "วันพุธที่ 9 ตุลาคม 2567"


@pytest.mark.parametrize(
    "post",
    ["เอกอัครราชทูต ณ ", "อัครราชทูตที่ปรึกษา ประจำสถานเอกอัครราชทูต ณ ", "กงสุลใหญ่ ณ "],
)
def test_a_post_abroad_is_no_venue(post):
    (meeting,) = meeting_values(
        "วันนี้ (9 ตุลาคม 2567) นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์ เข้าร่วมการประชุมหารือทวิภาคี "
        f"กับรัฐมนตรีการค้าญี่ปุ่น โดยมีนายสมศักดิ์ รักไทย {post}กรุงโตเกียว ร่วมหารือด้วย\n",
        PUBLISHED,
    )
    assert meeting[3] is None


def test_the_meeting_place_after_a_post_abroad_is_still_read():
    (meeting,) = meeting_values(
        "วันนี้ (9 ตุลาคม 2567) นายสมศักดิ์ รักไทย เอกอัครราชทูต ณ กรุงจาการ์ตา เข้าร่วมการประชุม"
        "รัฐมนตรีเกษตรอาเซียน ณ กรุงกัวลาลัมเปอร์ ประเทศมาเลเซีย\n",
        PUBLISHED,
    )
    assert meeting[3] == "กรุงกัวลาลัมเปอร์ ประเทศมาเลเซีย"


def test_a_delegation_is_where_the_meeting_is():
    # "คณะผู้แทนไทย ณ ...": the delegation is at the meeting, so its place is the venue
    assert venues("นายสมชาย ใจดี หัวหน้าคณะผู้แทนไทย ณ เมืองยะโฮร์บาห์รู ประเทศมาเลเซีย") == [
        "เมืองยะโฮร์บาห์รู ประเทศมาเลเซีย"
    ]


def test_a_meeting_of_ambassadors_keeps_its_room():
    # the ณ after ทูต names a room, not a city: the meeting's place
    (meeting,) = meeting_values(
        "วันนี้ (9 ตุลาคม 2567) นายสมชาย ใจดี เป็นประธานการประชุมเอกอัครราชทูต ณ ห้องประชุม"
        "กระทรวงการต่างประเทศ\n",
        PUBLISHED,
    )
    assert meeting[3] == "ห้องประชุมกระทรวงการต่างประเทศ"
