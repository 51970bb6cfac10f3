"""Meeting rule families of the quality rounds: one test per mechanism, on short Thai texts
written for the test, through the components the meetings need (no NER model), asserting the
`meetings` slot.

Found on the annotated train briefs (qmeet), on unannotated archive briefs 2020-2025 (pmeet), and
on what that review left open (rmeet)."""

from __future__ import annotations

import pytest
from component_support import MEETINGS, page_meetings, pipeline, venue_text

from mjci_extract.extract.meetings import MeetingGroup
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.doc import Doc

MAY_14 = "วันอังคารที่ 14 พฤษภาคม 2567"
NOVEMBER_8 = "วันศุกร์ที่ 8 พฤศจิกายน 2567"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return pipeline(MEETINGS)


def run(nlp: Pipeline, body: str, published: str = MAY_14) -> tuple[Doc, list[MeetingGroup]]:
    return page_meetings(nlp, body, published)


# === found on the annotated train briefs =====================================================


# --- A: the place of another event reported before or after the meeting ----------------------


def test_a_visit_after_the_meeting_does_not_place_it(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) ภายหลังจบการประชุมคณะรัฐมนตรี (ครม.) นายกรัฐมนตรีไปเยี่ยมชม"
        "แปลงสาธิตการปลูกผักของชุมชน ณ ศูนย์การเรียนรู้บ้านหนองไผ่ อำเภอเมือง จังหวัดลำพูน\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == [None]


def test_the_place_of_a_visit_right_before_the_cue_is_not_the_meetings(nlp):
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย พบปะผู้นำชุมชน ณ ตลาดชายแดนบ้านหนองคาย "
        "อ.เมือง จังหวัดหนองคาย หลังประชุมหารือร่วมกับผู้ว่าราชการจังหวัดในประเด็นการค้าชายแดน\n"
    )
    _, meetings = run(nlp, body)
    assert meetings == []


def test_a_place_right_after_the_meeting_stays_its_own(nlp):
    body = (
        "นายสมชาย ใจดี ผู้ช่วยรัฐมนตรีประจำกระทรวงพาณิชย์ เปิดเผยภายหลังการประชุมคณะกรรมการ"
        "ส่งเสริมการค้าชายแดน ณ กระทรวงพาณิชย์ ว่า จะลงพื้นที่ตรวจเยี่ยมด่านการค้าในเดือนหน้า\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["กระทรวงพาณิชย์"]


# --- O: the related-news footer is no part of the body ----------------------------------------


def test_the_related_news_footer_ends_the_body_and_gives_no_meeting(nlp):
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ มอบนโยบายแก่ผู้บริหารกระทรวง\n"
        "-------------------\n"
        "อัลบั้มภาพ\n"
        "prev\n"
        "next\n"
        "ข่าวที่เกี่ยวข้อง\n"
        "ผลการประชุมคณะกรรมการนโยบายการค้าข้าวแห่งชาติ ครั้งที่ 2/2567 เห็นชอบมาตรการช่วยชาวนา\n"
        "\n"
        "ที่มา : https://www.thaigov.go.th/news/contents/details/1\n"
    )
    doc, meetings = run(nlp, body)
    assert doc.text[doc.layout.body_end :].startswith("อัลบั้มภาพ\n")
    assert meetings == []


# --- B: meetings that were never built ---------------------------------------------------------


def test_a_name_glossed_as_a_summit_is_the_reported_meeting(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) นายกรัฐมนตรีกล่าวถ้อยแถลงในช่วงการหารือระดับผู้นำ (Leaders Session) "
        "การประชุมสุดยอดว่าด้วยมหาสมุทรและการประมงยั่งยืน (Summit on Oceans) ผ่านระบบการประชุมทางไกล\n"
    )
    doc, meetings = run(nlp, body)
    (meeting,) = meetings
    assert meeting.dating(doc.layout.published)[0].iso == "2024-05-14"
    assert venue_text(doc, meeting) == "ผ่านระบบการประชุมทางไกล"


