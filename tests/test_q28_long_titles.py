"""A title as long as MAX_CHARS ends at a space, not inside a word (round q28, _word_end): 17
archive titles were cut at their 180th character ("...ไวรัสโคโร", "...เวียดน"). Of 157 archive
briefs with a title of 165 characters or more, 19 change, the cut word completed. A short Thai
text written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.extract.projects import MAX_CHARS
from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_title_longer_than_the_limit_keeps_its_last_word_whole(nlp):
    title = (
        "โครงการการพัฒนาศักยภาพโครงสร้างพื้นฐานห้องปฏิบัติการตรวจวิเคราะห์แอนติบอดีชนิดลบล้างฤทธิ์"
        "ที่ใช้ในการประเมินประสิทธิภาพวัคซีนเพื่อรองรับการวิจัยพัฒนาและผลิตวัคซีนป้องกันโรคติดเชื้อ"
        "ไวรัสโคโรนา"
    )
    assert len(title) > MAX_CHARS
    titles = brief_titles(nlp, f"คณะรัฐมนตรีอนุมัติ{title} 2019 วงเงิน 50 ล้านบาท")
    assert len(titles) == 1
    assert titles[0].startswith(title)


def test_a_title_running_to_the_end_of_its_line_keeps_its_last_word(nlp):
    title = (
        "โครงการการพัฒนาศักยภาพโครงสร้างพื้นฐานห้องปฏิบัติการตรวจวิเคราะห์แอนติบอดีชนิดลบล้างฤทธิ์"
        "ที่ใช้ในการประเมินประสิทธิภาพวัคซีนเพื่อรองรับการวิจัยพัฒนาและผลิตวัคซีนป้องกันโรคติดเชื้อ"
        "ไวรัสโคโรนา"
    )
    assert brief_titles(nlp, f"คณะรัฐมนตรีอนุมัติ{title}\nวงเงิน 50 ล้านบาท") == [title]
