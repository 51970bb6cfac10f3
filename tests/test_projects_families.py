"""Project rule families of the quality rounds: where a project's name ends, generic mentions,
what is not a project's name, and mentions of one project grouped (gold.md v2, Projects).
Synthetic briefs, run through the components projects need, asserting the `projects` slot.

Found on the annotated train briefs (qproj), on unannotated archive briefs 2020-2025 (pproj), and
on what that review left open (rproj)."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, group_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


# --- found on the annotated train briefs ------------------------------------------------------


def test_a_contract_of_the_project_ends_its_name(nlp):
    body = (
        "ที่ประชุมติดตามการทบทวนโครงการก่อสร้างทางหลวง ช่วงนาดี – บ้านใหม่ สัญญาที่ 3 ช่วงหนองแก"
        " – บ้านใหม่ ให้แล้วเสร็จ"
    )
    assert brief_titles(nlp, body) == ["โครงการก่อสร้างทางหลวง ช่วงนาดี - บ้านใหม่"]


def test_a_quote_opened_before_the_keyword_is_read_to_its_close(nlp):
    body = "กรมราชทัณฑ์จัดทำ “โครงการเลี้ยงแพะนมเพื่อผู้ต้องขัง เพื่อสร้างอาชีพหลังพ้นโทษ” โดยมีผู้เข้าร่วม 50 คน"
    assert brief_titles(nlp, body) == ["โครงการเลี้ยงแพะนมเพื่อผู้ต้องขัง เพื่อสร้างอาชีพหลังพ้นโทษ"]


def test_a_quoted_saying_opening_with_the_keyword_is_not_a_title(nlp):
    body = "นายสมชาย กล่าวว่า “โครงการเลี้ยงแพะนมช่วยให้ผู้ต้องขังมีรายได้ และจะขยายผลไปทุกเรือนจำ” ทั้งนี้"
    assert [t for t in brief_titles(nlp, body) if "ขยายผล" in t] == []


def test_a_project_named_as_a_common_noun_needs_two_signals(nlp):
    # มี before it and a short head with only a channel after it: a kind of project
    assert brief_titles(nlp, "ในปีนี้ ธนาคารมีโครงการระดมทุนผ่าน Blue Bond เพื่อสนับสนุนธุรกิจ") == []
    # a kind head (ต้นแบบ) and a count of projects of that kind after it in the line
    counted = "โครงการต้นแบบ ABC ที่ได้รับทุนจากต่างประเทศมีจำนวน 12 โครงการ คิดเป็นมูลค่า 300 ล้านบาท"
    assert brief_titles(nlp, counted) == []
    # one signal (มี before it) is also seen before titles
    assert brief_titles(nlp, "ในปีนี้ รัฐบาลมีโครงการชิมช้อปใช้ เพื่อกระตุ้นการใช้จ่าย") == ["โครงการชิมช้อปใช้"]


def test_variants_with_a_word_inserted_or_another_structure_word_are_one_project(nlp):
    body = (
        "ครม.รับทราบความคืบหน้าโครงการรถรางสายสีฟ้าช่วงท่าแพ - สันทราย"
        " และกรณีโครงการรถรางชานเมืองสายสีฟ้าช่วงท่าแพ - สันทราย ได้เริ่มก่อสร้างแล้ว\n"
        "ที่ประชุมติดตามผลกระทบจากโครงการฝายศรีสะเกษใต้ ครั้งที่ 2/2567"
        " และแนวทางฟื้นฟูพื้นที่รอบโครงการเขื่อนสรีสะเกศใต้ เพื่อพัฒนาชุมชน"
    )
    assert brief_titles(nlp, body) == [
        "โครงการรถรางสายสีฟ้าช่วงท่าแพ - สันทราย",
        "โครงการฝายศรีสะเกษใต้",
    ]


def test_who_the_project_gives_to_stays_in_its_name(nlp):
    body = "กรมส่งเสริมการเกษตรเสนอโครงการพัฒนาทักษะการแปรรูปผลไม้ให้แก่กลุ่มแม่บ้านเกษตรกร มีเป้าหมาย 500 ราย"
    assert brief_titles(nlp, body) == ["โครงการพัฒนาทักษะการแปรรูปผลไม้ให้แก่กลุ่มแม่บ้านเกษตรกร"]


def test_an_integrated_project_alone_is_a_kind(nlp):
    assert brief_titles(nlp, "ผู้ว่าราชการจังหวัดติดตามโครงการบูรณาการ ของหน่วยงานในพื้นที่") == []


def test_a_one_word_kind_goes_on_with_its_purpose_up_to_its_partner(nlp):
    body = "นายอำเภอเป็นประธานการประชุมขับเคลื่อนโครงการบูรณาการ เพื่อยกระดับรายได้ครัวเรือนยากจนกับอาสาสมัครชุมชน ณ ที่ว่าการอำเภอ"
    assert brief_titles(nlp, body) == ["โครงการบูรณาการ เพื่อยกระดับรายได้ครัวเรือนยากจน"]


def test_a_numbered_item_or_a_count_that_refers_back_is_no_signal(nlp):
    # a list item stays a name whatever its signals (a kind head, a count of projects after it)
    item = "ผลงานเด่น ได้แก่ (1) โครงการต้นแบบ ABC ซึ่งมีผู้ร่วมจำนวน 12 โครงการ และ (2) โครงการอื่น"
    assert brief_titles(nlp, item) == ["โครงการต้นแบบ ABC"]
    # "ทั้ง 2 โครงการ" refers back to projects named before: not a count of a kind
    body = "รัฐบาลมีโครงการกินเที่ยวช่วยชาติ ซึ่งคาดว่าทั้ง 2 โครงการจะเสนอ ครม. ได้ในเร็ว ๆ นี้"
    assert brief_titles(nlp, body) == ["โครงการกินเที่ยวช่วยชาติ"]


# --- found on unannotated archive briefs ----------------------------------------------------


def test_an_adverb_after_the_keyword_or_the_name_is_not_part_of_a_title(nlp):
    body = (
        "กรมการค้าภายในเชิญชวนร้านค้าเข้าร่วมโครงการมากยิ่งขึ้น และตั้งแต่เริ่มโครงการจนถึงวันนี้"
        " มีผู้สมัครด้วยความสมัครใจ\n"
        "กระทรวงพาณิชย์ยืนยันโครงการตลาดนัดชุมชนเตรียมเปิดรอบใหม่ และจะดำเนิน"
        "โครงการตลาดนัดชุมชนอย่างต่อเนื่อง"
    )
    assert brief_titles(nlp, body) == ["โครงการตลาดนัดชุมชน"]


def test_a_relative_word_left_at_the_end_of_a_cut_name_goes_but_an_ordinal_stays(nlp):
    body = (
        "กระทรวงแรงงานจัดทำโครงการฝึกอาชีพสำหรับผู้สูงอายุที่ยังเป็นประโยชน์ต่อชุมชน\n"
        "ผู้ว่าราชการจังหวัดเปิดโครงการปลูกป่าชายเลนชุมชนปีที่ 5 ณ อำเภอเมือง"
    )
    assert brief_titles(nlp, body) == [
        "โครงการฝึกอาชีพสำหรับผู้สูงอายุ",
        "โครงการปลูกป่าชายเลนชุมชนปีที่ 5",
    ]


def test_a_web_address_after_the_keyword_is_not_a_title(nlp):
    body = (
        "ประชาชนติดตามข่าวสารได้ที่เว็บไซต์โครงการ www.skyline-green.com และ Line Official"
        " : SkylineGreen ตลอด 24 ชั่วโมง"
    )
    assert brief_titles(nlp, body) == []


def test_an_irrigation_office_is_not_a_project(nlp):
    body = (
        "นายอำเภอประชุมร่วมกับผู้อำนวยการโครงการชลประทานลำปาง ณ โครงการส่งน้ำและบำรุงรักษากิ่วลม"
        " อำเภอเมืองปาน จังหวัดลำปาง และติดตามโครงการฝายบ้านหลวง"
    )
    assert brief_titles(nlp, body) == ["โครงการฝายบ้านหลวง"]


def test_a_year_after_a_latin_title_stays_but_a_count_goes(nlp):
    body = (
        "รัฐมนตรีเปิดโครงการ Lanna Craft Week 2024 ซึ่งจัดขึ้นที่จังหวัดเชียงใหม่\n"
        "ตำรวจรายงานผลโครงการ SAFE ROAD 15 คดี ในเดือนนี้"
    )
    assert brief_titles(nlp, body) == ["โครงการ Lanna Craft Week 2024", "โครงการ SAFE ROAD"]


def test_a_project_after_including_is_named_but_the_whole_project_is_not(nlp):
    body = (
        "กระทรวงมหาดไทยติดตามงานด้านแหล่งน้ำ รวมทั้งโครงการขุดลอกหนองน้ำใส ในปีนี้\n"
        "ระยะเวลาชำระคืนทั้งโครงการไม่เกิน 10 ปี โดยอัตราดอกเบี้ยรวมทั้งโครงการเฉลี่ยไม่เกินร้อยละ 2"
    )
    assert brief_titles(nlp, body) == ["โครงการขุดลอกหนองน้ำใส"]


def test_a_latin_title_ends_before_the_next_item_and_a_new_name(nlp):
    body = (
        "ครม.อนุมัติเปลี่ยนแปลงโครงการย่อย ประกอบด้วย 1.โครงการ Ocean Beat Carnival เปลี่ยนชื่อเป็น"
        " Ocean Art Carnival 2.โครงการ Night Run Songkhla ขยายระยะเวลา"
    )
    assert brief_titles(nlp, body) == ["โครงการ Ocean Beat Carnival", "โครงการ Night Run Songkhla"]


def test_where_a_project_starts_is_not_its_name(nlp):
    body = (
        "กรมทางหลวงชนบทรายงานว่าโครงการก่อสร้างถนนสายบ้านนาดี - บ้านโคก มีจุดเริ่มต้นโครงการบริเวณสามแยก"
        " และสิ้นสุดโครงการบริเวณ กม. ที่ 12+500\n"
        "ประชาชนใช้น้ำจากโครงการฝายบ้านโคกทั้งในฤดูฝนและฤดูแล้ง"
    )
    assert brief_titles(nlp, body) == ["โครงการก่อสร้างถนนสายบ้านนาดี - บ้านโคก", "โครงการฝายบ้านโคก"]


def test_a_correlative_slogan_keeps_its_last_word_and_a_value_is_not_a_name(nlp):
    body = "กระทรวงการคลังเปิดโครงการยิ่งซื้อยิ่งได้ที่ร้านค้าทั่วประเทศ\nทั้งนี้ มูลค่าโครงการเท่ากับ 1,200 ล้านบาท"
    assert brief_titles(nlp, body) == ["โครงการยิ่งซื้อยิ่งได้"]


# --- left open by that review ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ร้านค้าที่ร่วมโครงการเราเที่ยวด้วยกันและคนละครึ่งและผู้ที่ลงทะเบียนไว้ ได้รับสิทธิ์ต่อ",
            "โครงการเราเที่ยวด้วยกัน",
        ),
        ("ผู้มีสิทธิในโครงการคนละครึ่งและเราชนะ สามารถใช้จ่ายได้ถึงสิ้นเดือน", "โครงการคนละครึ่ง"),
    ],
)
def test_two_known_programmes_joined_by_and_are_cut(nlp: Pipeline, text: str, title: str) -> None:
    assert group_titles(nlp, text) == [title]


def test_and_inside_one_name_is_kept(nlp: Pipeline) -> None:
    text = "กรมฯ เปิดโครงการอนุรักษ์และฟื้นฟูป่าชายเลนบ้านคลองใหม่ ให้ชุมชนร่วมดูแล"
    assert group_titles(nlp, text) == ["โครงการอนุรักษ์และฟื้นฟูป่าชายเลนบ้านคลองใหม่"]


def test_title_cut_inside_a_repeated_run_is_read_whole(nlp: Pipeline) -> None:
    text = (
        "ที่ประชุมรับทราบโครงการพัฒนาที่ราบสูงแบบโครงการหลวง ระยะต่อไป "
        "โดยโครงการพัฒนาที่ราบสูงแบบโครงการหลวง จะขยายไปอีก 10 แห่ง "
        "และโครงการพัฒนาที่ราบสูงแบบโครงการหลวง ได้รับงบประมาณเพิ่ม"
    )
    assert group_titles(nlp, text) == ["โครงการพัฒนาที่ราบสูงแบบโครงการหลวง"]


def test_clause_after_a_title_once_is_not_read(nlp: Pipeline) -> None:
    text = "ชาวบ้านเข้าร่วมโครงการปลูกผักปลอดสารให้ลูกหลาน และกรมฯ ขยายโครงการปลูกผักปลอดสาร ต่อไป"
    assert group_titles(nlp, text) == ["โครงการปลูกผักปลอดสาร"]


def test_one_x_one_y_slogan_after_a_space_is_read(nlp: Pipeline) -> None:
    text = "จังหวัดเปิดโครงการส่งเสริมหัตถกรรม 1 ตำบล 1 ลายผ้า ให้ชาวบ้านได้ฝึกทอผ้า"
    assert group_titles(nlp, text) == ["โครงการส่งเสริมหัตถกรรม 1 ตำบล 1 ลายผ้า"]
