"""Meetings, their dates, venues and countries: one test per mechanism, on short texts written
for the test, run through the components up to `meetings` (no NER model) and read from its
record contribution."""

import pytest
from component_support import meetings

HEADER = "หัวข้อข่าว\n\n\nวันอังคารที่ 20 มิถุนายน 2566\nพิมพ์\nหัวข้อข่าว\n"


def fields(meeting):
    return (
        meeting.number,
        meeting.date.date if meeting.date else None,
        meeting.date.end_date if meeting.date else None,
        meeting.venue.text if meeting.venue else None,
        meeting.country,
    )


# --- meetings its paragraph reports (a cue word before ประชุม) ----------------------------------


def test_opening_date_dates_a_chaired_meeting_without_a_place():
    text = (
        "วันนี้ (13 กันยายน 2563) เวลา 09.00 น. นายสมชาย ใจดี รัฐมนตรีประจำสำนักนายกรัฐมนตรี "
        "เป็นประธานการประชุมติดตามการดำเนินงานและมอบนโยบายเชียงใหม่ไนท์ซาฟารี โดยมีผู้บริหารเข้าร่วม"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (None, "2020-09-13", None, None, None)
    assert meeting.name == "การประชุมติดตามการดำเนินงานและมอบนโยบายเชียงใหม่ไนท์ซาฟารี"


def test_opening_place_and_date_with_a_cue_glued_to_การ():
    text = (
        "เมื่อวันที่ 2 มีนาคม 2566 เวลา 11.00 น. ณ ห้องประชุมสำนักงานอุตสาหกรรมจังหวัดพะเยา "
        "นายสมชาย ใจดี หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม ร่วมประชุมชี้แจงหน่วยงานเครือข่าย จ. พะเยา"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (
        None,
        "2023-03-02",
        None,
        "ห้องประชุมสำนักงานอุตสาหกรรมจังหวัดพะเยา",
        "TH",
    )
    text = "เมื่อเวลา 10.00 น. ที่กระทรวงยุติธรรม มีการประชุมผู้บริหารกระทรวงยุติธรรม โดยมีนายสมชาย ใจดี เป็นประธาน"
    (meeting,) = meetings(text)
    assert meeting.venue.text == "กระทรวงยุติธรรม"


def test_place_a_clause_later():
    text = (
        "วันนี้ (23 มิ.ย. 68) เวลา 13.30 น. นางสาวสมศรี ดีงาม นายกรัฐมนตรี เป็นประธานการประชุมติดตาม"
        "มาตรการแก้ไขปัญหาอาชญากรรมข้ามชาติ โดยมี นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย ร่วมการประชุม "
        "ณ ตึกภักดีบดินทร์ ทำเนียบรัฐบาล"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (None, "2025-06-23", None, "ตึกภักดีบดินทร์ ทำเนียบรัฐบาล", "TH")


def test_a_break_word_keeps_a_later_place_from_the_meeting():
    text = (
        "นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย เป็นประธานการประชุมติดตามสถานการณ์อุทกภัย โดยมีผู้ว่าราชการจังหวัด"
        "เข้าร่วม จากนั้น ให้สัมภาษณ์สื่อมวลชน ณ บริเวณหน้าตึกบัญชาการ 1 ทำเนียบรัฐบาล"
    )
    assert meetings(text) == []


def test_a_meeting_mentioned_without_cue_date_or_place_is_none():
    text = "วันนี้ (4 ก.ค. 67) นายสมชาย ใจดี กล่าวว่า ผลการประชุมคณะกรรมการร่วมจะนำเสนอต่อไป"
    assert meetings(text) == []


def test_reported_speech_date_is_not_the_meetings():
    text = (
        "วันนี้ (2 ส.ค. 68) นางสาวสมศรี ดีงาม รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า จากสถานการณ์ชายแดน "
        "ซึ่งเริ่มต้นตั้งแต่วันที่ 24 กรกฎาคมที่ผ่านมา ล่าสุด กรมป้องกันและบรรเทาสาธารณภัย ได้จัดการประชุม"
        "ติดตามสถานการณ์ภัยและการให้ความช่วยเหลือประชาชน โดยมีการเน้นย้ำให้ 7 จังหวัดเร่งช่วยเหลือ"
    )
    assert meetings(text) == []


def test_verb_ประชุม_followed_by_a_space():
    text = (
        "พล.อ.สมชาย ใจดี ปลัดกระทรวงกลาโหม ได้ประชุม หน่วยงาน กอ.รมน. เหล่าทัพ และ ตร. ผ่านระบบ VTC "
        "ณ ศาลาว่าการกลาโหม เพื่อเร่งเตรียมความพร้อม"
    )
    (meeting,) = meetings(text)
    assert meeting.venue.text == "ศาลาว่าการกลาโหม"


def test_before_or_after_the_meeting_the_open_area_is_the_interviews():
    text = (
        "วันนี้ (10 มิถุนายน 2568) เวลา 12.40 น. ณ บริเวณโถงกลาง ตึกบัญชาการ 1 ทำเนียบรัฐบาล "
        "นางสาวสมศรี ดีงาม นายกรัฐมนตรี ให้สัมภาษณ์ภายหลังการประชุมคณะรัฐมนตรี (ครม.) ว่า เรื่องดังกล่าว"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (None, "2025-06-10", None, None, None)
    assert meeting.name == "การประชุมคณะรัฐมนตรี (ครม.)"


# --- dates -------------------------------------------------------------------------------------


def test_date_with_its_own_lead_later_in_the_sentence():
    text = (
        "นายสมชาย ใจดี กรรมการผู้จัดการ เป็นประธานการประชุมพนักงานทุกระดับ ครั้งที่ 1/2564 ณ ห้องประชุมชั้น 21 "
        "อาคารชาญอิสสระทาวเวอร์ 2 และผ่านระบบ Conference ไปยังสำนักงานสาขา และกลุ่มพนักงานที่ Work from Home "
        "เมื่อวันที่ 18 กุมภาพันธ์ 2564 โดยกล่าวขอบคุณพนักงาน"
    )
    (meeting,) = meetings(text)
    assert fields(meeting)[:2] == (1, "2021-02-18")
    assert meeting.venue.text == "ห้องประชุมชั้น 21 อาคารชาญอิสสระทาวเวอร์ 2"


def test_a_date_after_a_purpose_clause_is_not_the_meetings():
    text = (
        "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการจัดงาน ครั้งที่ 2/2567 ณ ห้องประชุม 1 กระทรวงพาณิชย์ "
        "เพื่อเตรียมการจัดงานแสดงสินค้า ในวันที่ 5 ธันวาคม 2567"
    )
    (meeting,) = meetings(text)
    assert meeting.date is None


def test_back_reference_range_replaces_the_opening_day():
    text = (
        "วันนี้ (14 มิถุนายน 2566) ที่โรงแรมบีพี สมิหลา บีช จังหวัดสงขลา นายสมชาย ใจดี ปลัดกระทรวงสาธารณสุข "
        "เปิดการประชุมวิชาการพยาบาลชุมชน ระดับชาติ ครั้งที่ 15 พร้อมมอบโล่เชิดชูเกียรติ\n"
        "สำหรับการประชุมครั้งนี้ จัดขึ้นระหว่างวันที่ ๑๓-๑๕ มิถุนายน ๒๕๖๖ มีวัตถุประสงค์เพื่อพัฒนาความรู้"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (
        15,
        "2023-06-13",
        "2023-06-15",
        "โรงแรมบีพี สมิหลา บีช จังหวัดสงขลา",
        "TH",
    )


def test_nameless_meeting_with_a_range_joins_the_meeting_before_it():
    text = (
        "วันนี้ (9 มิถุนายน 2564) ณ สำนักงานใหญ่ องค์การสหประชาชาติ สหรัฐอเมริกา นายสมชาย ใจดี นายกรัฐมนตรี "
        "ร่วมกล่าวถ้อยแถลงในการประชุมระดับสูงว่าด้วยโรคเอดส์ (High Level Meeting on HIV/AIDS) ผ่านระบบการประชุมทางไกล\n"
        "ปีนี้มีกำหนดการประชุมระหว่างวันที่ 8-10 มิถุนายน 2564 ณ สำนักงานใหญ่ องค์การสหประชาชาติ "
        "นครนิวยอร์ก สหรัฐอเมริกา"
    )
    (meeting,) = meetings(text)
    assert (meeting.date.date, meeting.date.end_date) == ("2021-06-08", "2021-06-10")
    assert meeting.country == "US"


def test_yesterday_in_parentheses_dates_the_meeting():
    text = (
        "นายสมชาย ใจดี กล่าวว่า ในการประชุมขับเคลื่อนภารกิจสำคัญของกระทรวงมหาดไทย เมื่อวานนี้ (8 ก.ย. 66) "
        "มีผู้ว่าราชการจังหวัดทั่วประเทศร่วมประชุม"
    )
    (meeting,) = meetings(text)
    assert meeting.date.date == "2023-09-08"


def test_future_meeting_named_by_its_purpose():
    text = (
        "คณะกรรมการนโยบายรับทราบแล้ว โดยจะมีการประชุมเพื่อสรุปรูปแบบของโครงการ ในวันพุธที่ 10 เมษายน 2567 ต่อไป"
    )
    (meeting,) = meetings(text)
    assert meeting.date.date == "2024-04-10"


def test_cancelled_meeting_is_none():
    text = "จนทำให้มีการยกเลิกการประชุมถอนสิทธิการส่งเสริมการลงทุน ข้อเท็จจริงคือในวันนี้ (4 เมษายน 2568) ได้ลงนาม"
    assert meetings(text) == []


# --- cabinet meetings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("ที่ประชุมคณะรัฐมนตรี หรือ ครม.มีมติเมื่อวันที่ 20 ธันวาคม 2565 เห็นชอบมาตรการ", "2022-12-20"),
        ("ที่ประชุมคณะรัฐมนตรี(ครม.) วันที่ 20 มิ.ย. 66 ได้อนุมัติหลักการร่างกฎกระทรวง", "2023-06-20"),
        ("ที่ประชุม ครม. (28 พ.ย. 66) เห็นชอบในหลักการการดำเนินมาตรการ", "2023-11-28"),
    ],
)
def test_cabinet_meeting_dated_right_after_its_name(sentence, date):
    text = f"นางสาวสมศรี ดีงาม รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า {sentence}"
    (meeting,) = meetings(text)
    assert fields(meeting) == (None, date, None, None, None)


def test_cabinet_as_an_addressee_is_no_meeting():
    text = "กระทรวงจะนำเรื่องเสนอต่อที่ประชุมคณะรัฐมนตรีพิจารณาต่อไป และเสนอต่อคณะรัฐมนตรี (ครม.) ภายในเดือนนี้"
    assert meetings(text) == []


def test_two_cabinet_days_are_two_meetings():
    text = (
        "ที่ประชุมคณะรัฐมนตรี (ครม.) วันที่ 5 ก.ย. 66 เห็นชอบหลักการ และที่ประชุม ครม. (12 ก.ย. 66) อนุมัติงบประมาณ"
    )
    dates = sorted(m.date.date for m in meetings(text))
    assert dates == ["2023-09-05", "2023-09-12"]


# --- several meetings in one sentence ----------------------------------------------------------


def test_bilateral_meeting_before_a_numbered_one_in_the_same_sentence():
    text = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กล่าวว่า วันนี้ (29 ก.ย. 63) "
        "ได้มีการประชุมหารือทวิภาคีกับรัฐมนตรีสิงคโปร์ ผ่านระบบการประชุมทางไกล เพื่อเตรียมการก่อนการประชุม"
        "รัฐมนตรีอาเซียนด้านความมั่นคงปลอดภัยไซเบอร์ ครั้งที่ 5 ที่กำหนดจัดขึ้นระหว่างวันที่ 5 - 9 ตุลาคม 2563 "
        "ผ่านระบบการประชุมทางไกล"
    )
    first, second = meetings(text)
    assert fields(first) == (None, "2020-09-29", None, "ผ่านระบบการประชุมทางไกล", None)
    assert fields(second) == (5, "2020-10-05", "2020-10-09", "ผ่านระบบการประชุมทางไกล", None)


# --- online venues -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "venue"),
    [
        ("ผ่านระบบวิดีโอกับประธานชมรม อสม. ทั่วประเทศ", "ผ่านระบบวิดีโอ"),
        ("ผ่านสื่ออิเล็กทรอนิกส์ (Zoom Meeting)", "ผ่านสื่ออิเล็กทรอนิกส์ (Zoom Meeting)"),
    ],
)
def test_online_venues(phrase, venue):
    text = f"นายสมชาย ใจดี ปลัดกระทรวงสาธารณสุข ได้ประชุมทางไกล{phrase} เมื่อวันที่ 13 พฤษภาคม 2564"
    (meeting,) = meetings(text)
    assert meeting.venue.text == venue
    assert meeting.venue.online is True and meeting.country is None


def test_online_phrases_side_by_side_are_one_place():
    text = (
        "ในวันพฤหัสบดีที่ 11 พฤศจิกายน 2564 กระทรวงยุติธรรม ได้จัดการประชุมคณะผู้แทนไทยฯ เพื่อเตรียมความพร้อม "
        "โดยดำเนินการในรูปแบบออนไลน์ ผ่านทาง Application Cisco Webex Meetings ซึ่งมีผู้แทนเข้าร่วม"
    )
    (meeting,) = meetings(text)
    assert meeting.date.date == "2021-11-11"
    assert meeting.venue.text == "ในรูปแบบออนไลน์ ผ่านทาง Application Cisco Webex Meetings"


def test_online_place_alone_without_number_or_date_is_no_meeting():
    text = "หน่วยงานของรัฐจำเป็นต้องจัดประชุมผ่านสื่ออิเล็กทรอนิกส์ เพื่อให้การจัดซื้อจัดจ้างดำเนินการต่อไปได้"
    assert meetings(text) == []


def test_physical_place_of_any_mention_beats_an_online_one():
    text = (
        "บริษัทจัดการประชุมพนักงานทุกระดับ ครั้งที่ 1/2564 และผ่านระบบ Conference ไปยังสำนักงานสาขา\n"
        "นายสมชาย ใจดี เป็นประธานการประชุมพนักงานทุกระดับ ครั้งที่ 1/2564 ณ สำนักงานใหญ่ ห้องประชุมชั้น 21"
    )
    (meeting,) = meetings(text)
    assert meeting.venue.text == "สำนักงานใหญ่ ห้องประชุมชั้น 21"
    assert meeting.venue.online is False


# --- venue phrases -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "venue",
    [
        "อัปสรา บีชฟร้อนท์ รีสอร์ต แอนด์ วิลล่า อ.ตะกั่วป่า จ.พังงา",
        "ตึกสันติไมตรี (หลังนอก) ทำเนียบรัฐบาล",
        "สำนักงานใหญ่องค์การอนามัยโลก (WHO) นครเจนีวา สมาพันธรัฐสวิส",
        "บริษัท ซีอาร์ซี ไทวัสดุ จำกัด สาขาเพชรบุรี ตำบลสมอพลือ อำเภอบ้านลาด จังหวัดเพชรบุรี",
    ],
)
def test_multiword_venue_names_and_inner_glosses(venue):
    text = f"การประชุมคณะทำงานด้านการค้า ครั้งที่ 5 ณ {venue} โดยมีผู้แทนเข้าร่วม"
    (meeting,) = meetings(text)
    assert meeting.venue.text == venue


