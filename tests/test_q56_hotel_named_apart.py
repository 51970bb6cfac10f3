"""A hotel or hall head written apart from its name takes the name's words until a place-like word
ends it (round q56, the issue's "venues cut after the first word of a multi-word hotel name"):
"ณ โรงแรม รามาดา บาย วินแดม แบงคอก เจ้าพระยาปาร์ค ถนนรัชดาภิเษก กรุงเทพฯ" (venue_bare_heads.txt,
[venues] bare_head_lookahead). Two mentions of one meeting whose places share most of their words
(a room of the hotel, the hotel) stay one meeting (meetings.py `_mostly_shared`). Short Thai texts
written for the test."""

from __future__ import annotations

from component_support import meeting_values

HOTEL = "โรงแรม ริเวอร์ไซด์ ซิตี้ บาย ลักซ์ ถนนพระราม 3 กรุงเทพฯ"


def test_the_hotel_takes_its_name_written_apart():
    body = (
        "วันนี้ (3 ตุลาคม 2567) นายสมชาย ใจดี ปลัดกระทรวงวัฒนธรรม เป็นประธานการประชุม"
        f"เครือข่ายทางวัฒนธรรม ณ {HOTEL}"
    )
    assert [place for *_, place in meeting_values(body, "2024-10-03")] == [HOTEL]


def test_a_room_of_the_hotel_and_the_hotel_are_one_meetings_place():
    body = (
        "กระทรวงวัฒนธรรมจัดการประชุมเชิงปฏิบัติการเครือข่ายทางวัฒนธรรม ระหว่างวันที่ 2 - 3 ตุลาคม 2567"
        f" ณ ห้องบอลรูม ชั้น 2 {HOTEL} โดยมีวัตถุประสงค์เพื่อสร้างความเข้าใจ\n"
        "เมื่อวันที่ 3 ตุลาคม 2567 ที่" + HOTEL + " นายสมชาย ใจดี ปลัดกระทรวงวัฒนธรรม"
        " เป็นประธานการประชุมเชิงปฏิบัติการเครือข่ายทางวัฒนธรรม"
    )
    assert len(meeting_values(body, "2024-10-03")) == 1
