"""An open area the paragraph opens with, before "ภายหลังเป็นประธานการประชุม X ... ให้สัมภาษณ์", is
where the chair spoke to the press, not where the meeting was (round q28): the time cue with the
chair's or a participant's verb between it and the meeting (_ROLE_AFTER_CUE), for an open area
only (venue_areas.txt). Of 380 archive briefs with "ภายหลังเป็นประธานการประชุม" or the like, 17
venues go ("บริเวณทางเชื่อมตึกภักดีบดินทร์ ทำเนียบรัฐบาล" in 12), no date changes. Short Thai texts
written for the test."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันพุธที่ 9 ตุลาคม 2567"


def test_the_press_spot_after_chairing_is_no_venue():
    ((name, _, date, venue),) = meeting_values(
        "วันนี้ (9 ตุลาคม 2567) เวลา 11.00 น. ณ บริเวณทางเชื่อมตึกภักดีบดินทร์และตึกไทยคู่ฟ้า "
        "ทำเนียบรัฐบาล ภายหลังเป็นประธานการประชุมคณะกรรมการส่งเสริมการลงทุน ครั้งที่ 2/2567 "
        "นายสมชาย ใจดี นายกรัฐมนตรี ให้สัมภาษณ์ว่า\n",
        PUBLISHED,
    )
    assert (date, venue) == ("2024-10-09", None)


def test_a_building_before_chairing_stays_the_venue():
    # a room or a building is mostly where the meeting was held as well
    ((_, _, date, venue),) = meeting_values(
        "วันนี้ (9 ตุลาคม 2567) ณ ห้องประชุมชัยนาทนเรนทร กระทรวงสาธารณสุข นายสมชาย ใจดี "
        "ปลัดกระทรวงสาธารณสุข ให้สัมภาษณ์ภายหลังเป็นประธานการประชุมคณะกรรมการโรคติดต่อ ว่า\n",
        PUBLISHED,
    )
    assert venue == "ห้องประชุมชัยนาทนเรนทร กระทรวงสาธารณสุข"