def test_thai_gloss_at_the_end_of_a_venue_is_dropped():
    text = "การประชุมคณะทำงานด้านการค้า ครั้งที่ 5 ณ ห้องประชุม 1 กระทรวงการคลัง (กค.) โดยมีผู้แทนเข้าร่วม"
    (meeting,) = meetings(text)
    assert meeting.venue.text == "ห้องประชุม 1 กระทรวงการคลัง"


def test_na_glued_to_the_word_before():
    text = (
        "ร้อยเอก สมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมติดตามสถานการณ์"
        "การเพาะปลูกข้าวหอมมะลิ และฟังบรรยายสรุปผลการปฏิบัติการฝนหลวงณ สหกรณ์การเกษตรเกษตรวิสัย "
        "อำเภอเกษตรวิสัย จังหวัดร้อยเอ็ด ว่า กระทรวงได้ช่วยเหลือเกษตรกร"
    )
    (meeting,) = meetings(text)
    assert meeting.venue.text == "สหกรณ์การเกษตรเกษตรวิสัย อำเภอเกษตรวิสัย จังหวัดร้อยเอ็ด"
    assert meeting.country == "TH"


def test_na_starting_a_name_is_no_venue_marker():
    text = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม พร้อมด้วย นายณัฐพล ณัฏฐสมบูรณ์ "
        "รองปลัดกระทรวงฯ ได้เข้าร่วมการประชุม GSMA Ministerial Programme ณ นครบาร์เซโลนา ราชอาณาจักรสเปน"
    )
    (meeting,) = meetings(text)
    assert meeting.venue.text == "นครบาร์เซโลนา ราชอาณาจักรสเปน"
    assert meeting.country == "ES"


