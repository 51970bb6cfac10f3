"""Project families of round q26, found by counting the words the archive's 37,308 titles end
with (what a title may not end with: a year word without its year, "กม" without its posts, a
verb particle of the sentence). Synthetic briefs, run through the components projects need."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_the_year_after_a_glued_year_word_stays_with_the_title(nlp):
    assert brief_titles(
        nlp,
        "ที่ประชุมอนุมัติโครงการช่วยเหลือเยียวยาเกษตรกรชาวสวนลำไยประจำปี 2563 วงเงิน 3,400 ล้านบาท",
    ) == ["โครงการช่วยเหลือเยียวยาเกษตรกรชาวสวนลำไยประจำปี 2563"]
    # ปี inside a token the tokenizer made ("ชุมชนปี") before a year
    assert brief_titles(
        nlp, "นายสมชาย ใจดี เปิดโครงการพัฒนาศักยภาพผู้อำนวยการโรงพยาบาลชุมชนปี 2565 ที่จังหวัดขอนแก่น"
    ) == ["โครงการพัฒนาศักยภาพผู้อำนวยการโรงพยาบาลชุมชนปี 2565"]


def test_a_number_after_a_word_ending_in_pi_that_is_no_year_is_not_taken(nlp):
    # "ปี" ends a place's name here, and 15 counts the provinces: no year
    titles = brief_titles(nlp, "ขยายโครงการฝายกุมภวาปี 15 จังหวัด ให้ครอบคลุม")
    assert all("15" not in t for t in titles)


def test_kilometre_posts_after_km_stay_with_the_title(nlp):
    assert brief_titles(
        nlp,
        "กรมทางหลวงชนบทดำเนินโครงการก่อสร้างขยายถนนทางหลวงชนบทสาย นศ.2012 ช่วง กม. ที่ 11+000 - "
        "15+000 ระยะทาง 4 กิโลเมตร",
    ) == ["โครงการก่อสร้างขยายถนนทางหลวงชนบทสาย นศ.2012 ช่วง กม. ที่ 11+000 - 15+000"]
    assert brief_titles(
        nlp,
        "ตรวจโครงการก่อสร้างถนนสายภายในบ้านทับทิมสยาม 03 (ตอนที่ 1) ช่วง กม. ที่ 1+875 ถึง กม. ที่ "
        "6+200 ระยะทาง 4.3 กิโลเมตร",
    ) == ["โครงการก่อสร้างถนนสายภายในบ้านทับทิมสยาม 03 (ตอนที่ 1) ช่วง กม. ที่ 1+875 ถึง กม. ที่ 6+200"]


def test_a_verb_particle_glued_after_the_title_is_the_sentences(nlp):
    assert brief_titles(
        nlp,
        "กระทรวงวัฒนธรรมได้จัดทำโครงการสร้างสรรค์ศิลปะร่วมสมัยเพื่อต่อยอดทุนทางวัฒนธรรมขึ้น "
        "เพื่อนำกระบวนการสร้างสรรค์งานศิลปะไปใช้",
    ) == ["โครงการสร้างสรรค์ศิลปะร่วมสมัยเพื่อต่อยอดทุนทางวัฒนธรรม"]
    assert brief_titles(nlp, "ธนาคารออกโครงการสินเชื่อชำระดีมีวงเงิน Smart Cash สำหรับลูกค้าผู้กู้") == [
        "โครงการสินเชื่อชำระดี"
    ]


def test_a_word_that_only_ends_with_the_particles_letters_stays(nlp):
    assert brief_titles(nlp, "เกษตรกรได้รับโครงการลดราคาปุ๋ยเคมี ช่วยลดต้นทุนการผลิต") == [
        "โครงการลดราคาปุ๋ยเคมี"
    ]


def test_a_point_on_the_projects_road_is_no_title(nlp):
    assert brief_titles(nlp, "ด่านชั่งน้ำหนักตั้งอยู่ที่โครงการ กม. ที่ 8+500 บนถนนทางหลวงชนบทสาย ชบ.3009") == []


def test_one_who_has_goes_on_with_the_title(nlp):
    assert brief_titles(nlp, 'รัฐบาลเดินหน้าโครงการเพิ่มกำลังซื้อให้แก่ผู้มี "บัตรสวัสดิการแห่งรัฐ" ต่อเนื่อง') == [
        'โครงการเพิ่มกำลังซื้อให้แก่ผู้มี "บัตรสวัสดิการแห่งรัฐ"'
    ]


def test_a_year_alone_after_the_word_project_is_no_title(nlp):
    assert brief_titles(nlp, "ที่ประชุมเห็นชอบโครงการประจำปี 2565 ของกรมชลประทาน") == []


def test_the_number_of_a_road_named_after_a_reign_stays_with_the_title(nlp):
    # the Rama III expressway is in 52 of the archive's briefs, each cut at "พระราม" before
    assert brief_titles(
        nlp,
        "โครงการทางพิเศษสายพระราม 3 - ดาวคะนอง - วงแหวนรอบนอกกรุงเทพมหานคร ด้านตะวันตก เปิดใช้แล้ว",
    ) == ["โครงการทางพิเศษสายพระราม 3 - ดาวคะนอง - วงแหวนรอบนอกกรุงเทพมหานคร ด้านตะวันตก"]
    assert brief_titles(nlp, "เร่งโครงการก่อสร้างทางยกระดับบนถนนพระราม 2 ให้แล้วเสร็จ") == [
        "โครงการก่อสร้างทางยกระดับบนถนนพระราม 2"
    ]


def test_a_word_that_takes_a_number_keeps_it_wherever_the_title_has_reached(nlp):
    assert brief_titles(nlp, "กรมควบคุมมลพิษจัดโครงการบำรุงรักษารถยนต์เพื่อลดฝุ่น PM 2.5 โดยให้บริการฟรี") == [
        "โครงการบำรุงรักษารถยนต์เพื่อลดฝุ่น PM 2.5"
    ]
    assert brief_titles(
        nlp, "เร่งโครงการก่อสร้างสะพานมิตรภาพไทย - ลาวแห่งที่ 5 (บึงกาฬ - บอลิคำไซ) ให้แล้วเสร็จ"
    ) == ["โครงการก่อสร้างสะพานมิตรภาพไทย - ลาวแห่งที่ 5 (บึงกาฬ - บอลิคำไซ)"]
    assert brief_titles(
        nlp,
        "ครม. อนุมัติโครงการจัดหาวัคซีนป้องกันโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) สำหรับบริการ"
        "ประชากรในประเทศไทย วงเงิน 6,000 ล้านบาท",
    )[0].startswith("โครงการจัดหาวัคซีนป้องกันโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)")


def test_more_of_them_is_no_title(nlp):
    # one word to the tokenizer, so the whole-word entry =มาก did not see them
    assert brief_titles(nlp, "ทำให้ผู้ประกอบการเข้าร่วมโครงการมากขึ้น และขยายผลต่อไป") == []
    assert brief_titles(nlp, "มีผู้เข้าร่วมโครงการมากกว่า 100 ราย") == []


def test_a_route_dash_glued_to_either_end_goes_on_to_the_other_end(nlp):
    titles = brief_titles(
        nlp,
        "ติดตามโครงการรถไฟฟ้าสายสีส้มช่วงศูนย์วัฒนธรรม– มีนบุรีและโครงการรถไฟฟ้าสายสีเขียวช่วง"
        "หมอชิต– สะพานใหม่– คูคตของการรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย",
    )
    assert [t.replace("–", "-") for t in titles] == [
        "โครงการรถไฟฟ้าสายสีส้มช่วงศูนย์วัฒนธรรม- มีนบุรี",
        "โครงการรถไฟฟ้าสายสีเขียวช่วงหมอชิต- สะพานใหม่- คูคต",
    ]
    assert brief_titles(
        nlp, "โครงการรถไฟความเร็วสูงไทย-จีน ช่วงที่ 1 กรุงเทพฯ-นครราชสีมา ระยะทาง 253 กิโลเมตร"
    ) == ["โครงการรถไฟความเร็วสูงไทย-จีน ช่วงที่ 1 กรุงเทพฯ-นครราชสีมา"]


def test_a_route_keeps_a_title_that_a_list_follows(nlp):
    # "ดังนี้" after a kind of project heads a list; a route names one project
    assert brief_titles(
        nlp, "ความคืบหน้าโครงการก่อสร้างสะพานข้ามน้ำโขงเชียงแมน- หลวงพระบาง ดังนี้ 1. บันทึกความเข้าใจ"
    ) == ["โครงการก่อสร้างสะพานข้ามน้ำโขงเชียงแมน- หลวงพระบาง"]
