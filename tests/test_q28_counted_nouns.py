"""A number inside a title keeps the noun it counts (round q28, project_counted_nouns.txt):
"โครงการรถไฟความเร็วสูงเชื่อม 3 สนามบิน" (29 archive briefs), "โครงการคัดเลือก 10 สุดยอดชุมชน
ต้นแบบ", "...โรคหัวใจ 10 ชั้น", "ทางหลวง 4 ช่องจราจร". Any word after the number would not do
("หมู่บ้านรักษาศีล 5 ขยายผลสู่...", "สลาก 80 ทั่วประเทศ": a name's number, then the clause). Of
1,273 archive briefs with a title ending in a number before a Thai word, 89 change, all read right
but merges of variants. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "ติดตามความคืบหน้าโครงการรถไฟความเร็วสูงเชื่อม 3 สนามบิน ที่จังหวัดฉะเชิงเทรา",
            "โครงการรถไฟความเร็วสูงเชื่อม 3 สนามบิน",
        ),
        (
            "เปิดโครงการก่อสร้างอาคารศูนย์อุบัติเหตุและโรคหัวใจ 10 ชั้น โดยมีนายสมชาย ใจดี เป็นประธาน",
            "โครงการก่อสร้างอาคารศูนย์อุบัติเหตุและโรคหัวใจ 10 ชั้น",
        ),
        (
            "กรมทางหลวงดำเนินโครงการขยายถนน 4 ช่องจราจร วงเงิน 500 ล้านบาท",
            "โครงการขยายถนน 4 ช่องจราจร",
        ),
    ],
)
def test_a_number_keeps_the_noun_it_counts(nlp, written, title):
    assert brief_titles(nlp, written) == [title]


def test_a_names_number_is_not_followed_by_the_clause(nlp):
    assert brief_titles(nlp, "กรมการศาสนาจัดโครงการหมู่บ้านรักษาศีล 5 ขยายผลสู่หมู่บ้านศีลธรรม ทั่วประเทศ") == [
        "โครงการหมู่บ้านรักษาศีล 5"
    ]


def test_the_list_after_a_counted_noun_names_what_is_counted(nlp):
    # "ได้แก่ ข้าว ข้าวโพด ...": the crops, not projects of a kind
    assert brief_titles(
        nlp,
        "รัฐบาลช่วยเหลือผ่านโครงการประกันรายได้พืชเศรษฐกิจหลัก 5 ชนิด ได้แก่ ข้าว ข้าวโพด "
        "มันสำปะหลัง ยางพาราและปาล์มน้ำมัน",
    ) == ["โครงการประกันรายได้พืชเศรษฐกิจหลัก 5 ชนิด"]


def test_a_short_counted_noun_stops_at_its_own_end(nlp):
    # "4 ดาว|ขึ้นไป": a noun shorter than _WHOLE_CHUNK_NOUN takes only itself
    assert brief_titles(nlp, "ที่พักเข้าร่วมโครงการยกระดับที่พักระดับ 4 ดาวขึ้นไปทั่วประเทศ") == [
        "โครงการยกระดับที่พักระดับ 4 ดาว"
    ]


def test_a_counted_noun_inside_another_word_is_none(nlp):
    # "ดาวน์โหลด" starts with ดาว, but ดาว is no word of its own there
    assert brief_titles(nlp, "ชวนเข้าร่วมโครงการยุวทูตความดี 9 ดาวน์โหลดแอปพลิเคชันได้ทันที") == [
        "โครงการยุวทูตความดี 9"
    ]
