"""The office written after a post stays in the position when something else comes between or it
is a kind not listed before (round q46, the q25 reach judgements): a grade in parentheses, then the
office ("รองอธิบดี (นักบริหารระดับต้น) กรมส่งเสริมการเกษตร"; gold.md v2 drops only a parenthesised
abbreviation), a section or line of work ("อธิบดีอัยการ แผนกคดียาเสพติด", "ผู้ช่วยผู้ว่าการ
สายองค์กรสัมพันธ์ ธนาคารแห่งประเทศไทย") and a station ("... สถานีวิทยุโทรทัศน์กองทัพบก"). A ministry
after the grade still stays apart. q25 official_position F1 .946 -> .955. Short Thai texts written
for the test."""

from __future__ import annotations

import pytest
from component_support import PERSONS, brief_officials, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PERSONS)


@pytest.mark.parametrize(
    "position",
    [
        "รองอธิบดี (นักบริหารระดับต้น) กรมส่งเสริมการเกษตร",
        "รองผู้ว่าการ (ปฏิบัติการ) การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย",
        "อธิบดีอัยการ แผนกคดียาเสพติด",
        "ผู้ช่วยผู้ว่าการ สายองค์กรสัมพันธ์ ธนาคารแห่งประเทศไทย",
        "กรรมการผู้อำนวยการใหญ่ สถานีวิทยุโทรทัศน์กองทัพบก",
    ],
)
def test_the_office_after_the_post_is_kept(nlp, position):
    officials = brief_officials(nlp, f"นายสมชาย ใจดี {position} กล่าวว่า")
    assert officials == {"สมชาย ใจดี": position}


def test_a_ministry_after_a_grade_stays_apart(nlp):
    officials = brief_officials(
        nlp, "นายสมชาย ใจดี รองอธิบดี (นักบริหารระดับต้น) กระทรวงเกษตรและสหกรณ์ กล่าวว่า"
    )
    assert officials == {"สมชาย ใจดี": "รองอธิบดี"}
