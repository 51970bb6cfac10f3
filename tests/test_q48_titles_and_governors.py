"""Three ways of writing an official that were missed (round q48, the q25 reach judgements): "มร."
(Mister, abbreviated in Thai) before a foreign name, the governor abbreviated "ผวจ." with the province
written apart ("ผวจ. นครศรีธรรมราช", like "สก. เขตคันนายาว"), and "ขณะดำรงตำแหน่ง" between a name and
the post held at the time (an intro word, no third part of the name). q25 official_name F1 .979 ->
.982, official_position .956 -> .958; 30 of 421 archive briefs with such words change (governors and
company heads found). Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def test_mister_abbreviated_in_thai_is_an_honorific(nlp):
    officials = brief_officials(
        nlp,
        "คณะผู้บริหารบริษัท ประกอบด้วย มร.อาเบล เติ้ง ประธานกรรมการบริหาร"
        " มร.เหยา ลู่ ผู้อำนวยการฝ่ายรัฐกิจสัมพันธ์ เข้าพบ",
    )
    assert officials == {
        "อาเบล เติ้ง": "ประธานกรรมการบริหาร",
        "เหยา ลู่": "ผู้อำนวยการฝ่ายรัฐกิจสัมพันธ์",
    }


@pytest.mark.parametrize("position", ["ผวจ. นครศรีธรรมราช", "รองผวจ.นครศรีธรรมราช"])
def test_the_abbreviated_governor_keeps_the_province(nlp, position):
    officials = brief_officials(nlp, f"นายสมชาย ใจดี {position} บัญชาการเหตุการณ์ที่อำเภอปากพนัง")
    assert officials == {"สมชาย ใจดี": position}


def test_the_intro_of_the_post_held_then_is_no_name_part(nlp):
    officials = brief_officials(
        nlp,
        "ได้แก่ นายสมชาย หาญภักดีปฏิมา ขณะดำรงตำแหน่ง ผู้ว่าราชการจังหวัดกระบี่"
        " และนายชลธี ยังตรง ขณะดำรงตำแหน่ง ผวจ.ฉะเชิงเทรา",
    )
    assert officials == {
        "สมชาย หาญภักดีปฏิมา": "ผู้ว่าราชการจังหวัดกระบี่",
        "ชลธี ยังตรง": "ผวจ.ฉะเชิงเทรา",
    }
