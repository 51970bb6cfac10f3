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


def test_a_number_after_a_latin_word_of_the_title_is_the_titles(nlp):
    # a version, a season or a code: a clause or a verb made a noun follows it, not a counted noun
    version = "กระทรวงการคลังออกมาตรการโครงการ Smart Farm 2.5 ต้องใช้งบประมาณเพิ่ม"
    assert brief_titles(nlp, version) == ["โครงการ Smart Farm 2.5"]
    season = "ททท. เปิดตัวโครงการ Go Local Season 3 ที่จัดขึ้นในภาคเหนือ"
    assert brief_titles(nlp, season) == ["โครงการ Go Local Season 3"]
    # an ordinal in Latin and the year of a Latin title, after the name proper
    edition = "กรมหม่อนไหมจัดโครงการประกวด The 4th Young Weaver Award 2026 โดยมีผู้สมัคร 50 ราย"
    assert brief_titles(nlp, edition) == ["โครงการประกวด The 4th Young Weaver Award 2026"]
    # a counted noun after the number: a count, not the title's
    counted = "ตำรวจรายงานผลโครงการประกวด Safe Walk 12 คดี ในเดือนนี้"
    assert brief_titles(nlp, counted) == ["โครงการประกวด Safe Walk"]
