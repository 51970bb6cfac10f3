"""Project families of quality round q10, found on unannotated reach briefs (gold.md v2, Projects).
Synthetic briefs, run through the components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_the_keyword_glued_after_an_organisation_head_names_the_organisation(nlp):
    body = (
        "ผู้แทนมูลนิธิโครงการหลวงร่วมหารือกับเกษตรกร และกรมส่งเสริมการเกษตรดำเนินโครงการปลูกกาแฟ"
        "บนพื้นที่สูง จังหวัดน่าน ต่อไป"
    )
    assert brief_titles(nlp, body) == ["โครงการปลูกกาแฟบนพื้นที่สูง จังหวัดน่าน"]


def test_titles_differing_in_an_end_alias_or_letter_case_are_one_project(nlp):
    body = (
        "กระทรวงพลังงานเร่งรัดโครงการท่าเทียบเรือก๊าซ Marine Terminal (MTX2) ให้แล้วเสร็จ"
        " ส่วนโครงการท่าเทียบเรือก๊าซ Marine terminal ตำบลบ้านฉาง อำเภอบ้านฉาง จังหวัดระยอง"
        " จะเริ่มก่อสร้างในปีหน้า"
    )
    assert brief_titles(nlp, body) == ["โครงการท่าเทียบเรือก๊าซ Marine Terminal (MTX2)"]


def test_a_position_before_the_keyword_leaves_the_project_named(nlp):
    body = (
        "นางสาวดวงใจ ใจดี ผู้ประสานงานโครงการ Smart Farmer Link และนายสมหมาย รักดี"
        " ผู้อำนวยการโครงการชลประทานพะเยา ร่วมประชุม"
    )
    assert brief_titles(nlp, body) == ["โครงการ Smart Farmer Link"]


def test_a_year_or_a_dotted_item_number_before_the_keyword_is_no_count(nlp):
    body = (
        "ที่ประชุมรับทราบแผนงานปีงบประมาณ พ.ศ. 2568 โครงการก่อสร้างสะพานข้ามแม่น้ำน่าน อำเภอเมืองน่าน"
        " และอนุมัติ 2 รายการ ได้แก่\n1.1 โครงการปรับปรุงท่าเรือท่าเสา จังหวัดอุตรดิตถ์\n"
        "รวมทั้งหมด 21 โครงการ ทั่วประเทศ"
    )
    assert brief_titles(nlp, body) == [
        "โครงการก่อสร้างสะพานข้ามแม่น้ำน่าน อำเภอเมืองน่าน",
        "โครงการปรับปรุงท่าเรือท่าเสา จังหวัดอุตรดิตถ์",
    ]
