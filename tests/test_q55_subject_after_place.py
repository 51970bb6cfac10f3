"""A body that opens a chunk after a place is the subject of the next clause, not part of the place
(round q55, from the thaigov tune errors): "ณ สำนักงาน ปปง. คณะกรรมการธุรกรรมมีคำสั่ง..." keeps
"สำนักงาน ปปง." (venue_subject_heads.txt). After a head that names its owner next ("ห้องประชุม",
"สำนักเลขาธิการ", venue_owned_heads.txt) the body is the place's. Short Thai texts written for the
test."""

from __future__ import annotations

import pytest
from component_support import meeting_values

MEETING = "โดยในการประชุมคณะกรรมการส่งเสริมการค้า ครั้งที่ 2/2568 เมื่อวันที่ 9 มกราคม 2568 ณ "


@pytest.mark.parametrize(
    ("written", "venue"),
    [
        ("สำนักงาน สสว. คณะกรรมการส่งเสริมการค้ามีมติเห็นชอบแผนงาน", "สำนักงาน สสว."),
        (
            "ห้องประชุม 2 ศาลากลางจังหวัดน่าน คณะอนุกรรมการได้พิจารณาแผนงาน",
            "ห้องประชุม 2 ศาลากลางจังหวัดน่าน",
        ),
        (
            "ห้องประชุม คณะกรรมการกีฬาแห่งชาติ กรุงเทพมหานคร",
            "ห้องประชุม คณะกรรมการกีฬาแห่งชาติ กรุงเทพมหานคร",
        ),
        ("สำนักเลขาธิการ คณะรัฐมนตรี ทำเนียบรัฐบาล", "สำนักเลขาธิการ คณะรัฐมนตรี ทำเนียบรัฐบาล"),
    ],
)
def test_a_body_after_the_place_opens_the_next_clause(written, venue):
    values = meeting_values(MEETING + written, "2025-01-10")
    assert [place for *_, place in values] == [venue]
