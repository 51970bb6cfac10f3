"""The party an MP sits for stays in the position (round q44, organization_heads.txt พรรค): "ส.ส.บัญชี
รายชื่อ พรรคประชาชน", "สมาชิกสภาผู้แทนราษฎร พรรคก้าวไกล" are one post (gold.md v2 keeps an organisation
phrase attached to a position), and what follows the party is not. 160 of 294 archive briefs with a
party after a space change, almost all by adding the party. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


@pytest.mark.parametrize(
    ("sentence", "position"),
    [
        ("นายสมชาย ใจดี ส.ส.บัญชีรายชื่อ พรรคประชาชน กล่าวว่า", "ส.ส.บัญชีรายชื่อ พรรคประชาชน"),
        (
            "นายสมชาย ใจดี สมาชิกสภาผู้แทนราษฎร พรรคก้าวไกล ได้เสนอความเห็น",
            "สมาชิกสภาผู้แทนราษฎร พรรคก้าวไกล",
        ),
        ("นายสมชาย ใจดี สส.อุดรธานี พรรคเพื่อไทย และอดีตรัฐมนตรี กล่าวว่า", "สส.อุดรธานี พรรคเพื่อไทย"),
    ],
)
def test_the_party_is_part_of_the_post(nlp, sentence, position):
    assert brief_officials(nlp, sentence) == {"สมชาย ใจดี": position}


def test_a_ministry_after_a_post_still_stays_apart(nlp):
    officials = brief_officials(nlp, "นายสมชาย ใจดี อธิบดีกรมการศาสนา กระทรวงวัฒนธรรม กล่าวว่า")
    assert officials == {"สมชาย ใจดี": "อธิบดีกรมการศาสนา"}
