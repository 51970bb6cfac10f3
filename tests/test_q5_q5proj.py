"""Project families of quality round q5 (tune7): what after โครงการ is no name, a generic kind
written another way, and an agency after ของ that ends a title (gold.md v2, Projects).
Synthetic briefs through the components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_an_adverb_after_the_keyword_is_no_name(nlp):
    body = (
        "กรมส่งเสริมการเกษตรจัดโครงการพัฒนาฟาร์มผักปลอดภัย เพื่อเกษตรกรในจังหวัดน่าน และจะขยาย"
        "โครงการอีกครั้งในปีหน้า"
    )
    assert brief_titles(nlp, body) == ["โครงการพัฒนาฟาร์มผักปลอดภัย"]


def test_a_double_track_railway_is_a_kind_of_project(nlp):
    body = "ชาวบ้านริมทางรถไฟได้รับผลกระทบจากโครงการก่อสร้างรถไฟรางคู่ในพื้นที่จังหวัดลำปาง จำนวน 20 ครัวเรือน"
    assert brief_titles(nlp, body) == []


def test_an_agency_after_of_ends_the_title(nlp):
    body = "ผู้เดือดร้อนจะได้เข้าร่วมโครงการบ้านประชาร่วมใจของการเคหะแห่งชาติ (กคช.) ซึ่งเปิดให้ลงทะเบียนถึงสิ้นเดือน"
    assert brief_titles(nlp, body) == ["โครงการบ้านประชาร่วมใจ"]


def test_a_number_repeated_after_a_word_is_a_slogan_title(nlp):
    body = "เกษตรจังหวัดชี้แจงแนวทางโครงการ 2 อำเภอ 2 ฟาร์มเกษตรปลอดภัย แก่เจ้าหน้าที่ทุกอำเภอ"
    assert brief_titles(nlp, body) == ["โครงการ 2 อำเภอ 2 ฟาร์มเกษตรปลอดภัย"]