def test_relative_clause_after_ที่_is_no_venue():
    text = "วันนี้ (13 มกราคม 2568) นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการนโยบาย ว่า ตามที่รัฐบาลได้แถลงนโยบาย"
    (meeting,) = meetings(text)
    assert meeting.venue is None


def test_workshop_with_a_thai_digit_range():
    text = (
        "นายสมชาย ใจดี อธิบดีกรมพัฒนาชุมชน เป็นประธานเปิดการประชุมเชิงปฏิบัติการพัฒนาศักยภาพผู้นำชุมชน "
        "ระหว่างวันที่ ๓๑ สิงหาคม – ๑ กันยายน ๒๕๖๓ ณ โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลพลาซา ลาดพร้าว กรุงเทพฯ"
    )
    (meeting,) = meetings(text)
    assert fields(meeting)[1:3] == ("2020-08-31", "2020-09-01")
    assert meeting.venue.text.startswith("โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลพลาซา")


# --- session numbers ---------------------------------------------------------------------------


def test_assembly_with_a_session_number_is_a_meeting():
    text = (
        "ตามมติที่ประชุมคณะกรรมการระหว่างรัฐบาลว่าด้วยการสงวนรักษามรดกวัฒนธรรม ครั้งที่ 19 "
        "ณ เมืองอะซุนซิออง สาธารณรัฐปารากวัย"
    )
    (meeting,) = meetings(text)
    assert (meeting.number, meeting.country) == (19, "PY")
    # without a number the assembly stays no meeting
    assert meetings("ที่ประชุมคณะกรรมการมีมติเห็นชอบ ณ ห้องประชุม 1 กระทรวงการคลัง") == []


