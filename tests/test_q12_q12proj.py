"""Project families of quality round q12: where a project title ends (gold.md v2, Projects).
Synthetic briefs, run through the components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_quoted_title_keeps_its_edition_before_the_closing_quote(nlp):
    body = 'รัฐมนตรีเปิด "โครงการอบรมการดูแลผู้สูงวัยในชุมชน ครั้งที่ 7" ณ ศาลากลางจังหวัด'
    assert brief_titles(nlp, body) == ["โครงการอบรมการดูแลผู้สูงวัยในชุมชน ครั้งที่ 7"]


def test_an_edition_after_a_space_stays_in_the_title(nlp):
    body = "อธิบดีเปิดโครงการสร้างการรับรู้การปลูกพืชปลอดภัย ครั้งที่ 3 ณ วัดหนองบัว ต่อไป"
    assert brief_titles(nlp, body) == ["โครงการสร้างการรับรู้การปลูกพืชปลอดภัย ครั้งที่ 3"]


def test_a_committee_meeting_number_after_a_title_is_not_its_edition(nlp):
    body = "ประชุมคณะทำงานติดตามโครงการฝายบ้านนาดี ครั้งที่ 1/2566 ณ ห้องประชุมจังหวัด"
    assert brief_titles(nlp, body) == ["โครงการฝายบ้านนาดี"]


def test_a_quoted_title_keeps_a_second_object_joined_by_and(nlp):
    body = 'จังหวัดจัด "โครงการส่งเสริมตลาดผลไม้พื้นถิ่น และแหล่งผลิตผักปลอดภัยของชุมชน" ขึ้น'
    assert brief_titles(nlp, body) == ["โครงการส่งเสริมตลาดผลไม้พื้นถิ่น และแหล่งผลิตผักปลอดภัยของชุมชน"]


def test_a_long_quoted_title_is_read_to_its_closing_quote(nlp):
    body = (
        'ผู้ว่าฯ เปิด "โครงการวิจัยศักยภาพและความพร้อมของเครือข่ายอาสาสมัครท้องถิ่น เพื่อการส่งเสริม'
        'การดำเนินงานศูนย์ไกล่เกลี่ยข้อพิพาทระดับตำบลของชุมชน" ณ อำเภอเมือง'
    )
    assert brief_titles(nlp, body) == [
        "โครงการวิจัยศักยภาพและความพร้อมของเครือข่ายอาสาสมัครท้องถิ่น เพื่อการส่งเสริม"
        "การดำเนินงานศูนย์ไกล่เกลี่ยข้อพิพาทระดับตำบลของชุมชน"
    ]


def test_change_a_into_b_glued_in_the_name_is_one_title(nlp):
    body = "กฟภ. เร่งโครงการเปลี่ยนหลอดไฟถนนเป็นโคมไฟพลังงานแสงอาทิตย์ ในพื้นที่ชนบท ต่อไป"
    assert brief_titles(nlp, body) == ["โครงการเปลี่ยนหลอดไฟถนนเป็นโคมไฟพลังงานแสงอาทิตย์"]


def test_bring_a_to_use_glued_after_a_nominalised_verb_is_one_title(nlp):
    body = "กรมทางหลวงเปิดโครงการศึกษาการนำขยะพลาสติกมาใช้ผสมยางมะตอย ณ จังหวัดสระบุรี"
    assert brief_titles(nlp, body) == ["โครงการศึกษาการนำขยะพลาสติกมาใช้ผสมยางมะตอย"]


def test_a_clause_word_glued_without_its_verb_still_ends_the_name(nlp):
    body = "รายงานว่าโครงการจัดเก็บขยะชุมชนเป็นไปตามแผนที่วางไว้ทุกประการ"
    assert brief_titles(nlp, body) == ["โครงการจัดเก็บขยะชุมชน"]


def test_a_clause_word_glued_to_the_name_is_the_titles_when_its_latin_alias_follows(nlp):
    body = "ธนาคารขยายโครงการพักชำระหนี้เกษตรกรเพิ่มเติมด้วยวิธีการปรับโครงสร้างหนี้ (Debt Relief) ต่อไป"
    assert brief_titles(nlp, body) == [
        "โครงการพักชำระหนี้เกษตรกรเพิ่มเติมด้วยวิธีการปรับโครงสร้างหนี้ (Debt Relief)"
    ]


def test_an_organisation_glued_before_a_latin_alias_is_not_the_titles(nlp):
    body = "ผู้ประกอบการร่วมโครงการพักชำระหนี้เกษตรกรของธนาคารแห่งประเทศไทย (Bank of Thailand) แล้ว"
    assert brief_titles(nlp, body) == ["โครงการพักชำระหนี้เกษตรกร"]
