"""A verb right after a post is no given name (round q27). "รมว.เอกนัฏ" / "นายกฯ เศรษฐา" name a
person by post and given name; pythainlp's name lists also hold verbs ("ชื่นชม", "เสนอ",
"ยินดี"), so "นายกรัฐมนตรีชื่นชม อสม." gave an official named ชื่นชม: 70 archive briefs.
Short Thai texts written for the test, through the components officials need."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


@pytest.mark.parametrize(
    "sentence",
    [
        "นายกรัฐมนตรีชื่นชม อสม. ที่ทำงานอย่างหนัก",
        "ที่ประชุมเห็นชอบตามที่นายกรัฐมนตรีเสนอ 4 ประเด็น",
        "นายกฯ ยินดี และขอบคุณทุกหน่วยงาน",
    ],
)
def test_a_verb_after_a_post_names_nobody(nlp, sentence):
    officials = brief_officials(nlp, "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย กล่าวว่า " + sentence)
    assert officials == {"สมชาย ใจดี": "รัฐมนตรีว่าการกระทรวงมหาดไทย"}


def test_a_given_name_after_a_post_still_names_its_holder(nlp):
    officials = brief_officials(nlp, "นายกฯ ชวน หลีกภัย กล่าวว่า รมว.เอกนัฏ จะลงพื้นที่")
    assert officials == {"ชวน หลีกภัย": "นายกฯ", "เอกนัฏ": "รมว."}


def test_a_province_after_a_post_is_the_posts_not_a_name(nlp):
    officials = brief_officials(
        nlp, "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย กล่าวว่า ผู้ว่าฯ ชุมพร เดินหน้ากวาดล้างยาเสพติด"
    )
    assert officials == {"สมชาย ใจดี": "รัฐมนตรีว่าการกระทรวงมหาดไทย"}


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "นายชาตรี ฉิมพรัตน์ นายอำเภอสรรพยา ร่วมพิธีที่วัดในอำเภอเดิมบางนางบวช จังหวัดสุพรรณบุรี",
            "ชาตรี ฉิมพรัตน์",
        ),
        ("ณ ถ้ำหลวง - ขุนน้ำนางนอน นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงราย กล่าวว่า", "สมชาย ใจดี"),
        ("เป็น นางสงกรานต์ ประจำปี 2567 โดยมี นายสมชาย ใจดี อธิบดีกรมส่งเสริมวัฒนธรรม", "สมชาย ใจดี"),
    ],
)
def test_nang_inside_a_place_or_a_figures_name_is_no_honorific(nlp, sentence, kept):
    assert list(brief_officials(nlp, sentence)) == [kept]
