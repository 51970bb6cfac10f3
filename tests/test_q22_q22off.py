"""Official families of quality round q22 (branch q22off), found on the fresh tune11/tune12
briefs and checked to recur on the unannotated reach briefs: a post with the company head glued
on ("ประธานบริษัท") and the company's name written apart keeps the name. Synthetic briefs."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_official_records, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def positions(nlp: Pipeline, body: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in brief_official_records(nlp, body)]


def test_a_company_written_apart_after_a_glued_company_head_stays_in_the_post(nlp):
    body = (
        "นายสมชาย ใจดี ประธานกรรมการบริษัท รุ่งเรืองค้าข้าว จำกัด เดินทางมาพบผู้ว่าราชการจังหวัด\n"
        "นางสาวกมลา ศรีงาม กรรมการผู้จัดการบริษัท ทองดี เทรดดิ้ง ณ จังหวัดชลบุรี\n"
        "นายวิชัย รักดี ประธานบริษัท กล่าวว่า ยอดขายเพิ่มขึ้น"
    )
    assert positions(nlp, body) == [
        ("สมชาย ใจดี", "ประธานกรรมการบริษัท รุ่งเรืองค้าข้าว จำกัด"),
        ("กมลา ศรีงาม", "กรรมการผู้จัดการบริษัท ทองดี เทรดดิ้ง"),
        ("วิชัย รักดี", "ประธานบริษัท"),
    ]
