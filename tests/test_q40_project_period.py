"""A date or an era year right after "โครงการ " is the project's period, no title (round q40, from a
review of 300 random archive titles): "ครบกำหนดโครงการ 30 พฤศจิกายน 2568", "ระยะเวลาโครงการ พ.ศ.
2565 - 2572"; a number that names one stays ("โครงการ 9101 ตามรอยเท้าพ่อ"). Short Thai texts
written for the test."""

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
        "ผู้ประกอบการต้องยื่นเอกสารก่อนครบกำหนดโครงการ 30 พฤศจิกายน 2568 เพื่อรับสิทธิ",
        "ระยะเวลาโครงการ พ.ศ. 2565 - 2572 รวม 8 ปี",
    ],
)
def test_the_projects_period_is_no_title(nlp, written):
    assert brief_titles(nlp, written) == []


def test_a_number_that_names_a_project_stays(nlp):
    assert brief_titles(nlp, "รัฐบาลจัดโครงการ 9101 ตามรอยเท้าพ่อ ทั่วประเทศ") == [
        "โครงการ 9101 ตามรอยเท้าพ่อ"
    ]
