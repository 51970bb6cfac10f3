"""Project families of quality round q6 (fresh briefs of round 8): a name that ends with a size
or an extent names a kind of projects (gold.md v2: generic categories are not named projects).
Synthetic briefs through the components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_name_ending_with_a_size_or_an_extent_is_a_kind_of_project(nlp):
    body = (
        "ทั้งสองประเทศจะร่วมลงทุนในโครงการท่าเรือน้ำลึกขนาดใหญ่ของภูมิภาค และเร่งรัด"
        "โครงการปลูกหญ้าแฝกทั่วประเทศให้แล้วเสร็จ พร้อมติดตามโครงการสะพานข้ามแม่น้ำขนาดใหญ่"
        " จังหวัดนครพนม"
    )
    assert brief_titles(nlp, body) == ["โครงการสะพานข้ามแม่น้ำขนาดใหญ่ จังหวัดนครพนม"]


def test_a_size_inside_a_title_or_of_whom_it_serves_keeps_the_name(nlp):
    body = (
        "ธนาคารเปิดโครงการสินเชื่อฟื้นฟูวิสาหกิจขนาดย่อม และกระทรวงจัดทำ"
        "โครงการวิเคราะห์ข้อมูลขนาดใหญ่ภาคเกษตร ให้เกษตรกรใช้งาน"
    )
    assert brief_titles(nlp, body) == [
        "โครงการสินเชื่อฟื้นฟูวิสาหกิจขนาดย่อม",
        "โครงการวิเคราะห์ข้อมูลขนาดใหญ่ภาคเกษตร",
    ]


def test_a_relative_clause_a_partner_or_a_time_glued_after_a_name_ends_it(nlp):
    body = (
        "ธนาคารเปิดโครงการสินเชื่อรักษ์ชุมชนที่สนับสนุนให้ครัวเรือนมีทุน และกรมชลประทานเดินหน้า"
        "โครงการฝายบ้านหนองแวงร่วมกับองค์การบริหารส่วนตำบล ส่วนกรมป่าไม้จัดทำ"
        "โครงการปลูกไผ่ริมคลองเมื่อเดือนมีนาคม"
    )
    assert brief_titles(nlp, body) == [
        "โครงการสินเชื่อรักษ์ชุมชน",
        "โครงการฝายบ้านหนองแวง",
        "โครงการปลูกไผ่ริมคลอง",
    ]


def test_a_kind_of_project_before_a_relative_clause_or_a_destination_is_no_name(nlp):
    body = (
        "จังหวัดจัดทำโครงการกิจกรรมที่สอดคล้องกับนโยบายรัฐบาล และให้อำเภอส่งรายละเอียด"
        "โครงการมายังศาลากลางจังหวัดภายในสิ้นเดือน"
    )
    assert brief_titles(nlp, body) == []
