"""Official families of the quality round (branch poff), found by reviewing the officials
extracted from unannotated thaigov archive briefs 2020-2025 against gold.md: a given name with
the verb after it read as a full name, and where a position ends (a name abbreviation, a lone
"และ", a ministry's name glued to the sentence). Synthetic briefs."""

from __future__ import annotations

import pytest
from component_support import BRIEF_HEADER

from mjci_extract.extract.persons import PersonsFound, official_record
from mjci_extract.run.pipeline import Pipeline

COMPONENTS = ["tokens", "ner", "persons"]


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.load(overrides=[f"pipeline.components={COMPONENTS!r}"])


def officials(nlp: Pipeline, body: str) -> list[tuple[str, str | None]]:
    doc = nlp.run(nlp.make_doc(BRIEF_HEADER + body + "\n"), COMPONENTS)
    records = [official_record(doc, o) for o in doc.get(PersonsFound).recorded()]
    return [(o.name, o.position) for o in records]


def test_a_given_name_and_the_verb_after_it_is_the_person_named_before(nlp):
    body = (
        "นายสมปอง ทองดีเลิศ รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานเปิดงานมหกรรมจัดหางาน\n"
        "นายสมปอง ยังกล่าวถึงรายงานของอัครราชทูตที่ปรึกษา (ฝ่ายแรงงาน) ประจำกรุงโซล\n"
        "นายสมปอง เปิดเผยว่า ปีนี้มีตำแหน่งงานว่างกว่า 5,000 อัตรา\n"
        "“พล.อ.สมปองมุ่งสร้างโอกาสให้แรงงานไทย”"
    )
    assert officials(nlp, body) == [("สมปอง ทองดีเลิศ", "รัฐมนตรีว่าการกระทรวงแรงงาน")]


def test_two_persons_of_one_given_name_both_stay(nlp):
    body = "นายสมปอง ทองดีเลิศ รัฐมนตรีว่าการกระทรวงแรงงาน และนายสมปอง ยังตรง ผู้ว่าราชการจังหวัดน่าน ร่วมเปิดงาน"
    assert officials(nlp, body) == [
        ("สมปอง ทองดีเลิศ", "รัฐมนตรีว่าการกระทรวงแรงงาน"),
        ("สมปอง ยังตรง", "ผู้ว่าราชการจังหวัดน่าน"),
    ]


def test_a_name_abbreviation_keeps_its_name_in_the_position(nlp):
    body = (
        "โดยมี นายวีระ ชัยมงคลกุล ผู้ว่าราชการ จ.ลำพูน นายอดิศร แก้วประเสริฐ"
        " ผู้บริหาร บมจ.ไทยพัฒนาการเกษตร และสื่อมวลชน ร่วมในพิธี"
    )
    assert officials(nlp, body) == [
        ("วีระ ชัยมงคลกุล", "ผู้ว่าราชการ จ.ลำพูน"),
        ("อดิศร แก้วประเสริฐ", "ผู้บริหาร บมจ.ไทยพัฒนาการเกษตร"),
    ]


def test_a_lone_and_takes_the_post_written_after_it(nlp):
    body = (
        "นายวีระ ชัยมงคลกุล รองนายกรัฐมนตรี และ รัฐมนตรีว่าการกระทรวงพลังงาน"
        " เป็นประธานการประชุมคณะกรรมการนโยบายพลังงาน"
    )
    assert officials(nlp, body) == [("วีระ ชัยมงคลกุล", "รองนายกรัฐมนตรี และ รัฐมนตรีว่าการกระทรวงพลังงาน")]


@pytest.mark.parametrize(
    ("position_and_verb", "position"),
    [
        ("รัฐมนตรีว่าการกระทรวงวัฒนธรรมบันทึกเทปวีดิทัศน์อวยพรปีใหม่", "รัฐมนตรีว่าการกระทรวงวัฒนธรรม"),
        (
            "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหมเป็นห่วงประชาชน",
            "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม",
        ),
        # the post goes on after the ministry's name
        ("ผู้ตรวจราชการกระทรวงมหาดไทยด้านบริหาร", "ผู้ตรวจราชการกระทรวงมหาดไทยด้านบริหาร"),
        (
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศแห่งสาธารณรัฐเกาหลี",
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศแห่งสาธารณรัฐเกาหลี",
        ),
        (
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐสิงคโปร์",
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐสิงคโปร์",
        ),
    ],
)
def test_a_post_ends_with_the_ministry_name_glued_to_the_sentence(nlp, position_and_verb, position):
    body = f"นายวีระ ชัยมงคลกุล {position_and_verb} ในพื้นที่จังหวัดน่าน"
    assert officials(nlp, body) == [("วีระ ชัยมงคลกุล", position)]


def test_a_person_described_by_a_word_without_an_office_is_no_official(nlp):
    body = (
        "นายวีระ ชัยมงคลกุล อธิบดีกรมสอบสวนคดีพิเศษ แถลงว่า ได้ติดตามตัว นายสมบัติ ดีงามยิ่ง"
        " ผู้ต้องหาคดีฉ้อโกง ฝ่ายตำรวจจับกุมได้แล้ว"
    )
    assert officials(nlp, body) == [("วีระ ชัยมงคลกุล", "อธิบดีกรมสอบสวนคดีพิเศษ")]


@pytest.mark.parametrize(
    "others",
    ["และกรรมการจากหน่วยงานที่เกี่ยวข้อง", "และหัวหน้าหน่วยราชการ", "และสื่อมวลชน"],
)
def test_and_other_people_after_a_post_are_not_part_of_it(nlp, others):
    body = f"โดยมี นายวีระ ชัยมงคลกุล อธิบดีกรมควบคุมโรค {others} ร่วมประชุม"
    assert officials(nlp, body) == [("วีระ ชัยมงคลกุล", "อธิบดีกรมควบคุมโรค")]
