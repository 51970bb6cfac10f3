"""Official families of quality round q3 (branch q3off), found on round 4's fresh briefs: which of
a person's mentions gives the position, and where a position goes on or stops. One test per
mechanism, on short synthetic briefs, through the persons rules without the NER model."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def test_a_later_mention_that_writes_the_position_out_more_fully_gives_it(nlp):
    body = (
        "รมว.สมชาย ใจกล้าหาญ ตรวจเยี่ยมจังหวัดน่าน\n"
        "นายสมชาย ใจกล้าหาญ รัฐมนตรีว่าการกระทรวงมหาดไทย เดินทางไปตรวจเยี่ยมจังหวัดน่าน\n"
        "นายวิทยา แสงสว่างดี รองนายกรัฐมนตรี ยืนยันว่ารัฐบาลพร้อมช่วยเหลือ\n"
        "วันนี้ นายวิทยา แสงสว่างดี รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงพลังงาน กล่าวว่า"
        " รัฐบาลพร้อมช่วยเหลือ"
    )
    found = brief_officials(nlp, body)
    assert found["สมชาย ใจกล้าหาญ"] == "รัฐมนตรีว่าการกระทรวงมหาดไทย"
    assert found["วิทยา แสงสว่างดี"] == "รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงพลังงาน"
    # what a later mention ran on into is no fuller post
    body = (
        "นายอนันต์ ศรีสุขใจ รัฐมนตรีช่วยว่าการกระทรวงความมั่นคงสาธารณะของจีน เดินทางถึงไทย\n"
        "ต่อมา นายอนันต์ ศรีสุขใจ รัฐมนตรีช่วยว่าการกระทรวงความมั่นคงสาธารณะของจีน"
        "ในด้านความร่วมมือด้านความมั่นคง กล่าวว่า"
    )
    found = brief_officials(nlp, body)
    assert found["อนันต์ ศรีสุขใจ"] == "รัฐมนตรีช่วยว่าการกระทรวงความมั่นคงสาธารณะของจีน"


def test_an_abbreviated_post_ends_with_the_ministrys_short_name_before_a_glued_verb(nlp):
    body = (
        "นายวิทยา แสงสว่างดี นายกรัฐมนตรีและรมว.กลาโหมมาถึงสนามบินพร้อมคณะ\n"
        "นายประเสริฐ มั่นคงยิ่ง รมว.ทรัพยากรธรรมชาติและสิ่งแวดล้อม เดินทางไปด้วย\n"
        "นายพุทธา ดีงามยิ่ง รมว.ดีอีเอส กล่าวว่า"
    )
    found = brief_officials(nlp, body)
    assert found["วิทยา แสงสว่างดี"] == "นายกรัฐมนตรีและรมว.กลาโหม"
    assert found["ประเสริฐ มั่นคงยิ่ง"] == "รมว.ทรัพยากรธรรมชาติและสิ่งแวดล้อม"
    assert found["พุทธา ดีงามยิ่ง"] == "รมว.ดีอีเอส"


def test_a_parenthesised_abbreviation_before_an_acting_post_stays_inside_the_position(nlp):
    body = (
        "นายสมชาย ใจกล้าหาญ รองอธิบดีกรมการค้าภายใน (คน.) รักษาราชการแทนอธิบดีกรมการค้าภายใน"
        " เป็นประธานการประชุม\n"
        "นางสาวมาลี ดีงาม ผู้อำนวยการสำนักงานคณะกรรมการนโยบายรัฐวิสาหกิจ (สคร.) กรรมการและเลขานุการ"
    )
    found = brief_officials(nlp, body)
    assert found["สมชาย ใจกล้าหาญ"] == ("รองอธิบดีกรมการค้าภายใน (คน.) รักษาราชการแทนอธิบดีกรมการค้าภายใน")
    assert found["มาลี ดีงาม"] == "ผู้อำนวยการสำนักงานคณะกรรมการนโยบายรัฐวิสาหกิจ"


def test_royal_patronage_written_apart_goes_on_with_the_post(nlp):
    body = "นางมาลี ดีงามยิ่ง นายกสมาคมพยาบาลแห่งประเทศไทย ในพระราชูปถัมภ์ กล่าวรายงานต่อที่ประชุม"
    found = brief_officials(nlp, body)
    assert found["มาลี ดีงามยิ่ง"] == "นายกสมาคมพยาบาลแห่งประเทศไทย ในพระราชูปถัมภ์"


def test_a_grade_prefix_after_a_post_opens_the_next_partys_post_an_acting_one_goes_on(nlp):
    body = (
        "จึงสั่งการให้นายวิชัย กล้าหาญดี ปลัดอำเภอเมืองน่าน ผู้ช่วยปลัดอำเภอเมืองน่าน"
        " และเจ้าหน้าที่ตำรวจ ลงพื้นที่ตรวจสอบ\n"
        "นายสมชาย ใจกล้าหาญ รองอธิบดีกรมการค้าภายใน รักษาราชการแทนอธิบดีกรมการค้าภายใน กล่าวว่า"
    )
    found = brief_officials(nlp, body)
    assert found["วิชัย กล้าหาญดี"] == "ปลัดอำเภอเมืองน่าน"
    assert found["สมชาย ใจกล้าหาญ"] == "รองอธิบดีกรมการค้าภายใน รักษาราชการแทนอธิบดีกรมการค้าภายใน"


def test_khun_glued_to_a_word_a_name_follows_starts_a_name_vouched_for_by_a_position(nlp):
    body = (
        "การเสวนามีผู้ร่วมหลายท่าน โดยมีคุณวรรณา สุขสมบูรณ์ ผู้อำนวยการกองการต่างประเทศ"
        " เป็นผู้ดำเนินรายการ และคุณภาพชีวิต ดีขึ้น อย่างต่อเนื่อง"
    )
    found = brief_officials(nlp, body)
    assert found == {"วรรณา สุขสมบูรณ์": "ผู้อำนวยการกองการต่างประเทศ"}


def test_professor_emeritus_kittikhun_is_an_academic_title(nlp):
    body = "การบรรยายโดยศาสตราจารย์กิตติคุณ สมศักดิ์ ทองประเสริฐ ผู้อำนวยการสถาบันกฎหมายอาญา"
    found = brief_officials(nlp, body)
    assert found == {"สมศักดิ์ ทองประเสริฐ": "ผู้อำนวยการสถาบันกฎหมายอาญา"}


def test_a_post_that_opens_a_clause_running_on_to_a_name_is_not_that_persons(nlp):
    body = (
        "นายสมชาย ใจกล้าหาญ รัฐมนตรีว่าการกระทรวงยุติธรรม ตอบข้อซักถาม\n"
        "นอกจากนี้ รัฐมนตรีว่าการกระทรวงยุติธรรมกล่าวถึงความคืบหน้าคดีของนายวีระ ทองมาก"
        " ว่าอยู่ระหว่างการสอบสวน"
    )
    found = brief_officials(nlp, body)
    assert found == {"สมชาย ใจกล้าหาญ": "รัฐมนตรีว่าการกระทรวงยุติธรรม"}


def test_a_post_after_and_counted_as_a_group_is_other_people(nlp):
    body = (
        "โดยมีนายสมชาย ใจกล้าหาญ ผู้อำนวยการกองกลาง นายวิชัย กล้าหาญดี ผู้อำนวยการกองคลัง"
        " และพาณิชย์จังหวัดภาคใต้ ทั้ง 14 จังหวัด เข้าร่วมประชุม\n"
        "นายวิทยา แสงสว่างดี รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงพลังงาน กล่าวว่า"
    )
    found = brief_officials(nlp, body)
    assert found["วิชัย กล้าหาญดี"] == "ผู้อำนวยการกองคลัง"
    assert found["วิทยา แสงสว่างดี"] == "รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงพลังงาน"
