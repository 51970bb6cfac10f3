"""Official families of quality round q8 (branch q8off), found where they recur on unannotated
briefs (/work/reach): in a list of attendees a body of people ("คณะกรรมการฯ", "คณะทำงาน...")
written after a post that names its own office is the next party, not the person's
organisation. Synthetic briefs."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_official_records, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def officials(nlp: Pipeline, body: str) -> list[tuple[str, str | None, str | None]]:
    return [(o.name, o.position, o.organization) for o in brief_official_records(nlp, body)]


def test_a_body_of_people_after_an_office_is_the_next_party(nlp):
    body = (
        "โดยมีนายสมพร ใจเย็น อธิบดีกรมปศุสัตว์ คณะกรรมการฯ และผู้เกี่ยวข้อง เข้าร่วมการประชุม\n"
        "นางสาวกมลา ศรีงาม กรรมการผู้ทรงคุณวุฒิ คณะกรรมการพัฒนาที่ดิน ร่วมแถลงข่าว"
    )
    assert officials(nlp, body) == [
        ("สมพร ใจเย็น", "อธิบดีกรมปศุสัตว์", None),
        (
            "กมลา ศรีงาม",
            "กรรมการผู้ทรงคุณวุฒิ คณะกรรมการพัฒนาที่ดิน",
            "คณะกรรมการพัฒนาที่ดิน",
        ),
    ]


def test_a_post_naming_its_own_office_ends_before_the_glued_sentence(nlp):
    body = (
        "นายสมชาย ใจดี นายกรัฐมนตรีให้สัมภาษณ์ถึงสถานการณ์ฝนตกหนักในภาคเหนือ\n"
        "นายวิชัย รักดี รองนายกรัฐมนตรีเเละรัฐมนตรีว่าการกระทรวงพาณิชย์ เดินทางไปจังหวัดเลย\n"
        "นายอนันต์ ศรีสุข รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ร่วมงาน"
    )
    positions = [(name, position) for name, position, _ in officials(nlp, body)]
    assert positions == [
        ("สมชาย ใจดี", "นายกรัฐมนตรี"),
        ("วิชัย รักดี", "รองนายกรัฐมนตรีเเละรัฐมนตรีว่าการกระทรวงพาณิชย์"),
        ("อนันต์ ศรีสุข", "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง"),
    ]


def test_the_respectful_than_before_a_post_leads_to_the_name(nlp):
    body = "นายวิชัย รักดี กล่าวว่า ตามนโยบายของท่านนายกรัฐมนตรี พลเอก สมชาย ใจดี ได้สั่งการให้เร่งช่วยเหลือ"
    positions = [(name, position) for name, position, _ in officials(nlp, body)]
    assert ("สมชาย ใจดี", "นายกรัฐมนตรี") in positions


def test_the_royal_secretary_is_a_post(nlp):
    body = "พลอากาศเอก สมชาย ใจดี ราชเลขานุการในพระองค์ ได้ลงพื้นที่ติดตามการดำเนินงาน"
    positions = [(name, position) for name, position, _ in officials(nlp, body)]
    assert positions == [("สมชาย ใจดี", "ราชเลขานุการในพระองค์")]
