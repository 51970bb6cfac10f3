"""Project rule families of quality round q3 (round-4 tune briefs): where a project's name ends
(gold.md v2, Projects). Synthetic briefs, run through the components projects need, asserting
the first title of each project group."""

from __future__ import annotations

import pytest
from component_support import PROJECTS, brief_titles, pipeline

from mjci_extract.extract.projects import ProjectsFound
from mjci_extract.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(PROJECTS)


def test_a_numbered_list_item_runs_to_the_next_item(nlp):
    body = (
        "กรมมีแผนงานสำคัญ ได้แก่ 1.โครงการพัฒนาแบรนด์ข้าวไทย (Thai Rice Brand) สู่ตลาดโลก"
        " 2.โครงการส่งเสริมผู้ประกอบการข้าว และ SME ข้าว 3.โครงการวิจัยพันธุ์ข้าวระหว่าง กรมการข้าว"
        " และสถาบันวิจัยข้าวนานาชาติ ของ มหาวิทยาลัยเกษตร 4.โครงการพัฒนาตลาดข้าว"
    )
    assert brief_titles(nlp, body) == [
        "โครงการพัฒนาแบรนด์ข้าวไทย (Thai Rice Brand) สู่ตลาดโลก",
        "โครงการส่งเสริมผู้ประกอบการข้าว และ SME ข้าว",
        "โครงการวิจัยพันธุ์ข้าวระหว่าง กรมการข้าว และสถาบันวิจัยข้าวนานาชาติ ของ มหาวิทยาลัยเกษตร",
        "โครงการพัฒนาตลาดข้าว",
    ]


def test_a_list_item_with_a_clause_or_an_amount_keeps_its_name(nlp):
    body = (
        "กรมมีแผนงาน ได้แก่ 1.โครงการพัฒนาตลาดข้าว ซึ่งจะเริ่มในปีหน้า 2.โครงการวิจัยพันธุ์ข้าว"
        " 300 ล้านบาท 3.โครงการส่งเสริมการปลูกข้าว"
    )
    assert brief_titles(nlp, body) == [
        "โครงการพัฒนาตลาดข้าว",
        "โครงการวิจัยพันธุ์ข้าว",
        "โครงการส่งเสริมการปลูกข้าว",
    ]


def test_a_long_quoted_title_after_the_keyword_is_read_to_its_quote(nlp):
    title = (
        "“ข้าราชการร่วมใจ ปลูกต้นไม้ ขยายพื้นที่สีเขียว เพื่อเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว"
        " เนื่องในโอกาสมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567 ณ สวนสาธารณะเฉลิมพระเกียรติ"
        " จังหวัดนนทบุรี”"
    )
    found = brief_titles(nlp, "กรมจึงได้จัด โครงการ " + title + " ขึ้นเป็นครั้งแรก")
    assert found == ["โครงการ " + title.replace("“", '"').replace("”", '"')]


def test_the_name_stops_before_the_agency_of_a_centre_or_council(nlp):
    body = (
        "ที่ประชุมหารือโครงการพัฒนาพันธุ์พืชของศูนย์วิจัยพืชปทุมธานี และโครงการฟื้นฟูลำคลองของสภา"
        "เกษตรกรแห่งชาติ รวมทั้งโครงการปรับปรุงถนนของจังหวัดอ่างทอง"
    )
    assert brief_titles(nlp, body) == [
        "โครงการพัฒนาพันธุ์พืช",
        "โครงการฟื้นฟูลำคลอง",
        "โครงการปรับปรุงถนนของจังหวัดอ่างทอง",
    ]


def test_whom_the_project_is_for_belongs_to_its_title(nlp):
    body = (
        "โรงงานเข้าร่วมโครงการลดของเสียในการผลิต สำหรับอุตสาหกรรมอาหารแปรรูป เพื่อลดการใช้น้ำ"
        " ส่วนโครงการฝึกทักษะดิจิทัล สำหรับปี 2567 มีผู้สมัครจำนวนมาก"
    )
    assert brief_titles(nlp, body) == [
        "โครงการลดของเสียในการผลิต สำหรับอุตสาหกรรมอาหารแปรรูป",
        "โครงการฝึกทักษะดิจิทัล",
    ]


def test_a_headline_title_under_the_date_line_is_no_count(nlp):
    doc = nlp.run(
        nlp.make_doc(
            "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวทดสอบ\nวันพุธที่ 3 มีนาคม 2564\n"
            "โครงการธนาคารปูม้าชุมชนบ้านแหลม\nกรมประมงติดตามงานในพื้นที่\n"
        )
    )
    assert [doc.text[g[0].start : g[0].end] for g in doc.get(ProjectsFound).groups] == [
        "โครงการธนาคารปูม้าชุมชนบ้านแหลม"
    ]


def test_the_committee_of_a_project_names_it_in_the_body_form(nlp):
    body = (
        "โครงการหน่วยแพทย์เคลื่อนที่ในพระราชานุเคราะห์ฯ\n"
        "รัฐมนตรีเป็นประธานการประชุมคณะกรรมการโครงการหน่วยแพทย์เคลื่อนที่ในพระราชานุเคราะห์"
        "สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร ณ ห้องประชุมกระทรวง"
    )
    assert brief_titles(nlp, body) == [
        "โครงการหน่วยแพทย์เคลื่อนที่ในพระราชานุเคราะห์สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร"
    ]


def test_a_permission_verb_keeps_its_complement_in_the_name(nlp):
    body = "กรมเปิดโครงการอบรมก่อนออกใบอนุญาตให้ใช้ที่ดินทำกินในเขตป่าสงวน ที่อำเภอแม่แจ่ม"
    assert brief_titles(nlp, body) == ["โครงการอบรมก่อนออกใบอนุญาตให้ใช้ที่ดินทำกินในเขตป่าสงวน"]
