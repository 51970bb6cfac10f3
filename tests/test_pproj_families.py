"""Project families found on unannotated archive briefs 2020-2025 (branch pproj): adverbs and
next steps after a name, and what is not a project's name (gold.md v2, Projects). Synthetic briefs."""

from __future__ import annotations

import pytest

from mjci_extract.extract.projects import ProjectsFound
from mjci_extract.run.pipeline import Pipeline

HEADER = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวทดสอบ\nวันพุธที่ 3 มีนาคม 2564\n"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.load(overrides=["pipeline.components=['tokens', 'projects']"])


def titles(nlp: Pipeline, body: str) -> list[str]:
    doc = nlp.run(nlp.make_doc(HEADER + body + "\n"), ["tokens", "projects"])
    return [doc.text[g[0].start : g[0].end] for g in doc.get(ProjectsFound).groups]


def test_an_adverb_after_the_keyword_or_the_name_is_not_part_of_a_title(nlp):
    body = (
        "กรมการค้าภายในเชิญชวนร้านค้าเข้าร่วมโครงการมากยิ่งขึ้น และตั้งแต่เริ่มโครงการจนถึงวันนี้"
        " มีผู้สมัครด้วยความสมัครใจ\n"
        "กระทรวงพาณิชย์ยืนยันโครงการตลาดนัดชุมชนเตรียมเปิดรอบใหม่ และจะดำเนิน"
        "โครงการตลาดนัดชุมชนอย่างต่อเนื่อง"
    )
    assert titles(nlp, body) == ["โครงการตลาดนัดชุมชน"]


def test_a_relative_word_left_at_the_end_of_a_cut_name_goes_but_an_ordinal_stays(nlp):
    body = (
        "กระทรวงแรงงานจัดทำโครงการฝึกอาชีพสำหรับผู้สูงอายุที่ยังเป็นประโยชน์ต่อชุมชน\n"
        "ผู้ว่าราชการจังหวัดเปิดโครงการปลูกป่าชายเลนชุมชนปีที่ 5 ณ อำเภอเมือง"
    )
    assert titles(nlp, body) == [
        "โครงการฝึกอาชีพสำหรับผู้สูงอายุ",
        "โครงการปลูกป่าชายเลนชุมชนปีที่ 5",
    ]


def test_a_web_address_after_the_keyword_is_not_a_title(nlp):
    body = (
        "ประชาชนติดตามข่าวสารได้ที่เว็บไซต์โครงการ www.skyline-green.com และ Line Official"
        " : SkylineGreen ตลอด 24 ชั่วโมง"
    )
    assert titles(nlp, body) == []


def test_an_irrigation_office_is_not_a_project(nlp):
    body = (
        "นายอำเภอประชุมร่วมกับผู้อำนวยการโครงการชลประทานลำปาง ณ โครงการส่งน้ำและบำรุงรักษากิ่วลม"
        " อำเภอเมืองปาน จังหวัดลำปาง และติดตามโครงการฝายบ้านหลวง"
    )
    assert titles(nlp, body) == ["โครงการฝายบ้านหลวง"]


def test_a_year_after_a_latin_title_stays_but_a_count_goes(nlp):
    body = (
        "รัฐมนตรีเปิดโครงการ Lanna Craft Week 2024 ซึ่งจัดขึ้นที่จังหวัดเชียงใหม่\n"
        "ตำรวจรายงานผลโครงการ SAFE ROAD 15 คดี ในเดือนนี้"
    )
    assert titles(nlp, body) == ["โครงการ Lanna Craft Week 2024", "โครงการ SAFE ROAD"]


def test_a_project_after_including_is_named_but_the_whole_project_is_not(nlp):
    body = (
        "กระทรวงมหาดไทยติดตามงานด้านแหล่งน้ำ รวมทั้งโครงการขุดลอกหนองน้ำใส ในปีนี้\n"
        "ระยะเวลาชำระคืนทั้งโครงการไม่เกิน 10 ปี โดยอัตราดอกเบี้ยรวมทั้งโครงการเฉลี่ยไม่เกินร้อยละ 2"
    )
    assert titles(nlp, body) == ["โครงการขุดลอกหนองน้ำใส"]


def test_a_latin_title_ends_before_the_next_item_and_a_new_name(nlp):
    body = (
        "ครม.อนุมัติเปลี่ยนแปลงโครงการย่อย ประกอบด้วย 1.โครงการ Ocean Beat Carnival เปลี่ยนชื่อเป็น"
        " Ocean Art Carnival 2.โครงการ Night Run Songkhla ขยายระยะเวลา"
    )
    assert titles(nlp, body) == ["โครงการ Ocean Beat Carnival", "โครงการ Night Run Songkhla"]


def test_where_a_project_starts_is_not_its_name(nlp):
    body = (
        "กรมทางหลวงชนบทรายงานว่าโครงการก่อสร้างถนนสายบ้านนาดี - บ้านโคก มีจุดเริ่มต้นโครงการบริเวณสามแยก"
        " และสิ้นสุดโครงการบริเวณ กม. ที่ 12+500\n"
        "ประชาชนใช้น้ำจากโครงการฝายบ้านโคกทั้งในฤดูฝนและฤดูแล้ง"
    )
    assert titles(nlp, body) == ["โครงการก่อสร้างถนนสายบ้านนาดี - บ้านโคก", "โครงการฝายบ้านโคก"]


def test_a_correlative_slogan_keeps_its_last_word_and_a_value_is_not_a_name(nlp):
    body = "กระทรวงการคลังเปิดโครงการยิ่งซื้อยิ่งได้ที่ร้านค้าทั่วประเทศ\nทั้งนี้ มูลค่าโครงการเท่ากับ 1,200 ล้านบาท"
    assert titles(nlp, body) == ["โครงการยิ่งซื้อยิ่งได้"]
