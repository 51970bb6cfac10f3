"""Round q14 project families (unannotated reach briefs): where a title cut at a period ends.
Synthetic briefs, run through the components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_thai_abbreviations_period_does_not_end_the_title(nlp):
    # the chunk after the period is the title's, read as if glued to it
    dotted = "สำนักงานรายงานผลของโครงการเครือข่าย ป.ป.ส. ติดตามการค้ายาเสพติด ในหลายจังหวัด"
    assert brief_titles(nlp, dotted) == ["โครงการเครือข่าย ป.ป.ส. ติดตามการค้ายาเสพติด"]
    # a chunk opening with a stop word is the title's only when the title's year closes it
    year = "ธนาคารเปิดตัวโครงการบ้าน ธกส. เพื่อเกษตรกร ปี 2568 อัตราดอกเบี้ยคงที่ 3 ปี"
    assert brief_titles(nlp, year) == ["โครงการบ้าน ธกส. เพื่อเกษตรกร ปี 2568"]
    clause = "ธนาคารเปิดตัวโครงการบ้าน ธกส. เพื่อช่วยเหลือเกษตรกรที่ประสบภัย"
    assert brief_titles(nlp, clause) == ["โครงการบ้าน ธกส"]