def test_two_sittings_joined_by_and():
    text = (
        "รับทราบผลการพิจารณาของคณะกรรมการกลั่นกรองการใช้จ่ายเงินกู้ ในคราวประชุมครั้งที่ 20/2563 "
        "และครั้งที่ 21/2563 ตามที่เสนอ"
    )
    assert sorted(m.number for m in meetings(text)) == [20, 21]


def test_participants_of_a_numbered_meeting():
    text = "ยินดีต้อนรับผู้เข้าร่วมการประชุมเชิงปฏิบัติการ STS Forum ASEAN-Japan ครั้งที่ 8 ณ กรุงเทพฯ"
    (meeting,) = meetings(text)
    assert (meeting.number, meeting.venue.text) == (8, "กรุงเทพฯ")
    assert meetings("คาดว่าจะมีผู้เข้าร่วมประชุมจาก 73 ประเทศ ณ ศูนย์ประชุมสหประชาชาติ") == []


def test_a_count_of_meetings_and_an_after_the_meeting_clause_are_no_meetings():
    text = (
        "วันนี้ (19 ธันวาคม 2566) โฆษกเปิดเผยผลการเดินทางเยือนญี่ปุ่น ระหว่างวันที่ 15 - 18 ธันวาคม 2566 ว่า "
        "นายกรัฐมนตรีได้เข้าร่วมการประชุมสำคัญ 3 การประชุม ซึ่งเป็นประโยชน์ต่อการค้า"
    )
    assert meetings(text) == []
    text = "ภายหลังการประชุม คณะได้ลงพื้นที่ตรวจเยี่ยมด่านศุลกากรสะเดาแห่งใหม่ในวันที่ 16 กุมภาพันธ์ 2566"
    assert meetings(text) == []


def test_online_venue_keeps_its_screen():
    text = "การประชุมคณะกรรมการความร่วมมือ ครั้งที่ 29 ผ่านระบบการประชุมทางไกลผ่านจอภาพ เมื่อวันที่ 24 มีนาคม 2566"
    (meeting,) = meetings(text)
    assert meeting.venue.text == "ผ่านระบบการประชุมทางไกลผ่านจอภาพ"


def test_cabinet_resolving_today():
    text = (
        "วันนี้ (12 มีนาคม 2567) นางสาวสมศรี ดีงาม รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า "
        "ที่ประชุม ครม. มีมติให้ความเห็นชอบร่างหนังสือแสดงความประสงค์"
    )
    (meeting,) = meetings(text)
    assert meeting.date.date == "2024-03-12"
    text = "นางสาวสมศรี ดีงาม รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุม ครม. มีมติให้ความเห็นชอบ"
    assert meetings(text) == []


