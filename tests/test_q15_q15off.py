"""Official families of round q15 (branch q15off), found by scanning the officials extracted from
unannotated briefs (/work/reach) for titled people in the text missing from the output. Synthetic
briefs."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_official_records, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def officials(nlp: Pipeline, body: str) -> list[tuple[str | None, str, str | None]]:
    return [(o.honorific, o.name, o.position) for o in brief_official_records(nlp, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an emeritus qualifier after the abbreviated academic title, then more titles
        (
            "ในงานมี ศ.เกียรติคุณ ดร.นพ.สมชาย ใจดี ที่ปรึกษาคณะกรรมการศูนย์วิจัย กล่าวเปิด",
            ("ศ.เกียรติคุณ ดร.นพ.", "สมชาย ใจดี", "ที่ปรึกษาคณะกรรมการศูนย์วิจัย"),
        ),
        # a clinical and an emeritus qualifier, written apart
        (
            "โดยมี ศ.คลินิก เกียรติคุณ นพ.สมชาย ใจดี ประธานคณะกรรมการปฏิรูปด้านสุขภาพ เข้าร่วม",
            ("ศ.คลินิก เกียรติคุณ นพ.", "สมชาย ใจดี", "ประธานคณะกรรมการปฏิรูปด้านสุขภาพ"),
        ),
        # the special qualifier in brackets after the full title
        (
            "โดยมี ศาสตราจารย์(พิเศษ) ดร.สมชาย ใจดี รัฐมนตรีว่าการกระทรวงการอุดมศึกษา เข้าร่วม",
            ("ศาสตราจารย์(พิเศษ) ดร.", "สมชาย ใจดี", "รัฐมนตรีว่าการกระทรวงการอุดมศึกษา"),
        ),
    ],
)
def test_a_qualified_academic_title_opens_the_mention(nlp, body, expected):
    assert officials(nlp, body) == [expected]


def test_the_head_of_a_professional_council_written_as_one_word_is_a_post(nlp):
    body = "โดยมี แพทย์หญิงสมศรี เผ่าดี นายกแพทยสภา ผู้บริหาร และผู้เข้ารับการอบรม เข้าร่วม"
    assert officials(nlp, body) == [("แพทย์หญิง", "สมศรี เผ่าดี", "นายกแพทยสภา")]


def test_the_council_head_without_a_name_is_no_person(nlp):
    assert officials(nlp, "ในงานมี นายกแพทยสภา และคณะผู้บริหาร เข้าร่วม") == []
