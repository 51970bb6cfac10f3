"""Official families of round q10 (branch q10off), found by reviewing the officials extracted
from unannotated briefs (/work/reach): the families that recur there. Synthetic briefs."""

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
        # an accented Latin form of the name
        (
            "ที่ประชุมมี นายโชเอา ซิลวา (João Silva) ผู้อำนวยการใหญ่องค์การการค้าโลก เข้าร่วม",
            ("โชเอา ซิลวา", "ผู้อำนวยการใหญ่องค์การการค้าโลก"),
        ),
        # the Latin form glued to the family name
        (
            "ในงานมี นายปีเตอร์ วิลสัน( H.E. Mr.Peter Wilson) เอกอัครราชทูตแคนาดา กล่าวเปิดงาน",
            ("ปีเตอร์ วิลสัน", "เอกอัครราชทูตแคนาดา"),
        ),
        # a Thai nickname
        (
            "โดยมี นายสมหวัง ทองคำดี (ลุงหวัง) ผู้ใหญ่บ้านหมู่ที่ 5 ให้การต้อนรับ",
            ("สมหวัง ทองคำดี", "ผู้ใหญ่บ้านหมู่ที่ 5"),
        ),
    ],
)
def test_another_form_of_the_name_in_parentheses_comes_before_the_position(nlp, body, expected):
    assert officials(nlp, body) == [expected]


def test_a_parenthesis_not_followed_by_a_position_is_no_alias(nlp):
    body = "ผู้ชนะได้แก่ นางสาวมาลี ดีงาม (น้องมิ้น) และนางสาวสุดา ใจงาม (น้องเมย์) เข้ารับรางวัล"
    assert officials(nlp, body) == []


@pytest.mark.parametrize(
    "later",
    [
        # the sentence read as the family name: words of the dictionary only
        "“พล.อ.สมบัติ ผลักดันศูนย์ธุรกิจ และเมืองใหม่ให้ก้าวหน้า”",
        # opening with a stopword, a position after it
        "เป็นแผนสกัดการนั่งเก้าอี้ของพลเอก สมบัติ ในอนาคตหรือไม่ นายกฯ กล่าวว่า ไม่ทราบ",
        # glued to the given name
        "“พล.อ.สมบัติผลักดันโครงการนี้  เนื่องจากเล็งเห็นประโยชน์ ที่จะตามมา",
    ],
)
def test_a_given_name_with_the_sentence_after_it_is_the_person_named_before(nlp, later):
    body = f"พลเอกสมบัติ ทองประเสริฐ ผู้บัญชาการทหารบก ตรวจเยี่ยมหน่วย\n{later}"
    assert officials(nlp, body) == [("สมบัติ ทองประเสริฐ", "ผู้บัญชาการทหารบก")]


def test_a_second_person_of_the_same_given_name_with_a_position_stays(nlp):
    body = (
        "นายสมบัติ ทองประเสริฐ รองนายกรัฐมนตรี เป็นประธาน\n"
        "ผู้แทนได้แก่ นายสมบัติ เทพตุ่น ผู้แทนองค์กรสวัสดิการชุมชนภาคเหนือ"
    )
    assert officials(nlp, body) == [
        ("สมบัติ ทองประเสริฐ", "รองนายกรัฐมนตรี"),
        ("สมบัติ เทพตุ่น", "ผู้แทนองค์กรสวัสดิการชุมชนภาคเหนือ"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # glued by "พร้อม"
        (
            "โดยมี นายสมหวัง ใจกล้า ผู้อำนวยการท่าอากาศยานน่านพร้อมเจ้าหน้าที่ ให้การต้อนรับ",
            ("สมหวัง ใจกล้า", "ผู้อำนวยการท่าอากาศยานน่าน"),
        ),
        # heads of agencies after "และ"
        (
            "โดยมี นายสมหวัง ใจกล้า ปลัดจังหวัดน่าน และหัวหน้าหน่วยงานที่เกี่ยวข้อง เข้าร่วมด้วย",
            ("สมหวัง ใจกล้า", "ปลัดจังหวัดน่าน"),
        ),
        # glued to the end of a ministry's name written as a list
        (
            "หารือกับนายมาริโอ รอสซี รัฐมนตรีว่าการกระทรวงเกษตร อธิปไตยทางอาหาร"
            " และป่าไม้สาธารณรัฐอิตาลีและคณะ ณ ทำเนียบรัฐบาล",
            ("มาริโอ รอสซี", "รัฐมนตรีว่าการกระทรวงเกษตร อธิปไตยทางอาหาร และป่าไม้สาธารณรัฐอิตาลี"),
        ),
    ],
)
def test_other_people_written_on_after_a_position_are_no_part_of_it(nlp, body, expected):
    assert officials(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "นายกรัฐมนตรีพบกับนายสมหวัง ใจกล้า ผู้ชนะเลิศการประกวดสวนผักชุมชน ณ บูธกระทรวง",
        "โดยมี นายสมหวัง ใจกล้า ผู้จัดทำโครงงาน เข้ารับรางวัล",
        "ศาลพิพากษาให้ นางสมศรี ใจกล้า ผู้ถือกรรมสิทธิ์ ส่งมอบที่ดิน",
    ],
)
def test_a_contestant_a_maker_or_an_owner_holds_no_office(nlp, body):
    assert officials(nlp, body) == []
