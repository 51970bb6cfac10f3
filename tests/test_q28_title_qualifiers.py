"""Title qualifiers of round q28 (project_qualifiers.txt): a region named right after the title
("...SME ภาคเหนือตอนบน", 29 of 224 archive briefs with a region or an edition after a title
changed, all but one read right) and an edition ("ฉบับที่ 7") stay with the title, as a province
and a phase already did (gold.md v2). Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_region_after_the_title_stays_with_it(nlp):
    assert brief_titles(
        nlp,
        "กองทุนได้จัดโครงการยกระดับการประกอบการ SME ภาคเหนือตอนบนด้วยเทคโนโลยีดิจิทัล ของกองทุน"
        "เอสเอ็มอีตามแนวประชารัฐ ซึ่งมีผู้ประกอบการเข้าร่วม",
    ) == ["โครงการยกระดับการประกอบการ SME ภาคเหนือตอนบนด้วยเทคโนโลยีดิจิทัล"]
    # not a clause glued after the region
    assert brief_titles(nlp, "จัดโครงการช่วยเหลือผู้ประสบอุทกภัย ภาคเหนือมีฝนตกหนักต่อเนื่อง") == [
        "โครงการช่วยเหลือผู้ประสบอุทกภัย ภาคเหนือ"
    ]
    assert brief_titles(
        nlp,
        "กรมเปิดโครงการพัฒนาผู้ประกอบการสิ่งทอรุ่นที่ 3 ภาคตะวันออกเฉียงเหนือ ที่จังหวัดขอนแก่น",
    ) == ["โครงการพัฒนาผู้ประกอบการสิ่งทอรุ่นที่ 3 ภาคตะวันออกเฉียงเหนือ"]


def test_a_region_after_in_the_area_of_is_where_the_event_was(nlp):
    # "ในพื้นที่ภาค..." tells more often where an event took place than how the title goes on
    titles = brief_titles(
        nlp,
        "กรมจัดโครงการดูแลสุขภาพผู้สูงอายุ ในพื้นที่ภาคอีสานที่อำเภอธาตุพนม รวม 400 คน",
    )
    assert titles == ["โครงการดูแลสุขภาพผู้สูงอายุ"]


def test_a_region_word_inside_another_word_is_no_region(nlp):
    # ภาคเอกชน, ภาคประชาชน: sectors, not regions
    titles = brief_titles(nlp, "ที่ประชุมรับทราบโครงการพัฒนาทักษะแรงงานดิจิทัล ภาคเอกชนร่วมสนับสนุนงบประมาณ")
    assert titles == ["โครงการพัฒนาทักษะแรงงานดิจิทัล"]


def test_an_edition_stays_with_the_title_and_the_years_after_it(nlp):
    assert brief_titles(
        nlp, "เข้าร่วมโครงการจัดทำแผนพัฒนาการกีฬาแห่งชาติ ฉบับที่ 7 นายสมชาย ใจดี ผู้อำนวยการกอง"
    ) == ["โครงการจัดทำแผนพัฒนาการกีฬาแห่งชาติ ฉบับที่ 7"]
    assert brief_titles(
        nlp,
        "ติดตามโครงการแผนปรับปรุงและขยายระบบจำหน่ายพลังไฟฟ้า ฉบับที่ 12 ปี 2560 - 2564 ของการไฟฟ้านครหลวง",
    ) == ["โครงการแผนปรับปรุงและขยายระบบจำหน่ายพลังไฟฟ้า ฉบับที่ 12 ปี 2560 - 2564"]


def test_how_the_project_is_run_stays_with_the_title(nlp):
    # "แบบบูรณาการ", "แบบครบวงจร", "แบบมีส่วนร่วม" written apart after the name (56 of 120 archive
    # briefs with one change, nearly all "โครงการอำเภอบำบัดทุกข์ บำรุงสุข แบบบูรณาการอย่างยั่งยืน")
    assert brief_titles(
        nlp,
        "นายอำเภอขับเคลื่อนโครงการอำเภอบำบัดทุกข์ บำรุงสุข แบบบูรณาการอย่างยั่งยืน มีนายอำเภอเป็นครูพี่เลี้ยง",
    ) == ["โครงการอำเภอบำบัดทุกข์ บำรุงสุข แบบบูรณาการอย่างยั่งยืน"]


def test_a_phases_length_keeps_its_year_word_before_a_count_of_months(nlp):
    # "ระยะ 1 ปี 6 เดือน": only a year (25xx, 20xx) after ปี makes it the title's year instead
    assert brief_titles(
        nlp, "อนุมัติโครงการพัฒนาแหล่งน้ำอันเนื่องมาจากพระราชดำริ ระยะ 1 ปี 6 เดือน ของกรมชลประทาน"
    ) == ["โครงการพัฒนาแหล่งน้ำอันเนื่องมาจากพระราชดำริ ระยะ 1 ปี"]


def test_how_it_is_run_does_not_take_the_clause_glued_after(nlp):
    assert brief_titles(
        nlp,
        "ขับเคลื่อนโครงการอำเภอบำบัดทุกข์ บำรุงสุข แบบบูรณาการร่วมกับทุกภาคส่วนได้ดำเนินการแล้ว",
    ) == ["โครงการอำเภอบำบัดทุกข์ บำรุงสุข แบบบูรณาการ"]
