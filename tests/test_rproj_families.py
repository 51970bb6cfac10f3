"""Project families left open by the review of unseen archive briefs (branch rproj)."""

from __future__ import annotations

import pytest

from mjci_extract.extract.projects import ProjectsFound
from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.load()


def _titles(nlp: Pipeline, text: str) -> list[str]:
    doc = nlp.make_doc(text)
    nlp.run(doc, ["layout", "tokens", "projects"])
    return [text[g[0].start : g[0].end] for g in doc.get(ProjectsFound).groups]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ร้านค้าที่ร่วมโครงการเราเที่ยวด้วยกันและคนละครึ่งและผู้ที่ลงทะเบียนไว้ ได้รับสิทธิ์ต่อ",
            "โครงการเราเที่ยวด้วยกัน",
        ),
        ("ผู้มีสิทธิในโครงการคนละครึ่งและเราชนะ สามารถใช้จ่ายได้ถึงสิ้นเดือน", "โครงการคนละครึ่ง"),
    ],
)
def test_two_known_programmes_joined_by_and_are_cut(nlp: Pipeline, text: str, title: str) -> None:
    assert _titles(nlp, text) == [title]


def test_and_inside_one_name_is_kept(nlp: Pipeline) -> None:
    text = "กรมฯ เปิดโครงการอนุรักษ์และฟื้นฟูป่าชายเลนบ้านคลองใหม่ ให้ชุมชนร่วมดูแล"
    assert _titles(nlp, text) == ["โครงการอนุรักษ์และฟื้นฟูป่าชายเลนบ้านคลองใหม่"]


def test_title_cut_inside_a_repeated_run_is_read_whole(nlp: Pipeline) -> None:
    text = (
        "ที่ประชุมรับทราบโครงการพัฒนาที่ราบสูงแบบโครงการหลวง ระยะต่อไป "
        "โดยโครงการพัฒนาที่ราบสูงแบบโครงการหลวง จะขยายไปอีก 10 แห่ง "
        "และโครงการพัฒนาที่ราบสูงแบบโครงการหลวง ได้รับงบประมาณเพิ่ม"
    )
    assert _titles(nlp, text) == ["โครงการพัฒนาที่ราบสูงแบบโครงการหลวง"]


def test_clause_after_a_title_once_is_not_read(nlp: Pipeline) -> None:
    text = "ชาวบ้านเข้าร่วมโครงการปลูกผักปลอดสารให้ลูกหลาน และกรมฯ ขยายโครงการปลูกผักปลอดสาร ต่อไป"
    assert _titles(nlp, text) == ["โครงการปลูกผักปลอดสาร"]


def test_one_x_one_y_slogan_after_a_space_is_read(nlp: Pipeline) -> None:
    text = "จังหวัดเปิดโครงการส่งเสริมหัตถกรรม 1 ตำบล 1 ลายผ้า ให้ชาวบ้านได้ฝึกทอผ้า"
    assert _titles(nlp, text) == ["โครงการส่งเสริมหัตถกรรม 1 ตำบล 1 ลายผ้า"]
