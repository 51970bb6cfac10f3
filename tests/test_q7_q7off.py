"""Official families of quality round q7 (branch q7off), found where they recur on unannotated
briefs (/work/reach): a graded civil-service post whose profession is also an honorific
("นายแพทย์ทรงคุณวุฒิ"). Synthetic briefs."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_official_records, pipeline

from mjci_extract.extract.persons import PersonsFound, official_record
from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def officials(nlp: Pipeline, body: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in brief_official_records(nlp, body)]


def test_a_graded_post_named_by_an_honorific_profession_is_a_post_not_a_name(nlp):
    body = (
        "นพ.สมพร ใจเย็น นายแพทย์ทรงคุณวุฒิ กรมการแพทย์ และนายวิชัย รักดี อธิบดีกรมปศุสัตว์"
        " ร่วมแถลงข่าว\n"
        "นางสาวกมลา ศรีงาม นายสัตวแพทย์ชำนาญการ สำนักงานปศุสัตว์จังหวัดน่าน ลงพื้นที่ตรวจฟาร์ม"
    )
    assert officials(nlp, body) == [
        ("สมพร ใจเย็น", "นายแพทย์ทรงคุณวุฒิ กรมการแพทย์"),
        ("วิชัย รักดี", "อธิบดีกรมปศุสัตว์"),
        ("กมลา ศรีงาม", "นายสัตวแพทย์ชำนาญการ สำนักงานปศุสัตว์จังหวัดน่าน"),
    ]


def test_a_rank_written_as_a_category_is_no_official(nlp):
    body = (
        "พลเอกสมหมาย ทองคำ ผู้บัญชาการทหารบก ตรวจเยี่ยมหน่วย\n"
        "ระเบียบใหม่ใช้กับข้าราชการชั้นยศพันเอก นาวาเอกและนาวาอากาศเอก ขึ้นไป"
        " และผู้บังคับการและพลตำรวจตรีขึ้นไป ซึ่งต้องยื่นเอกสารภายในเดือนนี้"
    )
    assert officials(nlp, body) == [("สมหมาย ทองคำ", "ผู้บัญชาการทหารบก")]


def test_a_known_given_name_with_a_verb_glued_after_a_rank_is_cut_to_the_name(nlp):
    body = "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ประชุมหารือ\nผลงานของ พล.อ.ประยุทธ์ที่ผ่านมา ได้รับการชื่นชม"
    assert officials(nlp, body) == [("ประยุทธ์ จันทร์โอชา", "นายกรัฐมนตรี")]


def test_a_headline_post_and_given_name_do_not_take_the_verb_after_as_family_name(nlp):
    # a thaigov page: the headline in the page title and again above the body
    for headline in (
        "รมว.สมปอง ยืนยัน 30 บาท ครอบคลุมทั่วประเทศภายในสิ้นปี",
        "รองนายกฯ วิชัย ผนึกกำลัง 16 พันธมิตรร่วมแพลตฟอร์มป้องกันภัย",
    ):
        given = headline.split(" ")[0].split(".")[-1] if "." in headline else headline.split()[1]
        text = (
            f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{headline}\n\n\nวันอังคารที่ 26 พฤศจิกายน 2567\n"
            f"{headline}\nนาย{given} รุ่งเรืองศรี รัฐมนตรีว่าการกระทรวงสาธารณสุข เปิดเผยว่า"
            f" รัฐบาลพร้อมขยายบริการ\nนาย{given} กล่าวว่า จะติดตามผล\n"
        )
        doc = nlp.run(nlp.make_doc(text), list(PERSONS))
        records = [official_record(doc, o) for o in doc.get(PersonsFound).recorded()]
        assert [(o.name, o.position) for o in records] == [
            (f"{given} รุ่งเรืองศรี", "รัฐมนตรีว่าการกระทรวงสาธารณสุข")
        ]


def test_a_stopword_read_as_a_name_is_no_official(nlp):
    body = (
        "การลงพื้นที่ของนายกรัฐมนตรีที่ หมู่ 5 ตำบลหนองบัว ได้รับการต้อนรับจากชาวบ้าน\n"
        "ผบ.ทบ.ให้กำลังพลทุกนาย สามารถเลือกเรียนวิชาที่สนใจได้\n"
        "นายสามารถ ใจกล้า ผู้ว่าราชการจังหวัดน่าน ร่วมต้อนรับ"
    )
    assert officials(nlp, body) == [("สามารถ ใจกล้า", "ผู้ว่าราชการจังหวัดน่าน")]
