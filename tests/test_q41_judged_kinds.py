"""Kinds of project judged not projects in the q23 reach review and written bare in the archive
(round q41, project_generic_names.txt): a town plan's category, a housing estate, works counted by
type; a route after one still names a project. Short Thai texts written for the test."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


@pytest.mark.parametrize(
    "written",
    [
        "ให้ใช้บังคับผังเมืองรวม โดยมีแผนผังแสดงโครงการคมนาคมและขนส่ง ซึ่งกระทรวงมหาดไทยดำเนินการแล้ว",
        "กรมชลประทานดำเนินโครงการขุดลอกคลองส่งน้ำ จำนวน 30 แห่ง ในพื้นที่ภาคกลาง",
        "ผู้ซื้อบ้านในโครงการจัดสรร (Developer) ที่มีข้อตกลงร่วมกับธนาคารได้รับสิทธิ",
    ],
)
def test_a_judged_kind_is_no_title(nlp, written):
    assert brief_titles(nlp, written) == []


def test_a_route_still_names_one(nlp):
    assert brief_titles(
        nlp, "การรถไฟเร่งรัดโครงการก่อสร้างทางรถไฟ สายเด่นชัย-เชียงราย-เชียงของ ให้แล้วเสร็จ"
    ) == ["โครงการก่อสร้างทางรถไฟ สายเด่นชัย-เชียงราย-เชียงของ"]
