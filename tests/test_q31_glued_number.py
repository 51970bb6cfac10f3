"""A number glued to the last word of a title is not the title's when it is an amount, a count or
the next list item's number (round q31, _without_glued_number): a unit follows it, it is grouped by
thousands, or a bracket that opens nothing closes it. A word that takes a number keeps its own
("พระราม2"), and an amount's quantifier left before it goes too (project_dangling.txt). Short Thai
texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "วงเงินคุ้มครอง โครงการประกันภัยข้าวโพดเลี้ยงสัตว์1,500 บาทต่อไร่ และในกรณีเกิดภัย",
            "โครงการประกันภัยข้าวโพดเลี้ยงสัตว์",
        ),
        (
            "สนับสนุนโครงการสลากการกุศลรวมไม่เกินครั้งละ10,000 ล้านบาท และการพิจารณาออกสลาก",
            "โครงการสลากการกุศลรวม",
        ),
        (
            "การลดต้นทุนการผลิตโครงการระบบส่งเสริมเกษตรแบบแปลงใหญ่5) การส่งเสริมอาชีพด้านพืช",
            "โครงการระบบส่งเสริมเกษตรแบบแปลงใหญ่",
        ),
    ],
)
def test_an_amount_or_the_next_item_number_leaves_the_title(nlp, written, title):
    assert brief_titles(nlp, written) == [title]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("กรมทางหลวงเร่งรัดโครงการก่อสร้างถนนพระราม2 ให้แล้วเสร็จ", "โครงการก่อสร้างถนนพระราม2"),
        ("รัฐบาลจัดโครงการหมู่บ้านรักษาศีล5 ทั่วประเทศ", "โครงการหมู่บ้านรักษาศีล5"),
    ],
)
def test_a_number_of_the_name_stays(nlp, written, title):
    assert brief_titles(nlp, written) == [title]
