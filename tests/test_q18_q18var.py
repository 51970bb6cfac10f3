"""Round q18 (q18var): titles of one project that differ by one edit are one entry (gold.md v2:
variants of one project are one entry, in the body's form). Synthetic briefs through the
components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_titles_one_edit_apart_are_one_project(nlp):
    # a lead noun left out, the fuller title going on with its section
    lead = (
        "นายกรัฐมนตรีตรวจเยี่ยมโครงการระบบรถรางเมืองเก่าสายสีฟ้าช่วงท่าแพ - สันทราย ที่จังหวัดเชียงใหม่\n"
        "ทั้งนี้ โครงการรถรางเมืองเก่าสายสีฟ้า จะเปิดให้บริการในปีหน้า"
    )
    assert brief_titles(nlp, lead) == ["โครงการระบบรถรางเมืองเก่าสายสีฟ้าช่วงท่าแพ - สันทราย"]
    # a word added inside the name, the fuller title going on after it
    word = (
        "องคมนตรีเปิดโครงการตรวจคัดกรองสายตาให้กับครูอาสาโรงเรียนชายแดน ในพื้นที่จังหวัดน่าน\n"
        "โรงพยาบาลจัดทำโครงการตรวจคัดกรองสายตาให้กับครูโรงเรียน เพื่อถวายเป็นพระราชกุศล"
    )
    assert brief_titles(nlp, word) == [
        "โครงการตรวจคัดกรองสายตาให้กับครูอาสาโรงเรียนชายแดน ในพื้นที่จังหวัดน่าน"
    ]
    # any words added before the shorter title's place
    place = (
        "รัฐมนตรีติดตามโครงการปลูกกาแฟคืนป่า จังหวัดตาก\n"
        "ผู้เข้าร่วมโครงการปลูกกาแฟคืนป่า ในพื้นที่อำเภออุ้มผาง จังหวัดตาก กล่าวว่ามีรายได้เพิ่มขึ้น"
    )
    assert brief_titles(nlp, place) == ["โครงการปลูกกาแฟคืนป่า จังหวัดตาก"]
    # one letter spelt another way
    spelt = (
        "กระทรวงเกษตรฯ ขับเคลื่อนโครงการ 1 อำเภอ 1 แปลงสาธิตทฤษฎีใหม่ อย่างต่อเนื่อง\n"
        "เกษตรกรที่เข้าร่วมโครงการ 1 อำเภอ 1 แปลงสาธิตทฤษฏีใหม่ จำนวน 40 ราย ได้รับปัจจัยการผลิต"
    )
    assert brief_titles(nlp, spelt) == ["โครงการ 1 อำเภอ 1 แปลงสาธิตทฤษฎีใหม่"]


def test_titles_that_differ_in_more_than_one_edit_or_a_number_stay_apart(nlp):
    # a short piece glued to a word makes another word (รถไฟ, รถไฟฟ้า)
    glued = (
        "ที่ประชุมรับทราบโครงการรถไฟฟ้าเมืองเก่าสายสีฟ้าช่วงท่าแพ - สันทราย\n"
        "ผู้โดยสารของโครงการรถไฟเมืองเก่าสายสีฟ้า เพิ่มขึ้นทุกเดือน"
    )
    assert len(brief_titles(nlp, glued)) == 2
    # a lead verb before a short name: a kind of work, not the place's project
    kind = (
        "หน่วยงานมีโครงการพัฒนาสาหร่ายของศูนย์วิจัย\n"
        "จังหวัดเปิดโครงการสาหร่ายทะเลที่อำเภอบ้านแหลม จังหวัดเพชรบุรี เป็นแห่งแรก"
    )
    assert len(brief_titles(nlp, kind)) == 2
    # the respelt letter is a number: another phase
    phase = (
        "รัฐบาลเปิดโครงการเงินอุดหนุนเพื่อการเรียนรู้ ระยะที่ 3 แล้ว\n"
        "ผู้ได้รับสิทธิ์โครงการเงินอุดหนุนเพื่อการเรียนรู้ ระยะที่ 4 จะได้รับเงินในเดือนหน้า"
    )
    assert len(brief_titles(nlp, phase)) == 2
