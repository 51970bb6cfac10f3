"""The respectful "ท่าน" the NER model takes into a PERSON span is no part of the name (round q50,
person_respect_words.txt): "ขอขอบคุณ ท่านนิสิต จันทร์สมวงศ์ อธิบดีกรมที่ดิน" names นิสิต จันทร์สมวงศ์, who
then merges with the same official written with นาย. 9 of 400 archive briefs with "ท่าน" before a
name change, all rightly. Short Thai texts written for the test, through the whole pipeline (the
span comes from the shipped model)."""

from __future__ import annotations

import pytest
from component_support import brief_officials

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.load()


def test_the_respect_word_is_no_part_of_the_name(nlp):
    officials = brief_officials(
        nlp,
        "โดยเฉพาะอย่างยิ่ง ขอขอบคุณ ท่านนิสิต จันทร์สมวงศ์ อธิบดีกรมที่ดิน และคณะทำงานทุกท่าน",
    )
    assert "นิสิต จันทร์สมวงศ์" in officials
    assert not any(name.startswith("ท่าน") for name in officials)
