"""Venue families of quality round q9 (branch q9meet): one test per mechanism, each on a synthetic
sentence, asserting the venues component's slot."""

from __future__ import annotations

import pytest
from component_support import VENUES, meeting_values, pipeline

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


def _records(body: str) -> list[tuple[str | None, int | None, str | None, str | None]]:
    return meeting_values(body, "วันอังคารที่ 10 มีนาคม 2569")


def test_a_head_word_meeting_joins_one_of_its_number_only_nearby_or_restated():
    filler = "คณะรัฐมนตรีรับทราบรายงานผลการดำเนินงานของหน่วยงานตามที่เสนอ\n" * 120
    body = (
        "1. เรื่อง รายงานผลการดำเนินงาน\nคณะกรรมการพัฒนาระบบราชการ ในคราวประชุมครั้งที่ 5/2568 "
        "เมื่อวันที่ 3 พฤศจิกายน 2568 มีมติเห็นชอบร่างยุทธศาสตร์\n"
        + filler
        + "2. เรื่อง การเป็นเจ้าภาพการประชุม\nไทยจะเป็นเจ้าภาพการประชุม ADGMIN ครั้งที่ 5 "
        "ในช่วงเดือนมกราคม 2570 ณ กรุงเทพมหานคร\n"
    )
    found = _records(body)
    assert ("ADGMIN" in (found[-1][0] or ""), found[-1][3]) == (True, "กรุงเทพมหานคร")
    [board] = [m for m in found if m[2] == "2025-11-03"]
    assert board[3] is None
    heading = "3. เรื่อง ผลการพิจารณาของคณะกรรมการกลั่นกรองการใช้เงิน ในคราวประชุม ครั้งที่ 7/2568\n"
    restated = (
        heading + filler + heading + "ในคราวประชุมครั้งที่ 7/2568 เมื่อวันที่ 5 ธันวาคม 2568 อนุมัติโครงการ\n"
    )
    assert [(n, d) for _, n, d, _ in _records(restated)] == [(7, "2025-12-05")]
