"""Project families of quality round q22 (branch q22proj), found in fresh briefs and checked for
reach on the unannotated reach briefs (gold.md v2, Projects). Synthetic briefs, run through the
components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_known_programme_name_ends_the_title_but_for_its_qualifiers(nlp):
    glued = "กระทรวงการคลังแจ้งว่าโครงการคนละครึ่งเปิดให้ร้านค้ารายใหม่สมัครได้ในสัปดาห์หน้า"
    assert brief_titles(nlp, glued) == ["โครงการคนละครึ่ง"]
    spaced = "ผู้มีสิทธิในโครงการเราชนะ ช่วยเหลือผู้ประกอบอาชีพอิสระ 3,500 บาท ต่อเดือน"
    assert brief_titles(nlp, spaced) == ["โครงการเราชนะ"]
    phases = "ร้านค้าที่ร่วมโครงการคนละครึ่งระยะที่ 2 ยังใช้สิทธิได้ และโครงการคนละครึ่ง ระยะที่ 5 จะเริ่มในเดือนหน้า"
    assert brief_titles(nlp, phases) == [
        "โครงการคนละครึ่งระยะที่ 2",
        "โครงการคนละครึ่ง ระยะที่ 5",
    ]
