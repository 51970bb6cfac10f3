"""Round q18 project families (branch q18cut): titles cut short at a qualifier the title keeps.
Synthetic briefs, run through the components projects need, asserting the `projects` slot."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_road_numbered_by_its_abbreviation_is_the_titles(nlp):
    # the junction's roads, their alias and the route's other end belong to the title
    junction = (
        "กรมทางหลวงเร่งรัดโครงการก่อสร้างสะพานข้ามทางแยกจุดตัด ทล.215 ตัด ทล.2087 (แยกหนองบัว) "
        "ระยะทาง 2 กิโลเมตร"
    )
    assert brief_titles(nlp, junction) == [
        "โครงการก่อสร้างสะพานข้ามทางแยกจุดตัด ทล.215 ตัด ทล.2087 (แยกหนองบัว)"
    ]
    segment = "กรมทางหลวงชนบทดำเนินโครงการขยายถนนสายแยก ทช.4012 - บ้านนาดี ระยะทาง 8 กิโลเมตร"
    assert brief_titles(nlp, segment) == ["โครงการขยายถนนสายแยก ทช.4012 - บ้านนาดี"]


def test_the_rest_of_a_royal_title_or_occasion_is_the_titles(nlp):
    # the rest of a royal title after ฯ, the queen mother's title after her birthday's years,
    # and the occasion's "great" after its years
    rest = (
        "ชาวบ้านร่วมโครงการปลูกป่าอันเนื่องมาจากพระราชดำริสมเด็จพระเทพรัตนราชสุดาฯ "
        "สยามบรมราชกุมารี บริเวณเขาใหญ่ เมื่อวานนี้"
    )
    assert brief_titles(nlp, rest) == [
        "โครงการปลูกป่าอันเนื่องมาจากพระราชดำริสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี"
    ]
    queen = (
        "จังหวัดจัดโครงการสืบสานผ้าไหมไทยเฉลิมพระเกียรติ 92 พรรษา สมเด็จพระบรมราชชนนีพันปีหลวง "
        "เน้นย้ำให้ทุกอำเภอร่วมกิจกรรม"
    )
    assert brief_titles(nlp, queen) == [
        "โครงการสืบสานผ้าไหมไทยเฉลิมพระเกียรติ 92 พรรษา สมเด็จพระบรมราชชนนีพันปีหลวง"
    ]
    great = "สหกรณ์จัดโครงการปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในโอกาส 72 พรรษา มหามงคล มอบกล้าไม้ให้ชุมชน"
    assert brief_titles(nlp, great) == ["โครงการปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในโอกาส 72 พรรษา มหามงคล"]
