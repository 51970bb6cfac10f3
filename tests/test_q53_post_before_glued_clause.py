"""A post written on to the family name ends the name even when a clause word is written on after
the post ("ประยุทธ์ จันทร์โอชานายกรัฐมนตรีในฐานะประธาน ศบค.", round q53, from the thaigov tune
errors): the post, not the later clause word, is where the name ends. A verb written on to the
name with no post before it still ends the name there. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


@pytest.mark.parametrize(
    ("body", "post"),
    [
        ("ได้รับมอบหมายจากนายสมชาย ใจดีนายกรัฐมนตรีในฐานะประธานคณะกรรมการ", "นายกรัฐมนตรี"),
        ("นายสมชาย ใจดีผู้ว่าราชการจังหวัดน่านได้ตรวจเยี่ยมพื้นที่", "ผู้ว่าราชการจังหวัดน่าน"),
    ],
)
def test_the_post_ends_the_glued_name(nlp, body, post):
    assert brief_officials(nlp, body) == {"สมชาย ใจดี": post}


def test_a_verb_glued_to_the_name_ends_it(nlp):
    body = "ผู้ว่าราชการจังหวัดน่าน นายสมชาย ใจดีเป็นประธานการประชุม"
    assert brief_officials(nlp, body) == {"สมชาย ใจดี": "ผู้ว่าราชการจังหวัดน่าน"}