def test_a_day_restated_by_another_clock_does_not_date_the_meeting(nlp):
    body = (
        "วันนี้ (13 พฤษภาคม 2567) เวลา 20.00 น. ตามเวลานครเจนีวา (หรือวันที่ 14 พฤษภาคม 2567 เวลา "
        "01.00 น. เวลาไทย)\nนายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงสาธารณสุข เป็นประธานการประชุม"
        "คณะทำงานด้านสาธารณสุขระหว่างประเทศ ผ่านระบบการประชุมทางไกล\n"
    )
    doc, meetings = run(nlp, body)
    (meeting,) = meetings
    assert meeting.dating(doc.layout.published)[0].iso == "2024-05-13"


def test_a_relative_day_earlier_in_the_paragraph_dates_the_meeting(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง เปิดเผยว่า ซึ่งวานนี้ได้มีการ"
        "ลงพื้นที่สำรวจความเสียหายจากอุทกภัยในอำเภอเมือง โดยได้มีการประชุมศูนย์ช่วยเหลือผู้ประสบอุทกภัย"
        "จังหวัดลำปาง ซึ่งวันพรุ่งนี้จะมีการประชุมคณะทำงานฟื้นฟูพื้นที่ ครั้งที่ 2 โดยจะจัดการประชุม"
        "คณะกรรมการติดตามผล ครั้งที่ 1 ในปีหน้า\n"
    )
    doc, meetings = run(nlp, body)
    days = [m.dating(doc.layout.published)[0] for m in meetings]
    assert [m.first("number") for m in meetings] == [None, 2, 1]
    assert [d.iso for d in days[:2]] == ["2024-05-13", "2024-05-15"]
    # the day after is the second meeting's, not the one named after it
    assert days[2] is None or days[2].iso != "2024-05-15"


def test_a_relative_day_that_ends_the_clause_before_does_not_date_the_meeting(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) นายกรัฐมนตรีให้สัมภาษณ์ถึงกรณีที่รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์"
        "ได้เข้าพบเมื่อวานนี้ ว่า ไม่มีปัญหาอะไร ซึ่งก่อนการประชุม ครม. ก็ได้พูดคุยกับแกนนำพรรคแล้ว\n"
    )
    doc, meetings = run(nlp, body)
    assert [m.dating(doc.layout.published)[0].iso for m in meetings] == ["2024-05-14"]


def test_a_topic_break_followed_by_a_day_opens_the_paragraph(nlp):
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงสาธารณสุข เข้าร่วมการประชุมรัฐมนตรีสาธารณสุขอาเซียน "
        "ครั้งที่ 16 ณ กรุงเวียงจันทน์ สปป.ลาว\n"
        "นอกจากนี้ เมื่อวันที่ 12 พฤษภาคม 2567 ที่ผ่านมา คณะผู้แทนไทยยังได้เข้าร่วมการประชุมหารือ"
        "นโยบายสุขภาพผู้สูงอายุในภูมิภาคอาเซียน เพื่อแลกเปลี่ยนแนวปฏิบัติที่ดี\n"
    )
    doc, meetings = run(nlp, body)
    days = {m.first("number"): m.dating(doc.layout.published)[0] for m in meetings}
    assert days[None].iso == "2024-05-12"


