"""A generic name glued to a relative ที่ names a kind of project (round q30, _kind_with_relative):
"โครงการลงทุนที่เบิกจ่ายล่าช้า" is the investment projects that are late, not one project's title
(gold.md: no generic mentions). ที่ must be a word of its own, and a place after it names one
project. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


@pytest.mark.parametrize(
    "written",
    [
        "สำนักงานยังคงติดตามดูแลโครงการลงทุนที่เบิกจ่ายล่าช้าอย่างใกล้ชิด",
        "ในกรณีที่ไม่รวมโครงการลงทุนขนาดใหญ่ที่ติดประเด็นทางเทคนิคและดำเนินการล่าช้า ผลการเบิกจ่ายจะสูงขึ้น",
        "กระทรวงเร่งรัดโครงการก่อสร้างที่คาดว่าจะแล้วเสร็จภายในปีนี้",
    ],
)
def test_a_generic_name_with_a_relative_clause_is_no_title(nlp, written):
    assert brief_titles(nlp, written) == []


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "ธนาคารเปิดโครงการสินเชื่อที่อยู่อาศัยเพื่อผู้มีรายได้น้อย เมื่อวันนี้",
            "โครงการสินเชื่อที่อยู่อาศัยเพื่อผู้มีรายได้น้อย",
        ),
        (
            "การไฟฟ้าดำเนินโครงการนำร่องที่เขื่อนสิรินธร จังหวัดอุบลราชธานี เพื่อผลิตไฟฟ้า",
            "โครงการนำร่องที่เขื่อนสิรินธร จังหวัดอุบลราชธานี",
        ),
    ],
)
def test_a_word_with_ti_or_a_place_keeps_the_title(nlp, written, title):
    assert brief_titles(nlp, written) == [title]
