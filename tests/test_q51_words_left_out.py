"""Two titles of one project, one with whole words left out, are one entry (round q51, gold.md v2:
variants of one project are one entry, in the body's form): "...ถนนสายบ้านนาดี อำเภอเมือง" and
"...ถนนสายแยกทางหลวงหมายเลข 22 - บ้านนาดี (ตอนที่ 1) อำเภอเมือง", a leading verb and the word that
introduces the route set aside ("ช่วง" / "เส้นทาง"). Another place, another phase or another word
inside the name keep two projects. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        (
            "โครงการปรับปรุงถนนสายแยกทางหลวงหมายเลข 22 - บ้านนาดี (ตอนที่ 1) อำเภอเมือง จังหวัดอุดรธานี",
            "โครงการปรับปรุงถนนสายบ้านนาดี อำเภอเมือง จังหวัดอุดรธานี",
        ),
        (
            "โครงการส่งเสริมรายได้ชาวสวนยางและมาตรการคู่ขนาน ปีการผลิต 2567/68",
            "โครงการส่งเสริมรายได้ชาวสวนยาง ปี 2567/68",
        ),
    ],
)
def test_a_title_with_words_left_out_is_the_same_project(nlp, full, short):
    body = f"กระทรวงได้ติดตาม{full} ซึ่งมีความคืบหน้าตามแผน\nทั้งนี้ {short} จะแล้วเสร็จภายในปีนี้"
    assert brief_titles(nlp, body) == [full]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("โครงการก่อสร้างเขื่อนป้องกันตลิ่งคลองบางไผ่", "โครงการก่อสร้างเขื่อนป้องกันตลิ่งคลองแสนแสบ"),
        ("โครงการพัฒนาแหล่งน้ำบ้านหนองบัว ระยะที่ 1", "โครงการพัฒนาแหล่งน้ำบ้านหนองบัว ระยะที่ 2"),
        ("โครงการรถไฟชานเมืองสายสีแดง", "โครงการรถไฟฟ้าชานเมืองสายสีแดง ช่วงบางซื่อ - รังสิต"),
    ],
)
def test_other_words_keep_two_projects(nlp, one, other):
    body = f"กระทรวงได้ติดตาม{one} ซึ่งมีความคืบหน้าตามแผน\nทั้งนี้ {other} จะแล้วเสร็จภายในปีนี้"
    assert brief_titles(nlp, body) == [one, other]
