"""Project families of quality round q10, found on unannotated reach briefs (gold.md v2, Projects).
Synthetic briefs, run through the components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_the_keyword_glued_after_an_organisation_head_names_the_organisation(nlp):
    body = (
        "ผู้แทนมูลนิธิโครงการหลวงร่วมหารือกับเกษตรกร และกรมส่งเสริมการเกษตรดำเนินโครงการปลูกกาแฟ"
        "บนพื้นที่สูง จังหวัดน่าน ต่อไป"
    )
    assert brief_titles(nlp, body) == ["โครงการปลูกกาแฟบนพื้นที่สูง จังหวัดน่าน"]