def test_a_long_parenthesis_is_no_gloss_of_the_place():
    text = (
        "การประชุมคณะทำงาน ครั้งที่ 4 ณ กรุงมะนิลา สาธารณรัฐฟิลิปปินส์ (ผู้ควบคุมโครงการฯ ของฝ่ายสหภาพยุโรป) "
        "เสนอให้จัดทำหนังสือแลกเปลี่ยน"
    )
    (meeting,) = meetings(text)
    assert (meeting.venue.text, meeting.country) == ("กรุงมะนิลา สาธารณรัฐฟิลิปปินส์", "PH")


NEWS_HEADER = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อข่าว\n\n\nวันอังคารที่ 4 กรกฎาคม 2566\nพิมพ์\nหัวข้อข่าว\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "วันนี้ เวลา 08.30 น. ณ บริเวณโถงกลาง ตึกบัญชาการ 1 ก่อนการประชุม ครม. นายกรัฐมนตรีให้สัมภาษณ์",
        "วันนี้ (4 ก.ค. 66) เวลา 08.30 น. ก่อนประชุม ครม. นายกรัฐมนตรีให้สัมภาษณ์สื่อมวลชน",
    ],
)
def test_before_the_cabinet_meeting_today(sentence):
    (meeting,) = meetings(NEWS_HEADER + sentence + "\n")
    assert fields(meeting) == (None, "2023-07-04", None, None, None)


def test_cabinet_meeting_to_come_is_undated():
    text = NEWS_HEADER + "นายกรัฐมนตรีกล่าวว่า จะนำเรื่องนี้เสนอในการประชุม ครม. ครั้งต่อไป\n"
    assert meetings(text) == []


def test_meeting_named_by_an_abbreviation_after_a_space():
    text = (
        "โฆษก ศบค. เผยว่าในวันจันทร์ที่ 16 สิงหาคม 2564 จะมีการประชุม ศบค. ชุดใหญ่โดยมีนายกรัฐมนตรี "
        "เป็นประธานการประชุม"
    )
    (meeting,) = meetings(text)
    assert meeting.date.date == "2021-08-16"


def test_meeting_name_wrapped_onto_the_numbers_line():
    text = (
        "คณะรัฐมนตรีมีมติรับทราบ\nเรื่อง ผลการประชุมคณะกรรมาธิการร่วมเพื่อความร่วมมือทวิภาคีไทย - อินเดีย\nครั้งที่ 10\n"
    )
    (meeting,) = meetings(text)
    assert meeting.number == 10
    text = "คณะรัฐมนตรีมีมติรับทราบผลการประชุม\nซึ่งจัดขึ้นเป็นครั้งที่ 10 ของปี\n"
    assert meetings(text) == []


def test_generic_continuations_are_no_meeting_names():
    text = "ที่ประชุมมีมติกำหนดเวลาประชุมสภา โดยให้เริ่มประชุมตั้งแต่เวลา 09.00 นาฬิกา และกำหนดให้วันที่ 12 ธันวาคม เป็นวันเริ่มสมัย"
    assert meetings(text) == []
    text = "ทั้งนี้ ที่ประชุมได้หารือและพิจารณาในประเด็นตามวาระ ครั้งที่ 2 ต่อไป"
    assert meetings(text) == []


