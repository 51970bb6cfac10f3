"""Round q26 (q26off): officials found by counting, over the archive's records, what follows a
one-word name in the text. Synthetic briefs, run through the components officials need."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_official_records, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def officials(nlp: Pipeline, body: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in brief_official_records(nlp, body)]


def test_a_family_name_joined_by_a_hyphen_is_read_whole(nlp):
    assert officials(nlp, "โดยมี นายภักดี แสง-ชูโต รองเลขาธิการพระราชวัง เป็นผู้แทนพระองค์ในพิธี") == [
        ("ภักดี แสง-ชูโต", "รองเลขาธิการพระราชวัง")
    ]
    assert officials(nlp, "นางรุ่งรัตนา บุญ-หลง ผู้ตรวจราชการสำนักนายกรัฐมนตรี กล่าวว่า") == [
        ("รุ่งรัตนา บุญ-หลง", "ผู้ตรวจราชการสำนักนายกรัฐมนตรี")
    ]


def test_a_hyphenated_post_is_still_no_family_name(nlp):
    # "ไทย-จีน" ends the post of the chamber's president; it opens no name
    assert officials(nlp, "นายสมชาย ใจดี ประธานหอการค้าไทย-จีน กล่าวว่า") == [
        ("สมชาย ใจดี", "ประธานหอการค้าไทย-จีน")
    ]
