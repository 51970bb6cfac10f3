"""Project families of round q7, found by reviewing records of unannotated briefs (reach/a600,
reach/s600). Synthetic briefs through the components projects need, asserting the titles."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_number_in_the_name_keeps_its_counter_or_its_mark(nlp):
    # a royal anniversary's counter after the number is the title's, not a count
    anniversary = "จังหวัดจัดโครงการปลูกป่าชายเลนเฉลิมพระเกียรติ 80 พรรษา ณ ชายหาดบ้านเรา"
    assert brief_titles(nlp, anniversary) == ["โครงการปลูกป่าชายเลนเฉลิมพระเกียรติ 80 พรรษา"]
    cycles = "กรมชลประทานเร่งโครงการฝายเฉลิมพระเกียรติ 5 รอบ 60 พรรษา เพื่อเก็บกักน้ำ"
    assert brief_titles(nlp, cycles) == ["โครงการฝายเฉลิมพระเกียรติ 5 รอบ 60 พรรษา"]
    # a generation or a version mark glued to the number
    generation = "กระทรวงเปิดโครงการทดลองใช้งานเครือข่าย 5G ในโรงพยาบาลชุมชน"
    assert brief_titles(nlp, generation) == ["โครงการทดลองใช้งานเครือข่าย 5G"]
    version = "สำนักงานเร่งรัดโครงการยกระดับโรงงานสู่อุตสาหกรรม 4.0 ให้กับผู้ประกอบการรายย่อย"
    assert brief_titles(nlp, version) == ["โครงการยกระดับโรงงานสู่อุตสาหกรรม 4.0"]
    # a count after the number still ends the name
    count = "กรมจัดโครงการปลูกป่าชายเลน 30 ไร่ ณ ชายหาดบ้านเรา"
    assert brief_titles(nlp, count) == ["โครงการปลูกป่าชายเลน"]


def test_a_part_joined_by_and_is_the_titles_when_its_year_or_phase_closes_it(nlp):
    phase = "ครม.อนุมัติงบจากโครงการพัฒนาตลาดชุมชน และย่านการค้า ระยะที่ 2 จำนวน 100 ล้านบาท"
    assert brief_titles(nlp, phase) == ["โครงการพัฒนาตลาดชุมชน และย่านการค้า ระยะที่ 2"]
    year = "กรมเปิดโครงการอบรมครูผู้สอนระดับประถมศึกษา และระดับมัธยมศึกษา ประจำปีงบประมาณ 2568 ที่โรงแรมในเมือง"
    assert brief_titles(nlp, year) == [
        "โครงการอบรมครูผู้สอนระดับประถมศึกษา และระดับมัธยมศึกษา ประจำปีงบประมาณ 2568"
    ]
    # a clause after และ, though a year follows it, is not the title's
    clause = "กรมเปิดโครงการอบรมครูผู้สอนระดับประถมศึกษา และได้มอบเกียรติบัตร ประจำปี 2568 แก่ครู"
    assert brief_titles(nlp, clause) == ["โครงการอบรมครูผู้สอนระดับประถมศึกษา"]


def test_one_word_after_the_keyword_that_a_clause_goes_on_from_is_no_name(nlp):
    # a verb glued to its clause, a word saying something of the project
    verb = "ผลผลิตเพิ่มขึ้นมาก เป็นผลจากโครงการช่วยให้เกษตรกรลดต้นทุน"
    assert brief_titles(nlp, verb) == []
    full = "ภายในสามวัน ผู้ลงทะเบียนรับสิทธิโครงการเต็มจำนวนแล้ว"
    assert brief_titles(nlp, full) == []
    apart = "กรมจะติดตามให้โครงการสมบูรณ์ ก่อนสิ้นปี"
    assert brief_titles(nlp, apart) == []
    # a one-word title written apart from what follows it is still a title
    assert brief_titles(nlp, "เยี่ยมชมผลงานโครงการศิลปาชีพ ณ ศาลากลางจังหวัด") == ["โครงการศิลปาชีพ"]


def test_by_glued_to_the_name_names_who_runs_it_or_how(nlp):
    who = "ครม.อนุมัติโครงการสินเชื่อเพื่อแปรรูปผลไม้โดยวิสาหกิจชุมชน ปีการผลิต 2568 วงเงิน 500 ล้านบาท"
    assert brief_titles(nlp, who) == ["โครงการสินเชื่อเพื่อแปรรูปผลไม้โดยวิสาหกิจชุมชน ปีการผลิต 2568"]
    how = "กรมเปิดตัวโครงการคัดกรองโรคต้อกระจกโดยปัญญาประดิษฐ์ ณ โรงพยาบาลจังหวัด"
    assert brief_titles(nlp, how) == ["โครงการคัดกรองโรคต้อกระจกโดยปัญญาประดิษฐ์"]
    # a clause after the name: written apart, or opened by โดยการ / โดยมี
    apart = "กรมเปิดตัวโครงการคัดกรองโรคต้อกระจก โดยปัญญาประดิษฐ์จะช่วยแพทย์"
    assert brief_titles(nlp, apart) == ["โครงการคัดกรองโรคต้อกระจก"]
    manner = "กรมเปิดตัวโครงการคัดกรองโรคต้อกระจกโดยการตรวจตาฟรี ณ โรงพยาบาลจังหวัด"
    assert brief_titles(nlp, manner) == ["โครงการคัดกรองโรคต้อกระจก"]
