"""The post acted for, written apart after an acting prefix, stays in the position (round q45):
"รองอธิบดีรักษาราชการแทน อธิบดีกรมบังคับคดี", "รองอธิบดีกรม X รักษาการในตำแหน่ง ผู้ตรวจราชการกระทรวง Y"
(gold.md v2 keeps the acting post; before, the position ended with the prefix). 11 of 400 archive
briefs with an acting prefix before a space change, all rightly. Short Thai texts written for the
test."""

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
        "รองอธิบดีรักษาราชการแทน อธิบดีกรมบังคับคดี",
        "รองผู้อำนวยการรักษาการในตำแหน่ง ผู้อำนวยการโรงเรียนบ้านหนองบัว",
        "รองอธิบดีกรมศุลกากร รักษาการในตำแหน่ง ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร",
    ],
)
def test_the_post_acted_for_is_kept(nlp, position):
    officials = brief_officials(nlp, f"นายสมชาย ใจดี {position} เปิดเผยว่า")
    assert officials == {"สมชาย ใจดี": position}


def test_a_verb_after_an_acting_prefix_is_no_post(nlp):
    officials = brief_officials(nlp, "นายสมชาย ใจดี รองอธิบดีกรมศุลกากรรักษาราชการแทน เปิดเผยว่า")
    assert officials == {"สมชาย ใจดี": "รองอธิบดีกรมศุลกากรรักษาราชการแทน"}
