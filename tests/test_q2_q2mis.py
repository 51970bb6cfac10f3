"""Meeting rule families of quality round q2 (q2mis): meetings that were not detected at all, and
passing mentions that must stay no meeting. One test per mechanism, on short Thai texts written
for the test, through the components the meetings need (no NER model), asserting the `meetings`
slot."""

from __future__ import annotations

import pytest
from component_support import MEETINGS, page_meetings, pipeline, venue_text

from mjci_extract.extract.meetings import MeetingGroup
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.doc import Doc

MAY_14 = "วันอังคารที่ 14 พฤษภาคม 2567"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(MEETINGS)


def run(nlp: Pipeline, body: str, published: str = MAY_14) -> tuple[Doc, list[MeetingGroup]]:
    return page_meetings(nlp, body, published)


def day(doc: Doc, meeting: MeetingGroup) -> str | None:
    date = meeting.dating(doc.layout.published)[0]
    return date.iso if date is not None else None


def test_a_numbered_meetings_sentence_wrapped_onto_the_next_line_keeps_its_place(nlp):
    body = (
        "สมาคมการค้าไทยเป็นเจ้าภาพจัดประชุมผู้ส่งออกข้าวโลก ครั้งที่ 9 เมื่อวันที่ 3 - 5 พ.ค. 67\n"
        "ณ ศูนย์ประชุมอิมแพ็ค เมืองทองธานี มีผู้ส่งออกกว่า 900 รายเข้าร่วม\n"
    )
    doc, meetings = run(nlp, body)
    assert [(m.first("number"), venue_text(doc, m)) for m in meetings] == [
        (9, "ศูนย์ประชุมอิมแพ็ค เมืองทองธานี")
    ]


