"""Venue families of quality round q9 (branch q9meet): one test per mechanism, each on a synthetic
sentence, asserting the venues component's slot."""

from __future__ import annotations

import pytest
from component_support import VENUES, pipeline

from mjci_extract.extract.venues import VenuesFound
from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(VENUES)


def venues(nlp: Pipeline, text: str) -> list[str]:
    doc = nlp.run(nlp.make_doc(text))
    return [doc.text[v.start : v.end] for v in doc.get(VenuesFound).venues]


def test_a_place_ends_at_its_country_and_drops_a_closing_bracket(nlp):
    clause = (
        "ที่ประชุมมอบหมายให้คณะทำงานที่จะประชุม ณ เมืองปูซาน สาธารณรัฐเกาหลี พิจารณาร่างแผนงาน APEC 2026 ต่อไป"
    )
    assert venues(nlp, clause) == ["เมืองปูซาน สาธารณรัฐเกาหลี"]
    gloss = "การประชุมคณะทำงานร่วม ครั้งที่ 5 ณ นครซิดนีย์ เครือรัฐออสเตรเลีย (The 5th Joint Working Group)"
    assert venues(nlp, gloss) == ["นครซิดนีย์ เครือรัฐออสเตรเลีย"]
    bracket = "(ซึ่งจะประชุมในเดือนมีนาคม 2569 ณ กรุงปารีส สาธารณรัฐฝรั่งเศส)\nรายละเอียดต่อไป"
    assert venues(nlp, bracket) == ["กรุงปารีส สาธารณรัฐฝรั่งเศส"]
    city_after = "การประชุมสุดยอด ณ สาธารณรัฐประชาชนจีน กรุงปักกิ่ง เมื่อวันที่ 3 มีนาคม 2569"
    assert venues(nlp, city_after) == ["สาธารณรัฐประชาชนจีน กรุงปักกิ่ง"]
