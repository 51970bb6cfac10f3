"""Project families of the quality round (branch qproj): where a project's name ends, generic
mentions, and mentions of one project grouped (gold.md v2, Projects). Synthetic briefs."""

from __future__ import annotations

import pytest

from mjci_extract.extract.projects import ProjectsFound
from mjci_extract.run.pipeline import Pipeline

HEADER = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวทดสอบ\nวันพุธที่ 3 มีนาคม 2564\n"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.load(overrides=["pipeline.components=['tokens', 'projects']"])


def titles(nlp: Pipeline, body: str) -> list[str]:
    doc = nlp.run(nlp.make_doc(HEADER + body + "\n"), ["tokens", "projects"])
    return [doc.text[g[0].start : g[0].end] for g in doc.get(ProjectsFound).groups]


def test_a_contract_of_the_project_ends_its_name(nlp):
    body = (
        "ที่ประชุมติดตามการทบทวนโครงการก่อสร้างทางหลวง ช่วงนาดี – บ้านใหม่ สัญญาที่ 3 ช่วงหนองแก"
        " – บ้านใหม่ ให้แล้วเสร็จ"
    )
    assert titles(nlp, body) == ["โครงการก่อสร้างทางหลวง ช่วงนาดี - บ้านใหม่"]


def test_a_quote_opened_before_the_keyword_is_read_to_its_close(nlp):
    body = "กรมราชทัณฑ์จัดทำ “โครงการเลี้ยงแพะนมเพื่อผู้ต้องขัง เพื่อสร้างอาชีพหลังพ้นโทษ” โดยมีผู้เข้าร่วม 50 คน"
    assert titles(nlp, body) == ["โครงการเลี้ยงแพะนมเพื่อผู้ต้องขัง เพื่อสร้างอาชีพหลังพ้นโทษ"]


def test_a_quoted_saying_opening_with_the_keyword_is_not_a_title(nlp):
    body = "นายสมชาย กล่าวว่า “โครงการเลี้ยงแพะนมช่วยให้ผู้ต้องขังมีรายได้ และจะขยายผลไปทุกเรือนจำ” ทั้งนี้"
    assert [t for t in titles(nlp, body) if "ขยายผล" in t] == []


def test_a_project_named_as_a_common_noun_needs_two_signals(nlp):
    # มี before it and a short head with only a channel after it: a kind of project
    assert titles(nlp, "ในปีนี้ ธนาคารมีโครงการระดมทุนผ่าน Blue Bond เพื่อสนับสนุนธุรกิจ") == []
    # a kind head (ต้นแบบ) and a count of projects of that kind after it in the line
    counted = "โครงการต้นแบบ ABC ที่ได้รับทุนจากต่างประเทศมีจำนวน 12 โครงการ คิดเป็นมูลค่า 300 ล้านบาท"
    assert titles(nlp, counted) == []
    # one signal (มี before it) is also seen before titles
    assert titles(nlp, "ในปีนี้ รัฐบาลมีโครงการชิมช้อปใช้ เพื่อกระตุ้นการใช้จ่าย") == ["โครงการชิมช้อปใช้"]


def test_variants_with_a_word_inserted_or_another_structure_word_are_one_project(nlp):
    body = (
        "ครม.รับทราบความคืบหน้าโครงการรถรางสายสีฟ้าช่วงท่าแพ - สันทราย"
        " และกรณีโครงการรถรางชานเมืองสายสีฟ้าช่วงท่าแพ - สันทราย ได้เริ่มก่อสร้างแล้ว\n"
        "ที่ประชุมติดตามผลกระทบจากโครงการฝายศรีสะเกษใต้ ครั้งที่ 2/2567"
        " และแนวทางฟื้นฟูพื้นที่รอบโครงการเขื่อนสรีสะเกศใต้ เพื่อพัฒนาชุมชน"
    )
    assert titles(nlp, body) == [
        "โครงการรถรางสายสีฟ้าช่วงท่าแพ - สันทราย",
        "โครงการฝายศรีสะเกษใต้",
    ]


def test_who_the_project_gives_to_stays_in_its_name(nlp):
    body = "กรมส่งเสริมการเกษตรเสนอโครงการพัฒนาทักษะการแปรรูปผลไม้ให้แก่กลุ่มแม่บ้านเกษตรกร มีเป้าหมาย 500 ราย"
    assert titles(nlp, body) == ["โครงการพัฒนาทักษะการแปรรูปผลไม้ให้แก่กลุ่มแม่บ้านเกษตรกร"]


def test_an_integrated_project_alone_is_a_kind(nlp):
    assert titles(nlp, "ผู้ว่าราชการจังหวัดติดตามโครงการบูรณาการ ของหน่วยงานในพื้นที่") == []


def test_a_one_word_kind_goes_on_with_its_purpose_up_to_its_partner(nlp):
    body = "นายอำเภอเป็นประธานการประชุมขับเคลื่อนโครงการบูรณาการ เพื่อยกระดับรายได้ครัวเรือนยากจนกับอาสาสมัครชุมชน ณ ที่ว่าการอำเภอ"
    assert titles(nlp, body) == ["โครงการบูรณาการ เพื่อยกระดับรายได้ครัวเรือนยากจน"]


def test_a_numbered_item_or_a_count_that_refers_back_is_no_signal(nlp):
    # a list item stays a name whatever its signals (a kind head, a count of projects after it)
    item = "ผลงานเด่น ได้แก่ (1) โครงการต้นแบบ ABC ซึ่งมีผู้ร่วมจำนวน 12 โครงการ และ (2) โครงการอื่น"
    assert titles(nlp, item) == ["โครงการต้นแบบ ABC"]
    # "ทั้ง 2 โครงการ" refers back to projects named before: not a count of a kind
    body = "รัฐบาลมีโครงการกินเที่ยวช่วยชาติ ซึ่งคาดว่าทั้ง 2 โครงการจะเสนอ ครม. ได้ในเร็ว ๆ นี้"
    assert titles(nlp, body) == ["โครงการกินเที่ยวช่วยชาติ"]
