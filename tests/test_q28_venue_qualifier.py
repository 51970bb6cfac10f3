"""A Thai qualifier in brackets at a venue's end is part of it (round q28), as dev gold writes
"ตึกสันติไมตรี (หลังใน)", "...อาคารสำนักงานปลัดกระทรวงกลาโหม (ศรีสมาน)", "ห้องประชุมกระทรวง
เกษตรและสหกรณ์ (123)": before, only a Latin name in brackets ended a venue. Not an office's
abbreviation ("(พม.)"), a remark ("(ปัจจุบันคือ...)"), a day, a year or a draft. Of 268 archive
briefs with a bracket after a venue, 121 venues change, about 115 rightly. Short Thai texts
written for the test."""

from __future__ import annotations

import pytest
from component_support import venues


@pytest.mark.parametrize(
    ("written", "place"),
    [
        ("ณ ตึกสันติไมตรี (หลังนอก) โดยมีนายสมชาย ใจดี", "ตึกสันติไมตรี (หลังนอก)"),
        (
            "ณ ห้องประชุมกระทรวงเกษตรและสหกรณ์ (ห้อง 134 - 135) เพื่อหารือ",
            "ห้องประชุมกระทรวงเกษตรและสหกรณ์ (ห้อง 134 - 135)",
        ),
        (
            "ณ สำนักงานใหญ่ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) โดยมี",
            "สำนักงานใหญ่ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)",
        ),
    ],
)
def test_a_thai_qualifier_in_brackets_ends_the_venue(written, place):
    assert venues(written) == [place]


@pytest.mark.parametrize(
    "bracket", ["(พม.)", "(ปัจจุบันคือเซอร์เบีย)", "(19 ธันวาคม 2566)", "(ร่างความตกลงฯ)"]
)
def test_an_abbreviation_a_remark_or_a_day_in_brackets_is_not_the_venues(bracket):
    assert venues(f"ณ ศาลากลางจังหวัดจันทบุรี {bracket} เพื่อหารือ") == ["ศาลากลางจังหวัดจันทบุรี"]