def test_a_meeting_named_inside_the_name_does_not_end_its_stretch(nlp):
    body = (
        "นายสมชาย ใจดี รองปลัดกระทรวงเกษตรและสหกรณ์ เป็นประธานเปิดการประชุมเตรียมการสำหรับการประชุม"
        "สุดยอดผู้นำลุ่มน้ำโขง โดยมีผู้แทนหน่วยงานที่เกี่ยวข้องเข้าร่วม ณ ห้องประชุม 301 กระทรวงเกษตรและสหกรณ์\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["ห้องประชุม 301 กระทรวงเกษตรและสหกรณ์"]


def test_a_long_list_of_attendants_closed_by_a_join_word_places_the_meeting(nlp):
    attendants = " ".join(
        f"นาย{given} ใจดี ผู้อำนวยการสำนักงานความร่วมมือระหว่างประเทศด้านการเกษตรภูมิภาค{region} "
        f"(Mr.{given_en} Jaidee Director, Regional Office for {region_en} Cooperation)"
        for given, region, given_en, region_en in [
            ("สมชาย", "เอเชีย", "Somchai", "Asia"),
            ("สมศักดิ์", "แอฟริกา", "Somsak", "Africa"),
            ("สมหมาย", "ยุโรป", "Sommai", "Europe"),
        ]
    )
    body = (
        "นายสมพงษ์ ใจดี รองปลัดกระทรวงเกษตรและสหกรณ์ ร่วมกล่าวเปิดการประชุมหารือระดับภูมิภาคว่าด้วย"
        f"ความมั่นคงทางอาหาร โดยมี {attendants} และเจ้าหน้าที่ที่เกี่ยวข้องเข้าร่วม ณ ศูนย์การประชุม"
        "แห่งชาติสิริกิติ์ กรุงเทพมหานคร\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["ศูนย์การประชุมแห่งชาติสิริกิติ์ กรุงเทพมหานคร"]


def test_a_latin_name_after_the_anchor_names_a_meeting(nlp):
    body = (
        "นายสมชาย ใจดี ปลัดกระทรวงเกษตรและสหกรณ์ กล่าวว่า หน่วยงานได้หารือแนวทางร่วมกัน เพื่อเตรียม"
        "ความพร้อมในการประชุม the World Water Summit 2 (WWS 2) ในเดือนตุลาคมนี้ ที่ประเทศเคนยา\n"
        "ทั้งนี้ ที่ประชุมได้หารือผ่านการประชุม Zoom Meeting เป็นประจำ\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["ประเทศเคนยา"]


# --- C: a date or place taken from the wrong clause ---------------------------------------------


def test_a_later_day_after_a_meeting_reported_before_the_event_is_the_events_story(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) เวลา 12.00 น. นายกรัฐมนตรี กล่าวภายหลังการประชุมคณะรัฐมนตรีถึงกรณีที่"
        "รัฐมนตรีว่าการกระทรวงพาณิชย์หารือกับผู้ประกอบการส่งออกข้าว เมื่อวันที่ 10 พฤษภาคมที่ผ่านมา\n"
    )
    doc, meetings = run(nlp, body)
    assert [m.dating(doc.layout.published)[0].iso for m in meetings] == ["2024-05-14"]


def test_a_later_day_of_a_meeting_still_to_come_stays_its_own(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
        "ได้มีการหารือทวิภาคีกับผู้แทนสิงคโปร์ เพื่อเตรียมการก่อนการประชุมรัฐมนตรีดิจิทัลอาเซียน ครั้งที่ 4 "
        "ที่กำหนดจัดขึ้นระหว่างวันที่ 20 - 22 พฤษภาคม 2567\n"
    )
    doc, meetings = run(nlp, body)
    days = {m.first("number"): m.dating(doc.layout.published)[0] for m in meetings}
    assert (days[4].iso, days[4].end_iso) == ("2024-05-20", "2024-05-22")


def test_a_trips_range_gives_way_to_the_day_the_meeting_is_reported_on(nlp):
    body = (
        "วันนี้ (10 พฤษภาคม 2567) โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า นายกรัฐมนตรี มีกำหนดการเดินทางไป"
        "ประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 2/2567 ณ จังหวัดน่าน และติดตามการตรวจราชการ"
        "กลุ่มจังหวัดภาคเหนือตอนบน ระหว่างวันที่ 20 - 21 พฤษภาคม 2567 โดยมีกำหนดการ ดังนี้\n"
        "วันอังคารที่ 21 พฤษภาคม 2567 เวลา 09.30 น. นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรีอย่างเป็น"
        "ทางการนอกสถานที่ครั้งที่ 2/2567 ณ ห้องประชุมดอยภูคา อาคารเฉลิมพระเกียรติ มหาวิทยาลัยน่าน\n"
    )
    doc, meetings = run(nlp, body)
    (meeting,) = meetings
    day = meeting.dating(doc.layout.published)[0]
    assert (day.iso, day.end_iso) == ("2024-05-21", None)
    assert venue_text(doc, meeting).startswith("ห้องประชุมดอยภูคา")


def test_a_postponed_meeting_takes_its_new_day_and_place(nlp):
    body = (
        "วันจันทร์ 13 พฤษภาคม 2567 โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า การประชุมคณะรัฐมนตรี "
        "ปกติจัดขึ้นทุกวันอังคาร แต่เนื่องจากสัปดาห์นี้มีวันหยุดราชการ สำนักเลขาธิการคณะรัฐมนตรีจึงเลื่อน"
        "การประชุมไปเป็นวันพุธ ที่ 15 พฤษภาคม 2567 เวลา 09.00 น. ณ ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล\n"
    )
    doc, meetings = run(nlp, body)
    (meeting,) = meetings
    assert meeting.dating(doc.layout.published)[0].iso == "2024-05-15"
    assert venue_text(doc, meeting) == "ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล"


def test_a_guessed_day_does_not_make_a_meeting(nlp):
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ กล่าวว่า ธนาคารจะไปประชุมบอร์ดเพื่อพิจารณาอีกครั้ง "
        "คาดว่าอย่างเร็วที่สุดจะเป็นวันศุกร์นี้หรือวันจันทร์ที่ 20 พฤษภาคม\n"
    )
    _, meetings = run(nlp, body)
    assert meetings == []


def test_a_meeting_that_may_be_held_takes_no_place_from_a_courtesy_call(nlp):
    body = (
        "นายสมชาย ใจดี ผู้ช่วยรัฐมนตรีประจำกระทรวงเกษตรและสหกรณ์ หารือกับเอกอัครราชทูตเคนยาประจำประเทศไทย "
        "ณ กระทรวงเกษตรและสหกรณ์ เนื่องในโอกาสเข้ารับตำแหน่ง ทั้งนี้ ได้ผลักดันการส่งออกข้าวไปยังเคนยา "
        "โดยสองฝ่ายสามารถจัดการประชุม Business Matching เพื่อหารือรายละเอียดร่วมกัน\n"
    )
    _, meetings = run(nlp, body)
    assert meetings == []


# === found on unannotated archive briefs ======================================================


def test_a_building_before_the_cabinet_meeting_is_its_venue(nlp):
    # gold.md v2 convention (dev tune): the place heading a statement made before or after the
    # meeting is the meeting's place; only an open area (บริเวณ, โถง) is the interview's.
    body = (
        "วันนี้ (14 พฤษภาคม 2567) เวลา 08.30 น. ณ ตึกสันติไมตรี ทำเนียบรัฐบาล ก่อนการประชุม"
        "คณะรัฐมนตรี นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ รับมอบข้อเสนอจากผู้แทนเกษตรกร\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["ตึกสันติไมตรี ทำเนียบรัฐบาล"]


def test_the_closing_place_of_the_attendants_is_the_reported_meetings(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์ เป็นประธานการประชุมคณะทำงาน"
        "ด้านการค้าชายแดน ครั้งที่ 2/2567 ซึ่งที่ประชุมได้หารือประเด็นที่จะเสนอในการประชุม"
        "รัฐมนตรีการค้าอนุภูมิภาค ครั้งที่ 9 โดยมี นางสาวสมศรี มีสุข ผู้อำนวยการกองการค้า "
        "และผู้เกี่ยวข้องเข้าร่วม ณ ห้องประชุม 501 กระทรวงพาณิชย์\n"
    )
    doc, meetings = run(nlp, body)
    # the chaired meeting takes the place; the one named in passing loses it
    assert [venue_text(doc, m) for m in meetings] == ["ห้องประชุม 501 กระทรวงพาณิชย์", None]


def test_meetings_joined_by_and_before_the_closing_place_both_take_it(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เป็นประธานเปิดการประชุม"
        "ผู้ส่งออกข้าว ครั้งที่ 3 และการประชุมวิชาการข้าวไทย ครั้งที่ 7 โดยมี นางสาวสมศรี มีสุข "
        "อธิบดีกรมการค้าต่างประเทศ และผู้ประกอบการเข้าร่วม ณ โรงแรมริเวอร์ไซด์ กรุงเทพฯ\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["โรงแรมริเวอร์ไซด์ กรุงเทพฯ"] * 2


def test_a_mobile_cabinet_session_named_after_a_space_is_a_meeting(nlp):
    body = (
        "ที่ประชุม ครม. นอกสถานที่ครั้งที่ 2/2567 ณ จังหวัดน่าน (14 พ.ค. 67) มีมติเห็นชอบแผนพัฒนา"
        "ท่าอากาศยานของจังหวัด\n"
    )
    doc, meetings = run(nlp, body)
    assert [(m.primary.number, venue_text(doc, m)) for m in meetings] == [(2, "จังหวัดน่าน")]
    assert meetings[0].primary.date.date.isoformat() == "2024-05-14"


def test_the_cabinet_acting_before_a_number_is_no_session(nlp):
    body = "ที่ประชุม ครม. ได้หารือ ครั้งที่ 2 ถึงมาตรการช่วยเหลือเกษตรกร\n"
    _, meetings = run(nlp, body)
    assert meetings == []


def test_giving_policy_at_a_workshop_reports_it(nlp):
    body = (
        "วันนี้ (14 พฤษภาคม 2567) เวลา 09.00 น. ที่โรงแรมริเวอร์ไซด์ กรุงเทพฯ นายสมชาย ใจดี "
        "รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานพิธีเปิดและมอบนโยบายการประชุมเชิงปฏิบัติการ"
        "นายอำเภอทั่วประเทศ เพื่อขับเคลื่อนนโยบายรัฐบาล\n"
    )
    doc, meetings = run(nlp, body)
    assert [venue_text(doc, m) for m in meetings] == ["โรงแรมริเวอร์ไซด์ กรุงเทพฯ"]
    assert meetings[0].primary.date.date.isoformat() == "2024-05-14"


# === left open by that review ==================================================================


def test_an_organisation_after_the_date_is_the_venue(nlp):
    # "ที่" right after the date opens the clause: the organisation there is where the meeting is.
    body = (
        "วันที่ 8 พ.ย. ที่องค์การบริหารส่วนจังหวัดลำปาง นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย "
        "เป็นประธานการประชุมเตรียมความพร้อมรับมือน้ำท่วม โดยมีผู้ว่าราชการจังหวัดเข้าร่วม\n"
    )
    doc, meetings = run(nlp, body, NOVEMBER_8)
    assert [venue_text(doc, m) for m in meetings] == ["องค์การบริหารส่วนจังหวัดลำปาง"]


def test_an_organisation_in_a_relative_clause_is_no_venue(nlp):
    body = (
        "วันนี้ (8 พฤศจิกายน 2567) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานการประชุม"
        "ติดตามโครงการที่องค์การบริหารส่วนจังหวัดลำปางเสนอ\n"
    )
    doc, meetings = run(nlp, body, NOVEMBER_8)
    assert [venue_text(doc, m) for m in meetings] == [None]


def test_todays_meeting_referred_back_to_takes_the_header_date(nlp):
    # "การประชุมในวันนี้" later in the brief says the meeting reported before it, which has no day
    # of its own, took place on the brief's date.
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมหารือแนวทางฟื้นฟู"
        "อาชีพเกษตรกร ณ ห้องประชุม 1 กระทรวงเกษตรและสหกรณ์\n"
        "นายสมชาย กล่าวว่า การประชุมในวันนี้เป็นการประชุมร่วมกับหน่วยงานที่เกี่ยวข้อง\n"
    )
    doc, meetings = run(nlp, body, NOVEMBER_8)
    dated = [(m.primary.date_from_published, m.primary.date_source) for m in meetings]
    assert dated == [(True, "back-reference")]


def test_a_named_assembly_on_a_date_is_a_meeting(nlp):
    # gold.md: a past meeting mentioned in passing counts when it has its own date; the assembly's
    # word is its whole name, the clause after it is not.
    body = (
        "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง กล่าวว่า เมื่อวันที่ 2 พฤศจิกายน 2567 "
        "ในที่ประชุมกรมการจังหวัด ตนได้มอบหมายให้ทุกอำเภอเร่งสำรวจความเสียหาย\n"
    )
    doc, meetings = run(nlp, body, NOVEMBER_8)
    primary = [m.primary for m in meetings]
    assert [doc.text[p.name_span[0] : p.name_span[1]] for p in primary] == ["ประชุมกรมการจังหวัด"]
    assert [p.date.iso for p in primary] == ["2024-11-02"]
