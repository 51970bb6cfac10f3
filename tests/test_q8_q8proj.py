"""Project families of round q8, found by reviewing records of unannotated briefs (reach/a600,
reach/s600). Synthetic briefs through the components projects need, asserting the titles."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_title_headed_by_the_royal_class_names_the_class(nlp):
    # the royal phrase first, then a domain, a patron or a place: royal projects as a class
    domain = "กระทรวงให้ความสำคัญกับโครงการพระราชดำริด้านการศึกษา ในถิ่นทุรกันดารทุกแห่ง"
    assert brief_titles(nlp, domain) == []
    place = "บริษัทจัดทริปเที่ยวโครงการพระราชดำริ จังหวัดสระแก้ว ราคา 999 บาท"
    assert brief_titles(nlp, place) == []
    clause = "มูลนิธิร่วมขับเคลื่อนโครงการอันเนื่องมาจากพระราชดำริสู่ชุมชน อย่างต่อเนื่อง"
    assert brief_titles(nlp, clause) == []
    # a royal project's own name carries the royal phrase at its end
    named = "คณะได้เยี่ยมชมโครงการฟาร์มตัวอย่างบ้านเขาเขียวอันเนื่องมาจากพระราชดำริ เมื่อวันที่ 3 มีนาคม"
    assert brief_titles(nlp, named) == ["โครงการฟาร์มตัวอย่างบ้านเขาเขียวอันเนื่องมาจากพระราชดำริ"]


def test_the_spot_or_road_the_project_is_on_is_the_titles(nlp):
    # the road the work is on, with its parenthesis
    road = "กรมเร่งโครงการซ่อมสะพานข้ามคลองบางหลวง บนทางหลวงหมายเลข 35 (ธนบุรี - ปากท่อ) ให้เสร็จ"
    assert brief_titles(nlp, road) == [
        "โครงการซ่อมสะพานข้ามคลองบางหลวง บนทางหลวงหมายเลข 35 (ธนบุรี - ปากท่อ)"
    ]
    # a segment from the junction the road leaves, up to its other end
    segment = "ติดตามโครงการก่อสร้างถนนสาย นฐ.4012 แยก ทล.4 - บ.ดอนตูม อ.บางเลน ระยะทาง 9 กิโลเมตร"
    assert brief_titles(nlp, segment) == ["โครงการก่อสร้างถนนสาย นฐ.4012 แยก ทล.4 - บ.ดอนตูม อ.บางเลน"]
    # a village number, a village and a named spot placed by its district
    village = "กรมเปิดโครงการเขื่อนกันตลิ่งแม่น้ำน้อย บริเวณหมู่ที่ 4 ตำบลบางน้อย วงเงิน 20 ล้านบาท"
    assert brief_titles(nlp, village) == ["โครงการเขื่อนกันตลิ่งแม่น้ำน้อย บริเวณหมู่ที่ 4 ตำบลบางน้อย"]
    spot = "จังหวัดเสนอโครงการก่อสร้างจุดชมวิว บริเวณผาหินแดง อำเภอเมือง เพื่อดึงนักท่องเที่ยว"
    assert brief_titles(nlp, spot) == ["โครงการก่อสร้างจุดชมวิว บริเวณผาหินแดง อำเภอเมือง"]
    # a word after บริเวณ that no district places is not the title's
    other = "จังหวัดเสนอโครงการก่อสร้างจุดชมวิว บริเวณกว้าง เพื่อดึงนักท่องเที่ยว"
    assert brief_titles(nlp, other) == ["โครงการก่อสร้างจุดชมวิว"]
