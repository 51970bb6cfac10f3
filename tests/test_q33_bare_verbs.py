"""Round q33, from a fresh set of 60 archive briefs annotated for projects (r14): a title read so
far that ends with a verb still without its object goes on to it over the space
(project_bare_verbs.txt, _verb_object), and a quantifier before โครงการ (หลาย, แต่ละ, บาง) counts
projects instead of naming one (_GENERIC_BEFORE). Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "ผู้เข้าร่วมชมฐานเรียนรู้ โครงการอนุรักษ์ และพัฒนากระบือไทย: ชมกระบือสายพันธุ์ไทย",
            "โครงการอนุรักษ์ และพัฒนากระบือไทย",
        ),
        (
            "ชุมชนจัดทำถังขยะเปียก ตามโครงการฟื้นฟู พัฒนา รักษาสิ่งแวดล้อมอย่างยั่งยืน",
            "โครงการฟื้นฟู พัฒนา รักษาสิ่งแวดล้อมอย่างยั่งยืน",
        ),
        (
            "ลงพื้นที่ติดตามโครงการป้องกัน และแก้ไขปัญหาการสูญเสียสิทธิในที่ดินของเกษตรกร ซึ่งดำเนินการมาแล้ว",
            "โครงการป้องกัน และแก้ไขปัญหาการสูญเสียสิทธิในที่ดินของเกษตรกร",
        ),
    ],
)
def test_a_bare_verb_goes_on_to_its_object(nlp, written, title):
    assert brief_titles(nlp, written) == [title]


def test_a_clause_after_a_bare_verb_is_not_its_object(nlp):
    assert brief_titles(nlp, "กรมชลประทานเดินหน้าโครงการพัฒนา ของกรมชลประทาน ในปีนี้") == []


@pytest.mark.parametrize(
    "written",
    [
        "อย่างที่หลายโครงการประชาชนเห็นด้วยอย่างล้นหลาม ซึ่งสะท้อนว่า รัฐบาลตั้งใจทำงาน",
        "ครอบคลุม 5 คลอง แต่ละโครงการเน้นการป้องกันและแก้ปัญหาน้ำเสียของพื้นที่",
    ],
)
def test_a_quantifier_before_the_keyword_counts_projects(nlp, written):
    assert brief_titles(nlp, written) == []
