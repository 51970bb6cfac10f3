"""Round q35, families seen in p16 (60 fresh archive briefs annotated for projects): a workshop's or
a study's quoted theme up to 150 characters stays in its title (MAX_QUOTE) and ของ + an agency
inside the quote does not cut it; a village's name before หมู่ที่ places the project; "ความเป็นไปได้"
(feasibility) holds no clause word; "โครงการเดียวกัน", "โครงการร้อยละ..." and a phase alone
("โครงการตอนที่ 1") name none; a list item's dotted number is no alias; and two titles that
differ in their province are two projects. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


THEME = (
    "แนวทางการขับเคลื่อนประเทศไทยในมิติวัฒนธรรม สู่การสร้างคุณค่า สร้างมูลค่า"
    " และสร้างชาติเข้มแข็งอย่างยั่งยืนของกระทรวงวัฒนธรรม"
)


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            f'รัฐมนตรีเป็นประธานเปิดโครงการประชุมเชิงปฏิบัติการ "{THEME}" ณ โรงแรมแห่งหนึ่ง',
            f'โครงการประชุมเชิงปฏิบัติการ "{THEME}"',
        ),
        (
            "กรมทรัพยากรน้ำดำเนินโครงการขุดลอกหนองคำยิ่งหมี บ้านคำยิ่งหมี หมู่ที่ 4 ตำบลนามน อำเภอนามน แล้วเสร็จ",
            "โครงการขุดลอกหนองคำยิ่งหมี บ้านคำยิ่งหมี หมู่ที่ 4 ตำบลนามน อำเภอนามน",
        ),
        (
            "ตัวอย่างเช่น โครงการศึกษาความเป็นไปได้การจัดการโครงสร้างพื้นฐานของพลังงานสะอาด ในนิคม",
            "โครงการศึกษาความเป็นไปได้การจัดการโครงสร้างพื้นฐานของพลังงานสะอาด",
        ),
        (
            "(1.6) โครงการอนุรักษ์ฟื้นฟูแหล่งน้ำฝายสบทราย จังหวัดพะเยา (1.7) โครงการอนุรักษ์"
            "ฟื้นฟูแก้มลิงน้ำยมหลง จังหวัดพะเยา",
            "โครงการอนุรักษ์ฟื้นฟูแหล่งน้ำฝายสบทราย จังหวัดพะเยา",
        ),
    ],
)
def test_what_belongs_to_the_title_stays(nlp, written, title):
    assert brief_titles(nlp, written)[0] == title


@pytest.mark.parametrize(
    "written",
    [
        "ทั้งสองหน่วยงานร่วมดำเนินโครงการเดียวกัน เพื่อให้เกิดประโยชน์สูงสุด",
        "สามารถเบิกจ่ายงบประมาณโครงการร้อยละ 80 ของแผน",
        "ผู้รับจ้างดำเนินโครงการตอนที่ 1 แล้วเสร็จร้อยละ 90",
    ],
)
def test_no_name_after_the_keyword(nlp, written):
    assert brief_titles(nlp, written) == []


def test_two_provinces_are_two_projects(nlp):
    assert brief_titles(
        nlp,
        "ได้แก่ (2.5) โครงการปลูกป่าปรับปรุงระบบนิเวศน์ต้นน้ำ จังหวัดน่าน (2.6) โครงการปลูกป่า"
        "ปรับปรุงระบบนิเวศน์ต้นน้ำ จังหวัดแพร่ และโครงการอื่น ๆ",
    ) == [
        "โครงการปลูกป่าปรับปรุงระบบนิเวศน์ต้นน้ำ จังหวัดน่าน",
        "โครงการปลูกป่าปรับปรุงระบบนิเวศน์ต้นน้ำ จังหวัดแพร่",
    ]
