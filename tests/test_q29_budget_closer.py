"""A budget or an agency written apart after a title closes it (round q29, _closer,
project_title_closers.txt, project_closed_run_openers.txt): gold.md v2 ends a title before
"วงเงิน" and before ของ + an agency, and cabinet resolutions write the whole title there, so the
chunks between the name read so far and the closer are the title's. A clause (โดย..., a number,
another project) or a quote that closed the title leaves it as it was. Short Thai texts written
for the test."""

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
            "2. โครงการยกระดับการผลิตสินค้าเกษตรมูลค่าสูง ตามแนวทางตลาดนำ นวัตกรรมเสริม"
            " จังหวัดพะเยา วงเงิน 23,880,000 บาท",
            "โครงการยกระดับการผลิตสินค้าเกษตรมูลค่าสูง ตามแนวทางตลาดนำ นวัตกรรมเสริม จังหวัดพะเยา",
        ),
        (
            "อนุมัติโครงการลดภาระค่าใช้จ่ายด้านการศึกษาของนิสิต นักศึกษาในสถาบันอุดมศึกษา"
            " ของสำนักงานปลัดกระทรวงการอุดมศึกษา กรอบวงเงิน 10,000 ล้านบาท",
            "โครงการลดภาระค่าใช้จ่ายด้านการศึกษาของนิสิต นักศึกษาในสถาบันอุดมศึกษา",
        ),
    ],
)
def test_a_budget_or_agency_closes_the_title(nlp, written, title):
    assert brief_titles(nlp, written) == [title]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "เปิดโครงการชำระดีมีคืน โดยคืนดอกเบี้ยร้อยละ 20 ของดอกเบี้ยที่ชำระจริง วงเงินรวม 1,200 ล้านบาท",
            "โครงการชำระดีมีคืน",
        ),
        (
            'อนุมัติโครงการ "บ้านผู้สูงอายุ" บนที่ดินราชพัสดุ จังหวัดสมุทรปราการ กรอบวงเงิน 1,345 ล้านบาท',
            'โครงการ "บ้านผู้สูงอายุ"',
        ),
    ],
)
def test_a_clause_or_a_quote_before_the_budget_keeps_the_title(nlp, written, title):
    assert brief_titles(nlp, written) == [title]
