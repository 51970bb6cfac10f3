"""Project families of quality round q23, found by judging every project title the extractor gave
on the 325 unannotated reach briefs that have one (gold.md v2, Projects). Synthetic briefs, run
through the components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_an_english_title_in_parentheses_after_the_thai_one_is_kept(nlp):
    english = (
        "ผู้แทนไทยเข้าร่วมโครงการแลกเปลี่ยนประสบการณ์การออกใบอนุญาตนักสังคมสงเคราะห์ของประเทศสมาชิกอาเซียน"
        " (Exchange of experiences on a social work licensing among ASEAN Member States) ณ กรุงจาการ์ตา"
    )
    assert brief_titles(nlp, english) == [
        "โครงการแลกเปลี่ยนประสบการณ์การออกใบอนุญาตนักสังคมสงเคราะห์ของประเทศสมาชิกอาเซียน"
        " (Exchange of experiences on a social work licensing among ASEAN Member States)"
    ]
    # past the longest unquoted title, as a quoted one is read
    quoted = (
        "ทั้งสองฝ่ายร่วมดำเนินโครงการ “การพัฒนาผลิตภัณฑ์เทคโนโลยีชีวภาพเพื่อสุขภาพสัตว์ : จากการวิจัยสู่"
        "การประยุกต์ใช้” (Thailand-UK Research Collaboration on Development of Biotechnological "
        "Products for Animal Health: From Research to Application) ซึ่งได้รับทุนจากสหราชอาณาจักร"
    )
    assert brief_titles(nlp, quoted)[0].endswith("From Research to Application)")


def test_a_long_thai_parenthesis_after_a_title_is_a_clause_not_its_gloss(nlp):
    clause = (
        "ธ.ก.ส. ดำเนินโครงการส่งเสริมสินเชื่อเพื่อสร้างมูลค่าเพิ่มโดยสถาบันเกษตรกร (คณะรัฐมนตรีได้มีมติ"
        "เมื่อวันที่ 7 พฤศจิกายน 2566 โดยให้ธนาคารสนับสนุนสินเชื่อให้เกษตรกรและสถาบันเกษตรกร) ต่อไป"
    )
    assert brief_titles(nlp, clause) == ["โครงการส่งเสริมสินเชื่อเพื่อสร้างมูลค่าเพิ่มโดยสถาบันเกษตรกร"]
