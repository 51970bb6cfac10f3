"""Project families of quality round q11: titles cut short at a space inside them (gold.md v2,
Projects). Synthetic briefs, run through the components projects need, asserting the `projects`
slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_part_joined_by_and_is_the_titles_when_the_title_is_repeated_with_it(nlp):
    body = (
        "จังหวัดเร่งรัดโครงการหอดนตรีเมืองลำปาง และลานวัฒนธรรมริมน้ำวัง ให้แล้วเสร็จ"
        " ทั้งนี้ โครงการหอดนตรีเมืองลำปาง และลานวัฒนธรรมริมน้ำวัง จะเปิดในปีหน้า"
    )
    assert brief_titles(nlp, body) == ["โครงการหอดนตรีเมืองลำปาง และลานวัฒนธรรมริมน้ำวัง"]


def test_a_part_joined_by_and_is_the_titles_when_its_latin_alias_closes_it(nlp):
    body = (
        "กระทรวงผลักดันโครงการความร่วมมือเพื่อลดขยะพลาสติก และฟื้นฟูชายฝั่งด้วยชุมชน"
        " (Clean Coast Initiative) ให้เดินหน้าต่อ"
    )
    assert brief_titles(nlp, body) == [
        "โครงการความร่วมมือเพื่อลดขยะพลาสติก และฟื้นฟูชายฝั่งด้วยชุมชน (Clean Coast Initiative)"
    ]


def test_a_clause_joined_by_and_after_a_title_written_once_is_not_the_titles(nlp):
    body = "นายกฯ ตรวจโครงการหอดนตรีเมืองลำปาง และเห็นชอบแผนงานของจังหวัด ต่อไป"
    assert brief_titles(nlp, body) == ["โครงการหอดนตรีเมืองลำปาง"]


def test_objects_listed_before_the_titles_latin_alias_are_the_titles(nlp):
    body = (
        "กรมจัดโครงการอบรมผู้ประกอบการตามแนวทางเกษตรปลอดภัย อาหารปลอดภัย"
        " และน้ำสะอาด (Safe Farm Model) แก่เกษตรกร"
    )
    assert brief_titles(nlp, body) == [
        "โครงการอบรมผู้ประกอบการตามแนวทางเกษตรปลอดภัย อาหารปลอดภัย และน้ำสะอาด (Safe Farm Model)"
    ]


def test_a_list_item_with_its_own_alias_is_not_joined_to_the_title(nlp):
    body = (
        "กระทรวงเร่งรัดโครงการ Smart Port Platform ระบบติดตามเรือขนส่งสินค้า"
        " (Ship Tracking System) ให้เสร็จในปีนี้"
    )
    assert brief_titles(nlp, body) == ["โครงการ Smart Port Platform"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "สำนักงานจัดโครงการอบรมผู้นำชุมชนด้านพลังงาน รุ่น 4 ณ ศาลากลาง",
            "โครงการอบรมผู้นำชุมชนด้านพลังงาน รุ่น 4",
        ),
        (
            "จังหวัดเปิดโครงการฟื้นฟูอาชีพประมงพื้นบ้าน ปีงบฯ 2569 แก่ชาวประมง",
            "โครงการฟื้นฟูอาชีพประมงพื้นบ้าน ปีงบฯ 2569",
        ),
        (
            "อำเภอจัดโครงการปลูกป่าเฉลิมพระเกียรติสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ"
            " พระบรมราชชนนีพันปีหลวง ที่ป่าชุมชน",
            "โครงการปลูกป่าเฉลิมพระเกียรติสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง",
        ),
        (
            "กรมเจ้าท่าเร่งโครงการสร้างเขื่อนกันคลื่นริมทะเล บ้านแหลมทอง ตำบลบางแสน ให้เสร็จ",
            "โครงการสร้างเขื่อนกันคลื่นริมทะเล บ้านแหลมทอง ตำบลบางแสน",
        ),
        (
            "กรมทางหลวงเร่งโครงการขยายทางหลวงหมายเลข 4001 สายรอบเกาะ ตอน บ.ท่าเรือ - บ.หาดยาว"
            " ให้แล้วเสร็จ",
            "โครงการขยายทางหลวงหมายเลข 4001 สายรอบเกาะ ตอน บ.ท่าเรือ - บ.หาดยาว",
        ),
        (
            "กรมทางหลวงเร่งโครงการทางเลี่ยงเมืองยโสธร (ด้านทิศตะวันออก) ให้แล้วเสร็จ",
            "โครงการทางเลี่ยงเมืองยโสธร (ด้านทิศตะวันออก)",
        ),
    ],
)
def test_qualifiers_after_a_space_stay_in_the_title(nlp, body, title):
    assert brief_titles(nlp, body) == [title]


def test_words_before_the_titles_budget_year_are_the_titles(nlp):
    body = (
        "สำนักงานจัดโครงการอบรมผู้ตรวจสอบภายใน (Internal Audit Training) ระดับกรมและระดับจังหวัด"
        " ประจำปีงบประมาณ 2568 ณ โรงแรมในจังหวัดขอนแก่น"
    )
    assert brief_titles(nlp, body) == [
        "โครงการอบรมผู้ตรวจสอบภายใน (Internal Audit Training) ระดับกรมและระดับจังหวัด ประจำปีงบประมาณ 2568"
    ]
