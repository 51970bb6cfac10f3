"""Official families of round q19 (branch q19off), found by scanning the reach briefs for titled
names that no official covers: a post the reader did not recognise. Synthetic briefs."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_official_records, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def officials(nlp: Pipeline, body: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in brief_official_records(nlp, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a civil-service line with its grade
        (
            "งานนี้มี นางสาวมาลัย ศรีสวัสดิ์ นักธรณีวิทยาชำนาญการ บรรยายเรื่องฟอสซิล",
            ("มาลัย ศรีสวัสดิ์", "นักธรณีวิทยาชำนาญการ"),
        ),
        # the general line of the service, introduced by ตำแหน่ง
        (
            "รางวัลนี้มอบให้ นางวิไล ทองดี ตำแหน่งเจ้าพนักงานธุรการชำนาญงาน เข้ารับมอบ",
            ("วิไล ทองดี", "เจ้าพนักงานธุรการชำนาญงาน"),
        ),
        # a supervisory post of a ministry
        (
            "คณะทำงานมี นายประเสริฐ ทองมา ศึกษานิเทศก์ ร่วมตรวจเยี่ยมโรงเรียน",
            ("ประเสริฐ ทองมา", "ศึกษานิเทศก์"),
        ),
        # a district post with its place
        (
            "โดยมี นายสมพร ใจกล้า สารวัตรกำนันตำบลหนองบัว ร่วมลงพื้นที่",
            ("สมพร ใจกล้า", "สารวัตรกำนันตำบลหนองบัว"),
        ),
        # a member of a minister's advisers
        (
            "ในการนี้ นายวีระ สุขสม คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงพาณิชย์ ร่วมหารือ",
            ("วีระ สุขสม", "คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงพาณิชย์"),
        ),
    ],
)
def test_a_civil_service_line_after_a_name_is_a_post(nlp, body, expected):
    assert officials(nlp, body) == [expected]
