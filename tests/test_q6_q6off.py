"""Official families of quality round q6 (branch q6off), seen on fresh briefs of round 8: the
unit of a post written apart after it (a company's line of work, a health region). Synthetic briefs."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_official_records, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def officials(nlp: Pipeline, body: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in brief_official_records(nlp, body)]


def test_a_line_of_work_or_region_written_after_the_post_is_part_of_it(nlp):
    body = (
        "นายสมชาย ใจดี รองกรรมการผู้จัดการใหญ่ สายงานสินเชื่อรายย่อย ธนาคารกรุงไทย เปิดเผยว่า"
        " ธนาคารพร้อมสนับสนุนผู้ประกอบการ\n"
        "นายแพทย์สมศักดิ์ ทองดี ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 7 ลงพื้นที่ตรวจเยี่ยม"
    )
    assert officials(nlp, body) == [
        ("สมชาย ใจดี", "รองกรรมการผู้จัดการใหญ่ สายงานสินเชื่อรายย่อย ธนาคารกรุงไทย"),
        ("สมศักดิ์ ทองดี", "ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 7"),
    ]
