"""The post held in acting capacity after a post's office stays in the position (round q47, the q25
reach judgements): "ที่ปรึกษาด้านเศรษฐกิจการเงิน สำนักงานเศรษฐกิจการคลัง รักษาราชการแทนรองปลัดกระทรวง
การคลัง ด้านบริหาร" (gold.md v2 keeps the acting post); an acting word that opens no post ("ปฏิบัติ
หน้าที่ในการประชุม") is not taken. 5 of 400 archive briefs with an acting word after an office
change, all rightly. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


@pytest.mark.parametrize(
    "position",
    [
        "ที่ปรึกษาด้านเศรษฐกิจการเงิน สำนักงานเศรษฐกิจการคลัง รักษาราชการแทนรองปลัดกระทรวงการคลัง ด้านบริหาร",
        "ผู้อำนวยการกองโรคติดต่อทั่วไป กรมควบคุมโรค ปฏิบัติหน้าที่รองอธิบดีกรมควบคุมโรค",
    ],
)
def test_the_acting_post_after_the_office_is_kept(nlp, position):
    officials = brief_officials(nlp, f"นายสมชาย ใจดี {position} กล่าวว่า")
    assert officials == {"สมชาย ใจดี": position}


def test_an_acting_word_that_opens_no_post_is_not_taken(nlp):
    officials = brief_officials(
        nlp, "นายสมชาย ใจดี ผู้อำนวยการกองโรคติดต่อทั่วไป กรมควบคุมโรค ปฏิบัติหน้าที่ในการประชุม กล่าวว่า"
    )
    assert officials == {"สมชาย ใจดี": "ผู้อำนวยการกองโรคติดต่อทั่วไป กรมควบคุมโรค"}
