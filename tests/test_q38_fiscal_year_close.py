"""A title's year written with ประจำปี later in its line closes an official title written in full
(round q38, _fiscal_year_close, project_year_run_leads.txt): the chunks between the name read so
far and the year are the title's, unless one names an agency (ของ...), a plan (ตาม...), a date or
a list item, or opens a clause. Short Thai texts written for the test."""

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
            "กรมการจัดหางานจัดโครงการเพิ่มประสิทธิภาพด้านการป้องกัน และปราบปรามผู้เป็นภัยต่อคนหางาน"
            " ประจำปีงบประมาณ พ.ศ. 2565 ณ จังหวัดขอนแก่น",
            "โครงการเพิ่มประสิทธิภาพด้านการป้องกัน และปราบปรามผู้เป็นภัยต่อคนหางาน ประจำปีงบประมาณ พ.ศ. 2565",
        ),
        (
            "สำนักงานจัดโครงการเสริมสร้างความร่วมมือกับประเทศเพื่อนบ้าน ในการยุติแหล่งผลิตยาเสพติด"
            " ประจำปีงบประมาณ พ.ศ.2565 ณ จังหวัดเชียงราย",
            "โครงการเสริมสร้างความร่วมมือกับประเทศเพื่อนบ้าน ในการยุติแหล่งผลิตยาเสพติด ประจำปีงบประมาณ พ.ศ.2565",
        ),
    ],
)
def test_the_fiscal_year_closes_the_whole_title(nlp, written, title):
    assert brief_titles(nlp, written) == [title]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "ธนาคารจัดโครงการเปิดโลกการเงินอิสลาม ตามแผน CSR ประจำปี 2563 ให้แก่นักศึกษา",
            "โครงการเปิดโลกการเงินอิสลาม",
        ),
        (
            "เร่งรัดโครงการขับเคลื่อนธนาคารขยะ ขององค์กรปกครองส่วนท้องถิ่น ประจำปี พ.ศ. 2567 ให้ครบถ้วน",
            "โครงการขับเคลื่อนธนาคารขยะ",
        ),
    ],
)
def test_a_plan_or_an_agency_before_the_year_keeps_it_out(nlp, written, title):
    assert brief_titles(nlp, written) == [title]
