"""Project families of round q9, found by reviewing where the names of 60 random project records
of unannotated briefs (reach/a600, reach/s600) end. Synthetic briefs through the components
projects need, asserting the titles."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_preposition_or_quantifier_left_at_the_cut_end_goes(nlp):
    # "ตาม" whose object (another project) was cut off with the clause
    according = "ครูร่วมดูแลโครงการธนาคารปลาน้ำจืดประจำหมู่บ้านตามโครงการอื่นของกรมประมง"
    assert brief_titles(nlp, according) == ["โครงการธนาคารปลาน้ำจืดประจำหมู่บ้าน"]
    # the clause's "too" glued after the name, at the end of its sentence
    too = "นายอำเภอยังได้เยี่ยมชมโครงการห้องเรียนดนตรีพื้นบ้านด้วย\nต่อมาเวลา 14.00 น. คณะเดินทางกลับ"
    assert brief_titles(nlp, too) == ["โครงการห้องเรียนดนตรีพื้นบ้าน"]
