"""Official families of quality round q2 (branch q2off), found on fresh annotated briefs
2020-2025: positions introduced by a word or a relative clause, where a position goes on (a
Latin organisation name, a unit in parentheses, a second post, a committee's long name, the line
below) or stops (a verb glued on), names glued to their post in unspaced text, and titles
(Volunteer Defence Corps ranks, Cambodian สมเด็จฯ, a title inside an abbreviation). One test per
mechanism, on short synthetic briefs, through the persons rules without the NER model."""

from __future__ import annotations

import pytest
from component_support import BRIEF_HEADER, PERSONS, brief_officials, pipeline

from mjci_extract.extract.persons import PersonsFound
from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


def test_a_position_introduced_by_a_word_or_at_the_end_of_a_relative_clause(nlp):
    body = (
        "นายสมปอง ทองดีเลิศ รัฐมนตรีว่าการกระทรวงแรงงาน แสดงความยินดีกับนายวิชัย มั่นคงดี"
        " และ นายประเสริฐ ศรีสุขใจ ที่ได้รับพระบรมราชโองการโปรดเกล้าฯ"
        " ให้ดำรงตำแหน่งรัฐมนตรีช่วยว่าการกระทรวงแรงงาน และหารือกับ Mr. Peter Jansen"
        " ตำแหน่ง ผู้อำนวยการ Global Labour Office เพื่อพัฒนาความร่วมมือ"
    )
    found = brief_officials(nlp, body)
    assert found["วิชัย มั่นคงดี"] == "รัฐมนตรีช่วยว่าการกระทรวงแรงงาน"
    assert found["ประเสริฐ ศรีสุขใจ"] == "รัฐมนตรีช่วยว่าการกระทรวงแรงงาน"
    assert found["Peter Jansen"] == "ผู้อำนวยการ Global Labour Office"


def test_a_volunteer_defence_corps_rank_is_a_title(nlp):
    body = "นายกองตรี ดร.สุรชัย ใจกล้า ซึ่งได้รับการแต่งตั้งให้ดำรงตำแหน่งเลขานุการรัฐมนตรีว่าการกระทรวงแรงงาน"
    assert brief_officials(nlp, body) == {"สุรชัย ใจกล้า": "เลขานุการรัฐมนตรีว่าการกระทรวงแรงงาน"}


def test_a_latin_organisation_name_goes_on_only_a_post_without_an_office(nlp):
    body = (
        "นางสาวมาลี สุขดี ผู้จัดการทั่วไป Siam Green Energy เข้าพบนายสมศักดิ์ รักชาติ"
        " รัฐมนตรีว่าการกระทรวงการต่างประเทศ Professor Adam Smith กล่าวว่า"
    )
    found = brief_officials(nlp, body)
    assert found["มาลี สุขดี"] == "ผู้จัดการทั่วไป Siam Green Energy"
    assert found["สมศักดิ์ รักชาติ"] == "รัฐมนตรีว่าการกระทรวงการต่างประเทศ"


def test_a_unit_in_parentheses_stays_in_the_title(nlp):
    body = "นางสาวรุ่งนภา ดีงาม อัครราชทูตที่ปรึกษา (ฝ่ายพาณิชย์) ประจำกรุงปารีส เข้าร่วมการประชุม"
    assert brief_officials(nlp, body) == {"รุ่งนภา ดีงาม": "อัครราชทูตที่ปรึกษา (ฝ่ายพาณิชย์) ประจำกรุงปารีส"}


def test_a_post_glued_to_the_sentence_ends_before_มีความ(nlp):
    body = "นายสมชาย ใจดี นายกรัฐมนตรีมีความห่วงใยประชาชนในพื้นที่ประสบภัย"
    assert brief_officials(nlp, body) == {"สมชาย ใจดี": "นายกรัฐมนตรี"}


def test_a_name_alone_on_its_line_takes_the_position_on_the_line_below(nlp):
    body = "ข่าวประชาสัมพันธ์\n.\nพล.อ.สมบัติ กล้าหาญ\nรัฐมนตรีช่วยว่าการกระทรวงกลาโหม\n| ลงพื้นที่จังหวัดยะลา"
    assert brief_officials(nlp, body) == {"สมบัติ กล้าหาญ": "รัฐมนตรีช่วยว่าการกระทรวงกลาโหม"}


def test_a_second_post_joined_by_a_space_before_the_next_person_with_a_post(nlp):
    body = (
        "โดยมี นายวีระ ชัยมงคล รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้านความมั่นคง"
        " นายอดิศร แก้วดี อธิบดีกรมการปกครอง ร่วมให้การต้อนรับ"
    )
    assert brief_officials(nlp, body) == {
        "วีระ ชัยมงคล": "รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้านความมั่นคง",
        "อดิศร แก้วดี": "อธิบดีกรมการปกครอง",
    }


def test_a_committees_long_name_runs_on_up_to_the_body_it_is_of(nlp):
    body = (
        "นายประยูร ศรีงาม ประธานคณะกรรมาธิการวิสามัญพิจารณาศึกษาปัญหาหนี้สินเกษตรกร"
        " แนวทางการฟื้นฟูอาชีพเกษตรกร สภาผู้แทนราษฎร และคณะ เข้าศึกษาดูงาน"
    )
    assert brief_officials(nlp, body) == {
        "ประยูร ศรีงาม": "ประธานคณะกรรมาธิการวิสามัญพิจารณาศึกษาปัญหาหนี้สินเกษตรกร"
        " แนวทางการฟื้นฟูอาชีพเกษตรกร สภาผู้แทนราษฎร"
    }


def test_a_name_glued_to_its_post_in_text_without_spaces(nlp):
    body = "นายสมชายใจดีรัฐมนตรีว่าการกระทรวงพาณิชย์พร้อมด้วยนายวิชัยมั่นคงอธิบดีกรมการค้าต่างประเทศร่วมเป็นสักขีพยาน"
    assert brief_officials(nlp, body) == {
        "สมชายใจดี": "รัฐมนตรีว่าการกระทรวงพาณิชย์",
        "วิชัยมั่นคง": "อธิบดีกรมการค้าต่างประเทศ",
    }


def test_samdech_is_an_honorific_but_not_before_a_royal_name(nlp):
    body = (
        "โดย สมเด็จฯ ฮุน มาเนต นายกรัฐมนตรีกัมพูชา กล่าวถึงพระนิพนธ์ของ"
        " สมเด็จฯ กรมพระยาดำรงราชานุภาพ องค์ปฐมเสนาบดีกระทรวงมหาดไทย"
    )
    assert brief_officials(nlp, body) == {"ฮุน มาเนต": "นายกรัฐมนตรีกัมพูชา"}


def test_the_colloquial_mayor_is_a_position(nlp):
    body = "โดยมี นางสาวอรุณี แสงทอง รองนายกเทศบาลเมืองกระบี่ ให้การต้อนรับ"
    assert brief_officials(nlp, body) == {"อรุณี แสงทอง": "รองนายกเทศบาลเมืองกระบี่"}


def test_a_title_inside_an_abbreviation_is_no_title(nlp):
    body = "หน่วยงานในสังกัด ดศ. ซึ่งผู้ว่าราชการฯ มีเป้าหมายพัฒนาเมืองอัจฉริยะ"
    doc = nlp.run(nlp.make_doc(BRIEF_HEADER + body + "\n"), list(PERSONS))
    assert [m.honorific for m in doc.get(PersonsFound).mentions] == []