def test_a_meeting_joined_to_another_activity_is_placed_later(nlp):
    body = (
        "นายสมศักดิ์ ใจกล้า รองปลัดกระทรวงมหาดไทย เป็นประธานการประชุมและตรวจเยี่ยมความคืบหน้า"
        "การก่อสร้างอาคารเรียนของโรงเรียนชายแดน เพื่อติดตามการใช้งบประมาณ ณ ค่ายสุรนารี "
        "อ.เมือง จ.นครราชสีมา\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["ค่ายสุรนารี อ.เมือง จ.นครราชสีมา"]


def test_a_meeting_with_a_person_is_placed_past_its_purpose(nlp):
    body = (
        "นายวิชัย รักงาน ผู้อำนวยการสำนักงานส่งเสริมการค้า ร่วมประชุมกับนายสุเมธ ทองดี ประธานสภาธุรกิจ"
        "ไทย-ญี่ปุ่น และผู้บริหารบริษัทสมาชิก เพื่อหารือแนวทางการขยายการลงทุนในอุตสาหกรรมอาหาร"
        "แปรรูป ณ โรงแรมรอยัลคลิฟ พัทยา จังหวัดชลบุรี เมื่อเร็วๆ นี้\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["โรงแรมรอยัลคลิฟ พัทยา จังหวัดชลบุรี"]


def test_the_cabinet_resolving_on_the_day_its_paragraph_opens_with(nlp):
    body = (
        "วันที่ 14 พฤษภาคม 2567 นายชาญ ดีงาม โฆษกประจำสำนักนายกรัฐมนตรี "
        "เผยที่ประชุมคณะรัฐมนตรี อนุมัติหลักการร่างกฎกระทรวงว่าด้วยการจัดเก็บค่าธรรมเนียม\n"
    )
    doc, meetings = run(nlp, body)
    assert [day(doc, m) for m in meetings] == ["2024-05-14"]


def test_the_cabinet_resolving_without_a_day_of_its_own_is_no_meeting(nlp):
    # the paragraph opens with the assembly itself; an earlier resolution; no ประชุม at all
    body = (
        "ที่ประชุมคณะรัฐมนตรี อนุมัติหลักการร่างกฎกระทรวงว่าด้วยการจัดเก็บค่าธรรมเนียม\n"
        "เมื่อวันที่ 3 พฤษภาคม 2567 นายชาญ ดีงาม ลงพื้นที่ตรวจโครงการ "
        "ตามที่ที่ประชุมคณะรัฐมนตรีเห็นชอบแผนงานไว้\n"
        "คณะรัฐมนตรีมีมติเห็นชอบแผนงานดังกล่าว ณ ห้องประชุมสีม่วง\n"
    )
    _, meetings = run(nlp, body)
    assert meetings == []


def test_the_cabinet_of_a_brief_whose_lead_reports_it_today(nlp):
    body = (
        "วันนี้ (14 พ.ค. 67) นายชาญ ดีงาม โฆษกประจำสำนักนายกรัฐมนตรี เผยมติคณะรัฐมนตรี "
        "เห็นชอบกรอบอัตรากำลังพนักงานราชการ\n"
        "- กลุ่มเป้าหมาย : ผู้สำเร็จการศึกษาระดับปริญญาตรี\n"
        "“ที่ประชุมคณะรัฐมนตรียังย้ำให้หน่วยงานเร่งดำเนินการให้แล้วเสร็จ” นายชาญ กล่าว\n"
    )
    doc, meetings = run(nlp, body)
    assert [day(doc, m) for m in meetings] == ["2024-05-14"]


def test_the_cabinet_in_a_paragraph_with_other_events_days_is_not_todays(nlp):
    body = (
        "วันนี้ (14 พ.ค. 67) นายชาญ ดีงาม โฆษกประจำสำนักนายกรัฐมนตรี เผยมติคณะรัฐมนตรี "
        "เห็นชอบกรอบอัตรากำลังพนักงานราชการ\n"
        "โดยเมื่อวันที่ 2 มกราคม 2567 ที่ประชุมคณะรัฐมนตรีเห็นชอบหลักการไว้แล้ว "
        "และเมื่อวันที่ 9 มีนาคม 2567 ได้มีการรับฟังความเห็น\n"
    )
    doc, meetings = run(nlp, body)
    assert "2024-05-14" not in [day(doc, m) for m in meetings]


def test_an_english_ordinal_after_the_anchor_numbers_the_meeting(nlp):
    body = (
        "นายกรัฐมนตรีกล่าวถึงการประชุม The 5th Asia Pacific Forum on Digital Trade "
        "ซึ่งเป็นการประชุมสำคัญระดับภูมิภาค ประสบผลสำเร็จ\n"
    )
    _, meetings = run(nlp, body)
    assert [m.first("number") for m in meetings] == [5]


def test_the_meeting_a_visit_is_made_for_does_not_take_the_visits_day_and_place(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) เวลา 10.00 น. ณ ห้องรับรอง ชั้น 3 โรงแรมแกรนด์ไฮแอท กรุงเทพฯ "
        "นายกรัฐมนตรีพบหารือกับนายจอห์น สมิธ ผู้อำนวยการใหญ่องค์การอนามัยโลก ในโอกาสเยือนประเทศไทย "
        "เพื่อเข้าร่วมการประชุม The 2nd Global Health Forum on Ageing\n"
    )
    doc, meetings = run(nlp, body)
    assert [(m.first("number"), day(doc, m), venue_text(doc, m)) for m in meetings] == [
        (2, None, None)
    ]


def test_an_invitation_is_dated_by_its_schedule_line(nlp):
    body = (
        "กรมส่งเสริมการค้า ขอเชิญชวนหน่วยงานที่สนใจเข้าร่วมการประชุมชี้แจงระบบการจัดซื้อออนไลน์ "
        "ผ่านสื่ออิเล็กทรอนิกส์ (Zoom)\n"
        "ลงทะเบียนได้ที่ลิงค์\n"
        "https://example.org/register\n"
        "ในวันที่ 20 พฤษภาคม 2567 เวลา 09.00 – 12.00 น. สำหรับหน่วยงานส่วนกลาง\n"
    )
    doc, meetings = run(nlp, body)
    assert [(day(doc, m), venue_text(doc, m)) for m in meetings] == [
        ("2024-05-20", "ผ่านสื่ออิเล็กทรอนิกส์ (Zoom)")
    ]


def test_a_clause_saying_when_the_meeting_takes_place_dates_it(nlp):
    body = (
        "ทั้งสองฝ่ายตกลง ให้มีการจัดประชุมอย่างไม่เป็นทางการระหว่างผู้บัญชาการทหารของทั้งสองประเทศ"
        " โดยให้มีขึ้นในเวลา 08.00 น. ของวันพุธที่ 15 พฤษภาคม 2024\n"
    )
    doc, meetings = run(nlp, body)
    assert [day(doc, m) for m in meetings] == ["2024-05-15"]


def test_the_bare_verb_again_gives_the_reported_meeting_its_day(nlp):
    body = (
        "นายสมศักดิ์ ใจกล้า รองปลัดกระทรวงมหาดไทย เป็นประธานการประชุมและตรวจเยี่ยมความคืบหน้า"
        "การก่อสร้างอาคารเรียน ณ ค่ายสุรนารี อ.เมือง จ.นครราชสีมา\n"
        "ทั้งนี้ ได้ลงพื้นที่แปลงสาธิต โดยมี หัวหน้าส่วนราชการในจังหวัด ร่วมประชุม และลงพื้นที่"
        "ติดตามงานนโยบาย (ในวันที่ 13 พ.ค. 2567)\n"
    )
    doc, meetings = run(nlp, body)
    assert [(day(doc, m), venue_text(doc, m)) for m in meetings] == [
        ("2024-05-13", "ค่ายสุรนารี อ.เมือง จ.นครราชสีมา")
    ]


def test_a_date_line_that_opens_the_next_paragraph_is_not_the_schedule(nlp):
    body = (
        "กรมส่งเสริมการค้า ขอเชิญชวนหน่วยงานที่สนใจเข้าร่วมการประชุมชี้แจงระบบการจัดซื้อออนไลน์ "
        "ผ่านสื่ออิเล็กทรอนิกส์ (Zoom)\n"
        "ลงทะเบียนได้ที่ลิงค์ https://example.org/register\n"
        "วันที่ 20 พฤษภาคม 2567 เวลา 09.00 น.\n"
        "นายสมชาย ใจดี อธิบดีกรมส่งเสริมการค้า ลงพื้นที่ตรวจเยี่ยมตลาดกลางสินค้าเกษตร\n"
    )
    doc, meetings = run(nlp, body)
    assert [day(doc, m) for m in meetings] == []
