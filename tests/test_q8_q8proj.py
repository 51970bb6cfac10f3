"""Project families of round q8, found by reviewing records of unannotated briefs (reach/a600,
reach/s600). Synthetic briefs through the components projects need, asserting the titles."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_title_headed_by_the_royal_class_names_the_class(nlp):
    # the royal phrase first, then a domain, a patron or a place: royal projects as a class
    domain = "กระทรวงให้ความสำคัญกับโครงการพระราชดำริด้านการศึกษา ในถิ่นทุรกันดารทุกแห่ง"
    assert brief_titles(nlp, domain) == []
    place = "บริษัทจัดทริปเที่ยวโครงการพระราชดำริ จังหวัดสระแก้ว ราคา 999 บาท"
    assert brief_titles(nlp, place) == []
    clause = "มูลนิธิร่วมขับเคลื่อนโครงการอันเนื่องมาจากพระราชดำริสู่ชุมชน อย่างต่อเนื่อง"
    assert brief_titles(nlp, clause) == []
    # a royal project's own name carries the royal phrase at its end
    named = "คณะได้เยี่ยมชมโครงการฟาร์มตัวอย่างบ้านเขาเขียวอันเนื่องมาจากพระราชดำริ เมื่อวันที่ 3 มีนาคม"
    assert brief_titles(nlp, named) == ["โครงการฟาร์มตัวอย่างบ้านเขาเขียวอันเนื่องมาจากพระราชดำริ"]

