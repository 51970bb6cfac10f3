"""Session numbers that were missed (round q49, the q24 reach judgements): "ครั้ง ที่ 6/65" with a stray
space, and a board named after "ที่ประชุม" and a space ("โดยที่ประชุม คณะกรรมการนโยบาย... (คบต.)
ครั้งที่ 3/2568 มีมติ"), which is that board's numbered sitting, not the assembly acting; an
abbreviated body after the space ("ที่ประชุม ครม. (27 ก.ย. 65) เห็นชอบ... ซีเกมส์ ครั้งที่ 33") does not
take a number from later in its sentence. 4 of 55 archive briefs with such phrases change, all
rightly. Short Thai texts written for the test."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันอังคารที่ 11 มีนาคม 2568"


def test_a_number_word_with_a_stray_space_numbers_the_meeting():
    values = meeting_values(
        "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการพัฒนาและบริหารจัดการผลไม้ครั้ง ที่ 1/2568"
        " ณ ห้องประชุม 1 กระทรวงเกษตรและสหกรณ์\n",
        PUBLISHED,
    )
    assert [(v[1], v[3]) for v in values] == [(1, "ห้องประชุม 1 กระทรวงเกษตรและสหกรณ์")]


def test_a_board_after_the_assembly_word_is_its_numbered_sitting():
    values = meeting_values(
        "วันที่ 11 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน ประกาศข่าวดี โดยที่ประชุม"
        " คณะกรรมการนโยบายการบริหารจัดการการทำงานของคนต่างด้าว (คบต.) ครั้งที่ 3/2568 มีมติ ผ่อนผัน\n",
        PUBLISHED,
    )
    assert [(v[1], v[2]) for v in values] == [(3, "2025-03-11")]


def test_an_abbreviated_body_takes_no_number_from_its_sentence():
    values = meeting_values(
        "ที่ประชุม ครม. (10 มี.ค. 68) เห็นชอบให้ประเทศไทยเสนอตัวเป็นเจ้าภาพจัดการแข่งขันกีฬาซีเกมส์"
        " ครั้งที่ 33 พร้อมงบประมาณ\n",
        PUBLISHED,
    )
    assert [(v[1], v[2]) for v in values] == [(None, "2025-03-10")]
