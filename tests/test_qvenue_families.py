"""Venue and official rule families of the quality round (branch qvenue): one test per mechanism,
each on a synthetic sentence, asserting the component's slot."""

from __future__ import annotations

import pytest
from component_support import VENUES, pipeline

from mjci_extract.extract.persons import PersonsFound, _model_mention
from mjci_extract.extract.venues import VenuesFound
from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(VENUES)


def venues(nlp: Pipeline, text: str) -> list[tuple[str, bool]]:
    doc = nlp.run(nlp.make_doc(text))
    return [(doc.text[v.start : v.end], v.online) for v in doc.get(VenuesFound).venues]


def officials(nlp: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = nlp.run(nlp.make_doc(text))
    return [
        (m.name, doc.text[m.position[0] : m.position[1]] if m.position else None)
        for m in doc.get(PersonsFound).mentions
    ]


def test_guarded_head_after_ti_is_a_venue_when_the_clause_ends(nlp):
    text = "คณะทำงานประชุมหารือแนวทางการช่วยเหลือ ที่สำนักงานเกษตรจังหวัดน่าน\nรายละเอียดต่อไป"
    assert venues(nlp, text) == [("สำนักงานเกษตรจังหวัดน่าน", False)]
    relative = "ตามแผนงาน ที่สำนักงานเศรษฐกิจการเกษตร เสนอต่อคณะกรรมการ"
    assert venues(nlp, relative) == []


def test_any_place_after_ti_followed_by_an_admin_unit_is_a_venue(nlp):
    text = "วันนี้ เวลา 10.00 น. ที่บ้านหนองผักหวาน ตำบลนาคู อำเภอเมือง จังหวัดเลย นายสมพร ใจงาม ปลัดจังหวัดเลย เป็นประธาน"
    assert venues(nlp, text) == [("บ้านหนองผักหวาน ตำบลนาคู อำเภอเมือง จังหวัดเลย", False)]
    meeting = "ผลการหารือ ที่ประชุม จังหวัดเลยได้มีมติ"
    assert venues(nlp, meeting) == []


def test_the_room_an_online_meeting_is_held_from_is_a_venue(nlp):
    text = "ประชุมติดตามงาน ผ่านระบบ Zoom Meeting จากห้องประชุมกรมส่งเสริมสหกรณ์ ชั้น 3"
    assert venues(nlp, text) == [
        ("ผ่านระบบ Zoom Meeting", True),
        ("ห้องประชุมกรมส่งเสริมสหกรณ์ ชั้น 3", False),
    ]


def test_a_position_glued_to_a_lead_word_inside_its_chunk_opens_there(nlp):
    text = "ผลการศึกษาจะส่งต่อให้ที่ประชุมแล้วจึงนำเสนอปลัดกระทรวงพาณิชย์ (นายสมบัติ ใจกล้า) พิจารณา"
    assert ("สมบัติ ใจกล้า", "ปลัดกระทรวงพาณิชย์") in officials(nlp, text)
    glued = "แนวคิดนี้เป็นนโยบายของอดีตรัฐมนตรีว่าการกระทรวงคมนาคม นายประเสริฐ มั่นคง ที่ริเริ่มไว้"
    assert ("ประเสริฐ มั่นคง", "อดีตรัฐมนตรีว่าการกระทรวงคมนาคม") in officials(nlp, glued)


def test_a_head_inside_a_compound_opens_no_position_before_a_name(nlp):
    text = "มติของคณะรัฐมนตรี นายประเสริฐ มั่นคง กล่าว"
    assert ("ประเสริฐ มั่นคง", None) in officials(nlp, text)


def test_a_position_in_parentheses_right_after_a_name(nlp):
    text = "ทีมงานประกอบด้วย นางสาวมณีรัตน์ ศรีสุข (ผู้จัดการโครงการ), นายชัยวัฒน์ ทองดี"
    assert ("มณีรัตน์ ศรีสุข", "ผู้จัดการโครงการ") in officials(nlp, text)


def test_a_latin_name_with_an_english_position_after_a_comma(nlp):
    text = "คณะผู้แทนนำโดย Mr. Peter Olsen, Regional Director, Nordic Trade Council เข้าพบรัฐมนตรี"
    assert ("Peter Olsen", "Regional Director, Nordic Trade Council") in officials(nlp, text)
    gloss = "นายปีเตอร์ โอลเซน ผู้อำนวยการภูมิภาค (Mr. Peter Olsen, Regional Director) เข้าพบ"
    assert ("Peter Olsen", "Regional Director") not in officials(nlp, gloss)
    english = "The delegation was led by Mr. Peter Olsen, Regional Director of the Council, who met"
    assert officials(nlp, english) == []


def test_one_star_ranks_are_titles(nlp):
    text = "โดยมี พลจัตวา สีสะหวาด คำผอง ผู้บัญชาการกองพลน้อย เข้าร่วม"
    assert ("สีสะหวาด คำผอง", "ผู้บัญชาการกองพลน้อย") in officials(nlp, text)


def test_a_committee_right_after_a_name_is_a_position(nlp):
    text = "นายวีระ สุขสันต์ คณะกรรมการศูนย์ประสานงานด้านการค้า กล่าวว่า"
    assert ("วีระ สุขสันต์", "คณะกรรมการศูนย์ประสานงานด้านการค้า") in officials(nlp, text)


def test_a_role_after_in_the_capacity_of_is_the_position_when_it_is_the_only_one(nlp):
    text = "ที่ประชุมมีนายสมหมาย ใจดี ในฐานะประธานคณะกรรมการติดตามงบประมาณ เป็นผู้รายงาน"
    assert ("สมหมาย ใจดี", "ประธานคณะกรรมการติดตามงบประมาณ") in officials(nlp, text)
    second = "ที่ประชุมมีรองนายกรัฐมนตรี นายสมหมาย ใจดี ในฐานะประธานคณะกรรมการ เป็นผู้รายงาน"
    assert ("สมหมาย ใจดี", "รองนายกรัฐมนตรี") in officials(nlp, second)


def test_a_description_of_the_person_ends_the_position(nlp):
    text = "นางสาวสุนีย์ ศรีงาม ผู้ว่าราชการจังหวัดหญิงคนแรกของจังหวัดตาก เป็นประธาน"
    assert ("สุนีย์ ศรีงาม", "ผู้ว่าราชการจังหวัด") in officials(nlp, text)


def test_and_a_post_opened_by_a_word_for_people_is_a_second_post(nlp):
    text = "นายจอห์น ลี ผู้อำนวยการและผู้แทนถาวรประจำองค์การการค้าโลก กล่าวว่า"
    assert ("จอห์น ลี", "ผู้อำนวยการและผู้แทนถาวรประจำองค์การการค้าโลก") in officials(nlp, text)
    others = "นายจอห์น ลี ผู้อำนวยการสำนักงานและผู้แทนจากหน่วยงานต่าง ๆ เข้าร่วม"
    assert ("จอห์น ลี", "ผู้อำนวยการสำนักงาน") in officials(nlp, others)


def test_a_one_word_model_name_glued_to_a_post_after_a_lead_word(nlp):
    def mention(text: str, name: str):
        doc = nlp.run(nlp.make_doc(text), ["tokens"])
        start = doc.text.index(name)
        return _model_mention(doc, start, start + len(name))

    glued = "ผู้นำไทยได้หารือกับประธานาธิบดีวลาดิเมียร์ปูติน เมื่อปีที่แล้วอย่างใกล้ชิด"
    assert mention(glued, "วลาดิเมียร์ปูติน").given == "วลาดิเมียร์ปูติน"
    unled = "นายสมชาย ใจดี นายอำเภอเมืองพล นายวิชัย สุขดี เข้าร่วม"
    assert mention(unled, "เมืองพล") is None
    part_left_out = "ผู้นำไทยได้หารือกับนายกรัฐมนตรีหลี่ เฉียง ที่กรุงปักกิ่ง"
    assert mention(part_left_out, "หลี่") is None