def test_board_name_after_a_space():
    text = (
        "วันนี้ (7 ตุลาคม 2563) เวลา 13.30 น. ณ ตึกภักดีบดินทร์ ทำเนียบรัฐบาล นายสมชาย ใจดี นายกรัฐมนตรี "
        "ได้เป็นประธานการประชุม คณะกรรมการบริหารสถานการณ์เศรษฐกิจ ครั้งที่ 4 โดยมีผู้แทนเข้าร่วม"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (4, "2020-10-07", None, "ตึกภักดีบดินทร์ ทำเนียบรัฐบาล", "TH")


def test_headline_number_joins_the_meeting_the_body_reports():
    text = (
        "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ เป็นประธานประชุม ศบศ. ครั้งที่ 4 มั่นใจการฟื้นตัว\n\n\n"
        "วันพุธที่ 7 ตุลาคม 2563\nพิมพ์\nนายกฯ เป็นประธานประชุม ศบศ. ครั้งที่ 4 มั่นใจการฟื้นตัว\n"
        "วันนี้ (วันที่ 7 ตุลาคม 2563) เวลา 13.30 น. ณ ตึกภักดีบดินทร์ ทำเนียบรัฐบาล นายสมชาย ใจดี นายกรัฐมนตรี "
        "ได้เป็นประธานการประชุม คณะกรรมการบริหารสถานการณ์เศรษฐกิจจากผลกระทบ โดยมีผู้แทนเข้าร่วม\n"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (4, "2020-10-07", None, "ตึกภักดีบดินทร์ ทำเนียบรัฐบาล", "TH")


def test_attending_a_meeting_is_a_cue():
    text = (
        "วันนี้ (5 มีนาคม 2567) นายสมชาย ใจดี ปลัดกระทรวงการคลัง เข้าประชุมหารือแนวทางการบริหารหนี้สาธารณะ "
        "โดยมีผู้แทนหน่วยงานเข้าร่วม"
    )
    (meeting,) = meetings(text)
    assert meeting.date.date == "2024-03-05"


# --- issue 13r: back-references, purpose-named meetings, events opened as งานประชุม -------------


def test_back_reference_places_the_reported_meeting_however_far():
    names = " ".join(f"นายคนที่{i} ใจดี รองอธิบดีกรมวิชาการเกษตรและสหกรณ์" for i in range(12))
    text = (
        NEWS_HEADER + "นายสมชาย ใจดี ปลัดกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมหารือแนวทางการขยาย"
        f"ช่องทางการกระจายผลผลิตมังคุด โดยมี {names} เข้าร่วมการประชุม ณ ห้องประชุมองค์การตลาด"
        "เพื่อเกษตรกร จตุจักร กรุงเทพฯ\n"
    )
    (meeting,) = meetings(text)
    assert meeting.venue is not None
    assert meeting.venue.text.startswith("ห้องประชุมองค์การตลาดเพื่อเกษตรกร")


def test_meeting_named_by_its_purpose_is_placed_later():
    text = (
        NEWS_HEADER + "นายสมชาย ใจดี รองปลัดกระทรวงเกษตรและสหกรณ์ ร่วมประชุมเพื่อติดตามความก้าวหน้า"
        "การจัดทำฐานข้อมูลกลางของกระทรวงเกษตรและสหกรณ์ พร้อมด้วยผู้แทนหน่วยงานในสังกัด"
        "เข้าร่วม ณ ห้องประชุม 123 กระทรวงเกษตรและสหกรณ์\n"
    )
    (meeting,) = meetings(text)
    assert meeting.venue is not None and meeting.venue.text.startswith("ห้องประชุม 123")


def test_opening_an_event_called_a_meeting_is_a_cue():
    text = (
        NEWS_HEADER + "วันนี้ (4 ก.ค. 66) เวลา 09.30 น. นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวง"
        "ทรัพยากรธรรมชาติและสิ่งแวดล้อม เป็นประธานเปิดงานประชุมระดับโลก GC Circular Living "
        "Symposium 2020 ร่วมมือกันเพื่อวันพรุ่งนี้\n"
    )
    (meeting,) = meetings(text)
    assert meeting.date is not None and meeting.date.date == "2023-07-04"


def test_meeting_named_by_its_medium_joins_the_reported_meeting():
    text = (
        NEWS_HEADER + "วันนี้ (4 ก.ค. 66) นายสมชาย ใจดี ปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุม"
        "คณะทำงานเพื่อขับเคลื่อนบันทึกความเข้าใจว่าด้วยการยกระดับขีดความสามารถ ครั้งที่ 2\n"
        "โดยมีผู้แทนหน่วยงานร่วมประชุมผ่านโปรแกรม Zoom ณ ห้องประชุมชุณหะวัณ ชั้น 3 "
        "อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม\n"
    )
    (meeting,) = meetings(text)
    assert meeting.number == 2 and meeting.date.date == "2023-07-04"


def test_purpose_named_meeting_after_a_named_one_is_the_same_meeting():
    text = (
        NEWS_HEADER + "นายสมชาย ใจดี เป็นประธานการประชุมคณะอนุกรรมการพัฒนาแพลตฟอร์ม ครั้งที่ 1/2566 "
        "โดยมีผู้แทนหน่วยงานร่วมประชุมเพื่อหารือเกี่ยวกับการขับเคลื่อนแพลตฟอร์ม ณ ห้องประชุม อก. 3\n"
    )
    (meeting,) = meetings(text)
    assert meeting.number == 1


def test_assembly_session_number():
    text = (
        NEWS_HEADER + "นายสมชาย ใจดี นำคณะผู้แทนไทยเข้าร่วมการประชุมใหญ่สหภาพสากลไปรษณีย์ สมัยที่ 28 "
        "ระหว่างวันที่ 8 - 19 กันยายน 2568 ณ นครดูไบ สหรัฐอาหรับเอมิเรตส์\n"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (
        28,
        "2025-09-08",
        "2025-09-19",
        "นครดูไบ สหรัฐอาหรับเอมิเรตส์",
        "AE",
    )


def test_fuller_place_of_another_mention_wins():
    text = (
        NEWS_HEADER + "นายสมชาย ใจดี เข้าร่วมประชุมคณะกรรมการองค์การอนามัยโลกภูมิภาคเอเชียตะวันออกเฉียงใต้ "
        "สมัยที่ 77 ที่อินเดีย\n"
        "การประชุมคณะกรรมการองค์การอนามัยโลกภูมิภาคเอเชียตะวันออกเฉียงใต้ สมัยที่ 77 จัดระหว่างวันที่ "
        "7 – 9 ตุลาคม 2567 ณ กรุงนิวเดลี สาธารณรัฐอินเดีย\n"
    )
    (meeting,) = meetings(text)
    assert meeting.venue.text == "กรุงนิวเดลี สาธารณรัฐอินเดีย" and meeting.country == "IN"


def test_continuing_paragraph_places_the_meeting():
    text = (
        NEWS_HEADER + "วันนี้ (4 ก.ค. 66) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานการประชุม"
        "คณะกรรมการนโยบายการบริหารจัดการการทำงานของคนต่างด้าว (คบต.) ครั้งที่ 4/2566\n"
        "โดยมีนายสมศักดิ์ ใจงาม ปลัดกระทรวงแรงงาน และหน่วยงานที่เกี่ยวข้องร่วมประชุม ณ ห้องประชุม "
        "ศ.นิคม จันทรวิทุร ชั้น 5 อาคารกระทรวงแรงงาน\n"
    )
    (meeting,) = meetings(text)
    assert meeting.number == 4 and meeting.venue is not None
    assert meeting.venue.text.startswith("ห้องประชุม ศ.นิคม")


def test_board_assembly_acting_is_its_meeting():
    text = (
        NEWS_HEADER + "นางสาวสมหญิง ใจดี รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า วันนี้ (4 ก.ค.) "
        "ที่ประชุมคณะกรรมการส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ ซึ่งรองนายกรัฐมนตรีเป็นประธาน "
        "ได้พิจารณาแนวทางการส่งเสริมการมีงานทำ\n"
    )
    (meeting,) = meetings(text)
    assert meeting.date is not None and meeting.date.date == "2023-07-04"


def test_an_earlier_boards_resolution_is_no_meeting():
    text = (
        NEWS_HEADER + "วันนี้ (4 ก.ค. 66) นายสมชาย ใจดี ลงพื้นที่ติดตามโครงการ "
        "ตามมติที่ประชุมคณะกรรมการส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ ที่ให้เร่งรัดการดำเนินงาน\n"
    )
    assert meetings(text) == []


def test_back_reference_places_the_meeting_past_a_break_word():
    text = (
        NEWS_HEADER + "วันนี้ (4 ก.ค. 66) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติ "
        "เป็นประธานการประชุมผู้บริหารกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม เรื่อง นโยบายรัฐบาล "
        "นอกจากนี้ ได้พิจารณาหารือกรอบการปรับปรุงโครงสร้าง โดยมี ผู้บริหารระดับสูง "
        "เข้าร่วมการประชุม ณ ห้องคอนเวนชั่น 3 โรงแรมอวานี จังหวัดขอนแก่น\n"
    )
    (meeting,) = meetings(text)
    assert meeting.venue is not None and meeting.venue.text.startswith("ห้องคอนเวนชั่น 3")


def test_second_day_joined_to_a_meetings_day_is_a_second_sitting():
    text = (
        NEWS_HEADER + "ที่ประชุมได้ติดตามความคืบหน้าการดำเนินการตามผลการประชุมติดตามนโยบายของรัฐมนตรี"
        "ว่าการกระทรวงคมนาคม เรื่องโครงการรถไฟทางคู่ เมื่อวันที่ 31 มีนาคม 2564 และเมื่อวันที่ "
        "6 พฤษภาคม 2564 ที่รัฐมนตรีได้มอบหมาย\n"
    )
    days = sorted(m.date.date for m in meetings(text))
    assert days == ["2021-03-31", "2021-05-06"]


def test_nameless_meeting_of_another_day_is_its_own_meeting():
    text = (
        NEWS_HEADER + "นายสมชาย ใจดี เข้าร่วมการประชุมสภาบริหารของสหภาพสากลไปรษณีย์ ครั้งที่ 2 "
        "ระหว่างวันที่ 6 - 8 พฤศจิกายน 2567 ณ กรุงเบิร์น สมาพันธรัฐสวิส\n"
        "ทั้งนี้ คณะรัฐมนตรีในคราวการประชุมเมื่อวันที่ 5 พฤศจิกายน 2567 อนุมัติให้ประเทศไทยสมัคร"
        "รับเลือกตั้ง\n"
    )
    days = sorted(m.date.date for m in meetings(text))
    assert days == ["2024-11-05", "2024-11-06"]


def test_tomorrows_cabinet_meeting_is_dated_from_the_header():
    text = (
        NEWS_HEADER + "นายกรัฐมนตรีกล่าวว่า เรื่องดิจิทัลวอลเล็ต เตรียมนำเข้าที่ประชุมคณะรัฐมนตรีในวันพรุ่งนี้ "
        "เพื่อพิจารณา\n"
    )
    (meeting,) = meetings(text)
    assert meeting.date.date == "2023-07-05"


def test_the_stage_of_a_meeting_is_a_cue():
    text = NEWS_HEADER + "วันนี้ (4 ก.ค. 66) นายกรัฐมนตรีชี้แจงในเวทีการประชุมสภาฯ ถึงการดำเนินงานของรัฐบาล\n"
    (meeting,) = meetings(text)
    assert meeting.date.date == "2023-07-04"


def test_meeting_joined_to_a_cue_verbs_object_shares_the_cue():
    text = (
        NEWS_HEADER + "วันที่ 4 ก.ค. 66 เวลา 13.00 น. ณ ห้องพิจิตรา แกรนด์บอลรูม โรงแรมเมย์ฟลาวเวอร์ แกรนด์ "
        "จังหวัดพิษณุโลก นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม เป็นประธานเปิดโครงการอบรม"
        "พัฒนาศักยภาพสตรีและการประชุมเชิงปฏิบัติการสมัชชาสตรีจังหวัดพิษณุโลก\n"
    )
    (meeting,) = meetings(text)
    assert meeting.date.date == "2023-07-04"
    assert meeting.venue.text.startswith("ห้องพิจิตรา")


def test_a_place_ending_with_a_thai_province_is_in_thailand():
    text = (
        NEWS_HEADER + "นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการพัฒนาสตรี ครั้งที่ 2/2566 "
        "ณ ห้องพิจิตรา โรงแรมเมย์ฟลาวเวอร์ แกรนด์ จังหวัดพิษณุโลก\n"
    )
    (meeting,) = meetings(text)
    assert meeting.country == "TH"


def test_online_place_with_two_kind_words():
    text = (
        NEWS_HEADER + "นายสมชาย ใจดี ร่วมการประชุมคณะทำงานส่งเสริมการปลูกพืชสมุนไพร ครั้งที่ 1/2564 "
        "ผ่านระบบโปรแกรม Cisco Webex Meeting โดยมีผู้แทนหน่วยงานเข้าร่วม\n"
    )
    (meeting,) = meetings(text)
    assert meeting.venue is not None and meeting.venue.online
    assert meeting.venue.text.startswith("ผ่านระบบโปรแกรม Cisco Webex")


def test_a_building_named_after_a_person_goes_on_past_the_name():
    # "อาคาร 50 ปี <person>": the person is whom the building is named after, not where it ends.
    text = (
        "วันนี้ (6 สิงหาคม 2567) เวลา 10.00 น. ณ อาคาร 50 ปี หม่อมราชวงศ์สมศักดิ์ ใจงาม กรมทางหลวง "
        "ถนนศรีอยุธยา เขตราชเทวี กรุงเทพฯ นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม "
        "เป็นประธานการประชุมติดตามความก้าวหน้าโครงการก่อสร้างทางหลวง"
    )
    (meeting,) = meetings(text)
    assert meeting.venue.text == (
        "อาคาร 50 ปี หม่อมราชวงศ์สมศักดิ์ ใจงาม กรมทางหลวง ถนนศรีอยุธยา เขตราชเทวี กรุงเทพฯ"
    )
    assert meeting.country == "TH"


def test_a_sentence_wrapped_onto_the_next_line_keeps_its_place_and_day():
    # Pages of 2020-2022 break lines mid-sentence: the place and the day sit on the next line.
    text = HEADER + (
        "นายสมชาย ใจดี รองปลัดกระทรวงมหาดไทย เข้าร่วมการประชุมคณะทำงานด้านการบริหารจัดการ\n"
        "และติดตามสถานการณ์ภัยแล้ง ระหว่างวันที่ 3 - 4 มีนาคม 2564 ณ ศาลากลางจังหวัดขอนแก่น "
        "โดยมีผู้แทนหน่วยงานที่เกี่ยวข้องเข้าร่วม\n"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (
        None,
        "2021-03-03",
        "2021-03-04",
        "ศาลากลางจังหวัดขอนแก่น",
        "TH",
    )


def test_a_paragraph_opening_with_its_own_day_is_no_wrapped_sentence():
    # "เมื่อวันที่ ..." opens a paragraph of its own: its place is not the meeting's above.
    text = HEADER + (
        "นายสมชาย ใจดี รองปลัดกระทรวงมหาดไทย เข้าร่วมการประชุมคณะทำงานด้านการบริหารจัดการ\n"
        "เมื่อวันที่ 3 มีนาคม 2564 ณ ศาลากลางจังหวัดขอนแก่น มีการแจกจ่ายน้ำให้ประชาชน\n"
    )
    assert [fields(m) for m in meetings(text)] == []


def test_a_date_line_alone_opens_the_paragraph_after_it():
    # "วันนี้ (...) เวลา ..." on a line of its own: the next line's meeting is that day's.
    text = HEADER + (
        "วันนี้ (13 กันยายน 2563) เวลา 09.00 น.\n"
        "นายสมชาย ใจดี รัฐมนตรีประจำสำนักนายกรัฐมนตรี "
        "เป็นประธานการประชุมติดตามการดำเนินงานและมอบนโยบายเชียงใหม่ไนท์ซาฟารี โดยมีผู้บริหารเข้าร่วม\n"
    )
    (meeting,) = meetings(text)
    assert fields(meeting) == (None, "2020-09-13", None, None, None)


def test_meetings_held_alongside_share_the_hosts_place():
    # "... ครั้งที่ 5 และการประชุมอื่นที่เกี่ยวข้อง ณ X": a placeless meeting days later is at X too.
    text = HEADER + (
        "วันนี้ (20 มิถุนายน 2566) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ "
        "เข้าร่วมการประชุมรัฐมนตรีเศรษฐกิจอาเซียน ครั้งที่ 5 และการประชุมอื่นที่เกี่ยวข้อง "
        "ณ กรุงจาการ์ตา สาธารณรัฐอินโดนีเซีย\n"
        "นายสมชาย ยังได้เข้าร่วมการประชุมหารือทวิภาคีด้านการค้าไทย-ญี่ปุ่น "
        "เมื่อวันที่ 18 มิถุนายน 2566\n"
    )
    assert sorted((f[1], f[3], f[4]) for f in map(fields, meetings(text))) == [
        ("2023-06-18", "กรุงจาการ์ตา สาธารณรัฐอินโดนีเซีย", "ID"),
        ("2023-06-20", "กรุงจาการ์ตา สาธารณรัฐอินโดนีเซีย", "ID"),
    ]


def test_the_online_medium_before_the_day_ends_the_name_and_places_the_meeting():
    # A wrapped sentence (2020-2022 pages): "... การประชุม X" / "โดยมี... ผ่านระบบ... ในวันที่ ...".
    text = HEADER + (
        "นายสมชาย ใจดี รองอธิบดีกรมเจ้าท่า บรรยายในระหว่างการประชุมเชิงปฏิบัติการระดับภูมิภาค"
        "ว่าด้วยการขนส่งทางทะเล\n"
        "โดยมีผู้แทนกลุ่มประเทศหมู่เกาะแปซิฟิก เข้าร่วมประชุม ผ่านระบบการประชุมทางไกล ในวันที่ 23 มีนาคม 2564\n"
    )
    (meeting,) = meetings(text)
    assert meeting.name.endswith("เข้าร่วมประชุม")  # the medium ends the (wrapped) name
    assert fields(meeting)[1:4] == ("2021-03-23", None, "ผ่านระบบการประชุมทางไกล")
