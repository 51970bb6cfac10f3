"""Academic titles with a qualifier (round q27): "ศ. (พิเศษ)" (82 times in the archive),
"ศาสตราจารย์เกียรติยศ", "ผู้ช่วยศาสตราจารย์พิเศษ", "รศ.(พิเศษ)". Without them in
academic_titles.txt the qualifier was read as the given name ("พิเศษ", "เกียรติยศ") and the
person after it lost: 23 archive briefs. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


@pytest.mark.parametrize(
    "title",
    ["ศาสตราจารย์เกียรติยศ นายแพทย์", "ผู้ช่วยศาสตราจารย์พิเศษ ดร.", "รศ.(พิเศษ) ", "ผศ. (พิเศษ) "],
)
def test_a_qualified_academic_title_is_no_name(nlp, title):
    officials = brief_officials(
        nlp, f"โดยมี {title}สมชาย ใจดี ประธานกรรมการมูลนิธิพัฒนาชนบท ร่วมเป็นเกียรติในพิธี"
    )
    assert officials == {"สมชาย ใจดี": "ประธานกรรมการมูลนิธิพัฒนาชนบท"}
