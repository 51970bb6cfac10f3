"""Project rule families of quality round q4 (round-5 tune briefs): quoted one-run titles, names
listing their objects, list numbers and royal categories that name no project, measures in
parentheses (gold.md v2, Projects). Synthetic briefs, run through the components projects need,
asserting the first title of each project group."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_quoted_word_run_is_a_title_even_with_a_clause_word_inside(nlp):
    # ยัง opens a clause after a name and makes "โครงการยัง..." generic; inside quotes it is a word
    body = "กระทรวงได้ดำเนิน “โครงการยังเกษตรกรยุคใหม่” เพื่อช่วยเกษตรกรรุ่นใหม่ในชนบท"
    assert brief_titles(nlp, body) == ["โครงการยังเกษตรกรยุคใหม่"]
    # a quoted saying has spaces: not a title
    saying = "นายสมชาย กล่าวว่า “โครงการยังต้องปรับปรุง อีกมาก” ทั้งนี้"
    assert brief_titles(nlp, saying) == []


def test_a_name_listing_its_objects_keeps_the_list(nlp):
    body = "หน่วยงานได้รับรางวัลตามโครงการพัฒนาหมู่บ้าน ตำบล อำเภอ และจังหวัดสะอาด ภายใต้แผนแม่บทชาติ"
    assert brief_titles(nlp, body) == ["โครงการพัฒนาหมู่บ้าน ตำบล อำเภอ และจังหวัดสะอาด"]


def test_a_list_number_after_the_keyword_names_no_project(nlp):
    body = "ระดับที่ต้องการการสนับสนุนทั้งงบประมาณ แผนงาน และโครงการ 3. ระดับที่ยังไม่มีความพร้อม"
    assert brief_titles(nlp, body) == []


def test_the_royal_projects_as_a_class_are_no_named_project(nlp):
    body = "ภายในงานมีการจำหน่ายสินค้าโครงการส่วนพระองค์ และสินค้าชุมชนจากทั่วประเทศ"
    assert brief_titles(nlp, body) == []


def test_a_measure_in_parentheses_is_no_alias(nlp):
    body = "กฟน. รายงานความคืบหน้าโครงการเคเบิลใต้ดินถนนสีลม (12.5 กม.) แล้วเสร็จร้อยละ 80"
    assert brief_titles(nlp, body) == ["โครงการเคเบิลใต้ดินถนนสีลม"]
