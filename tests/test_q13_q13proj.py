"""Project families of quality round q13: project records that are not projects (gold.md v2,
what counts as a project). Synthetic briefs, run through the components projects need,
asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_housing_estate_after_a_plots_area_is_not_a_project(nlp):
    body = (
        "ธนาคารนำทรัพย์ออกประมูล อาทิ บ้านเดี่ยว ขนาด 52.5 ตารางวา ในโครงการหมู่บ้านสวนมะลิ"
        " อ.เมือง จ.ขอนแก่น และห้องชุด 30 ตร.ม. โครงการคอนโดริมบึง ราคาเริ่มต้น 500,000 บาท"
    )
    assert brief_titles(nlp, body) == []


def test_a_project_after_an_area_in_rai_stays(nlp):
    body = "กรมชลประทานพัฒนาพื้นที่ 1,000 ไร่ และโครงการแก้มลิงหนองน้ำใส ให้แล้วเสร็จในปีนี้"
    assert brief_titles(nlp, body) == ["โครงการแก้มลิงหนองน้ำใส"]


def test_a_predicate_or_a_part_after_the_keyword_is_no_title(nlp):
    body = (
        "กรมทางหลวงเร่งรัดโครงการทางเลี่ยงเมืองหนองบัว โดยงบประมาณโครงการมาจากกรมทางหลวง"
        " และได้ปรับแบบโครงการบางช่วง ให้สอดคล้องกับพื้นที่ที่โครงการพาดผ่าน"
    )
    assert brief_titles(nlp, body) == ["โครงการทางเลี่ยงเมืองหนองบัว"]


def test_a_field_of_work_after_the_keyword_is_no_title(nlp):
    body = "จังหวัดของบประมาณ ได้แก่ งานซ่อมถนน โครงการงานด้านการศึกษา และงานประปาหมู่บ้าน"
    assert brief_titles(nlp, body) == []
