"""Round q42 (the q23 reach judgements): หลายๆ before โครงการ counts projects, จุดเริ่มต้น /
จุดสิ้นสุด before it say where a project said before starts or ends, and ส่วนของ / ผู้รับผิดชอบ
right after it are a part of the project and a table's column, no names. Short Thai texts written
for the test."""

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
        "ที่ผ่านมามีหลายๆโครงการตนคิดว่าประสบความสำเร็จอย่างมาก",
        "ถนนสายนี้มีจุดสิ้นสุดโครงการเชื่อมต่อกับทางหลวงหมายเลข 212 (ถนนชยางกูร)",
        "ผู้รับจ้างได้ติดตั้งอุปกรณ์ในโครงการส่วนของระบบแยกน้ำ - น้ำมัน แล้วเสร็จ",
        "ตารางแสดงชื่อโครงการผู้รับผิดชอบดำเนินการ และงบประมาณที่ได้รับ",
    ],
)
def test_no_title_here(nlp, written):
    assert brief_titles(nlp, written) == []
