"""Round q36 (p14 and p16): a title cut short with ฯ whose letters a longer title of the brief holds
in order is that project ("โครงการส่งเสริมจ้างงานคนพิการฯ" of "โครงการส่งเสริมการจ้างงานคนพิการเชิงสังคม
..."; _abbreviates), and ทุกคน / ทั้งหมด glued after a title the brief also writes alone say something
of it (project_glued_after.txt). Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


FULL = "โครงการส่งเสริมการจ้างงานคนพิการเชิงสังคม"


@pytest.mark.parametrize("short", ["โครงการส่งเสริมจ้างงานคนพิการฯ", "โครงการจ้างงานคนพิการเชิงสังคมฯ"])
def test_a_title_cut_short_with_the_mark_is_the_longer_one(nlp, short):
    assert brief_titles(
        nlp, f"กรมจัด{FULL} ให้แก่หน่วยงานรัฐ\nทั้งนี้ {short} ได้รับความสนใจจากผู้สมัครจำนวนมาก"
    ) == [FULL]


def test_a_shortened_title_of_another_project_stays_apart(nlp):
    assert brief_titles(nlp, f"กรมจัด{FULL} ให้แก่หน่วยงานรัฐ\nและโครงการพัฒนาทักษะอาชีพผู้สูงอายุฯ ในปีนี้") == [
        FULL,
        "โครงการพัฒนาทักษะอาชีพผู้สูงอายุฯ",
    ]


def test_everyone_of_the_project_is_no_longer_title(nlp):
    assert brief_titles(
        nlp,
        "นายกรัฐมนตรีให้โอวาทแก่เยาวชนผู้เข้าร่วมโครงการเยาวชนไทยหัวใจเดียวกัน (Belia Thai) รุ่นที่ 9"
        " โดยกล่าวดีใจที่ได้มาพบกับน้อง ๆ โครงการเยาวชนไทยหัวใจเดียวกันทุกคน สำหรับการเดินทางมา\n"
        "จากนั้นรับมอบของที่ระลึกจากตัวแทนเยาวชนโครงการเยาวชนไทยหัวใจเดียวกันเพื่อเป็นที่ระลึก",
    ) == ["โครงการเยาวชนไทยหัวใจเดียวกัน (Belia Thai) รุ่นที่ 9"]
