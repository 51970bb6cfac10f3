"""A title that ends with สาย / ช่วง written apart from its route goes on to it: a road code ("ข1")
or two ends joined by a dash (round q34, _ROUTE_AFTER); "...สายดังกล่าว" is the road said before,
no title (_ROUTE_BACK_REFERENCE). Short Thai texts written for the test."""

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
            "กรมทางหลวงชนบทดำเนินโครงการก่อสร้างถนนทางหลวงชนบทสาย สิเกา - ไสต้นวา อำเภอสิเกา"
            " จังหวัดตรัง แบ่งการดำเนินการเป็นสองช่วง",
            "โครงการก่อสร้างถนนทางหลวงชนบทสาย สิเกา - ไสต้นวา อำเภอสิเกา จังหวัดตรัง",
        ),
        (
            "ผังเมืองกำหนดโครงการก่อสร้างถนนสาย ข1 ผังเมืองรวมเมืองสมุทรปราการ ตามระเบียบที่กำหนด",
            "โครงการก่อสร้างถนนสาย ข1",
        ),
    ],
)
def test_a_route_written_apart_stays_in_the_title(nlp, written, title):
    assert brief_titles(nlp, written) == [title]


def test_the_road_said_before_is_no_title(nlp):
    assert (
        brief_titles(nlp, "จัดการรับฟังความคิดเห็นโครงการก่อสร้างถนนสายดังกล่าว ตามระเบียบสำนักนายกรัฐมนตรี")
        == []
    )
