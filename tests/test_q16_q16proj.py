"""Project families of quality round q16, found by scanning the text of unannotated reach briefs
for โครงการ that the records lack (gold.md v2, Projects). Synthetic briefs, run through the
components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_name_written_apart_after_the_keyword_is_read_to_the_clause_after_it(nlp):
    body = (
        "ธนาคารช่วยเหลือลูกค้าภายใต้โครงการ ข้าวหอมยิ้มสู้ เพื่อลดภาระหนี้ของเกษตรกร"
        " และสนับสนุนโครงการ ออมสุข SMEs ไทย (OSM 5) จะเปิดรับสมัครในเดือนหน้า"
    )
    assert brief_titles(nlp, body) == [
        "โครงการ ข้าวหอมยิ้มสู้",
        "โครงการ ออมสุข SMEs ไทย (OSM 5)",
    ]


def test_a_clause_a_list_or_a_person_after_the_keyword_is_no_spaced_name(nlp):
    body = (
        "ผู้สนใจเข้าร่วมโครงการ เพราะมีรายได้เพิ่มขึ้น จัดทำรายละเอียดโครงการ แผนงาน"
        " และงบประมาณ ระบุลักษณะโครงการ ขั้นตอนการทำงาน ขอบเขตงาน พร้อมทั้งส่งให้"
        " เจ้าหน้าที่โครงการ ผู้แทนจังหวัด และทุกโครงการ รฟท. มีแผนรองรับ"
    )
    assert brief_titles(nlp, body) == []


def test_several_plain_thai_chunks_after_the_keyword_need_a_mark_of_a_title(nlp):
    # Plain chunks in a row are as often a list of what the project has; an abbreviation marks
    # the title.
    body = (
        "กระทรวงจัดโครงการ ปลูกป่า สร้างสุข เพื่อชุมชน โดยมีผู้ร่วมงาน"
        " ส่วนกรมดำเนินโครงการ สสป. รักษ์น้ำ ใสสะอาด ซึ่งได้ผลดี"
    )
    assert brief_titles(nlp, body) == ["โครงการ สสป. รักษ์น้ำ ใสสะอาด"]


def test_a_quote_glued_to_the_keyword_opens_the_title_to_its_closing_quote(nlp):
    body = (
        'กระทรวงวัฒนธรรมดำเนินโครงการ"ชุมชนยิ้มสู้ ร่วมใจไทย" ประกอบด้วย 3 กิจกรรมหลัก'
        ' และภายใต้โครงการ "ครัวไทยสู่โลก" ได้แก่ การอบรมเชฟ'
    )
    assert brief_titles(nlp, body) == [
        'โครงการ"ชุมชนยิ้มสู้ ร่วมใจไทย"',
        'โครงการ "ครัวไทยสู่โลก"',
    ]
