"""Kinds of infrastructure and energy projects are no titles (round q39, project_generic_names.txt):
"โครงการท่าเรือน้ำลึก", "โครงการพลังงานสะอาด" with nothing that names one; a route after the kind
names one, with or without สาย ("โครงการรถไฟความเร็วสูง กรุงเทพฯ - เชียงใหม่"). Short Thai texts
written for the test."""

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
        "รัฐบาลสนับสนุนการลงทุนในโครงการพลังงานสะอาด เพื่อลดการปล่อยก๊าซเรือนกระจก",
        "ทั้งสองฝ่ายหารือถึงโครงการท่าเรือน้ำลึก และการพัฒนาพื้นที่ชายฝั่ง",
        "บริษัทเอกชนสนใจลงทุนโครงการผลิตไฟฟ้าจากพลังงานลม ในภาคตะวันออกเฉียงเหนือ",
    ],
)
def test_a_kind_of_project_is_no_title(nlp, written):
    assert brief_titles(nlp, written) == []


def test_a_route_names_one(nlp):
    assert brief_titles(
        nlp, "ฝ่ายไทยกล่าวถึงความก้าวหน้าของโครงการรถไฟความเร็วสูง กรุงเทพฯ - เชียงใหม่ ในปีนี้"
    ) == ["โครงการรถไฟความเร็วสูง กรุงเทพฯ - เชียงใหม่"]
