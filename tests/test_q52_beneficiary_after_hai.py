"""A beneficiary named right after ให้ inside a project's name stays in it (round q52, from the
archive's titles cut at ให้): "โครงการจัดที่ดินทำกินให้ชุมชน", "โครงการชดเชยดอกเบี้ยให้ผู้ประกอบการ
ค้าข้าว..." (project_beneficiary_phrases.txt). ให้ before a verb or a state still opens the purpose
clause that ends the name ("...ให้มีประสิทธิภาพ"), and a title does not open with a beneficiary
("เข้าร่วมโครงการให้เกษตรกร..." names no project). Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


@pytest.mark.parametrize(
    "title",
    [
        "โครงการจัดที่ดินทำกินให้ชุมชนจังหวัดน่าน",
        "โครงการชดเชยดอกเบี้ยให้ผู้ประกอบการค้ายางพารา",
        "โครงการมอบแว่นตาให้ผู้สูงอายุ",
        "โครงการปลูกต้นไม้คืนความชุ่มชื้นให้ผืนป่า",
    ],
)
def test_the_beneficiary_after_hai_is_in_the_name(nlp, title):
    assert brief_titles(nlp, f"กระทรวงได้ดำเนิน{title} ในปีนี้") == [title]


def test_hai_before_a_state_ends_the_name(nlp):
    assert brief_titles(nlp, "กระทรวงได้ดำเนินโครงการพัฒนาระบบขนส่งสินค้าให้มีประสิทธิภาพมากขึ้น ในปีนี้") == [
        "โครงการพัฒนาระบบขนส่งสินค้า"
    ]


def test_no_title_opens_with_a_beneficiary(nlp):
    assert brief_titles(nlp, "รัฐบาลมีโครงการให้เกษตรกรในพื้นที่ปลูกข้าวกู้ยืมเงิน") == []
