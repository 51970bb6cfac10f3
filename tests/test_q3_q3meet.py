"""Meeting and venue families of quality round q3 (branch q3meet): one test per mechanism, on
short Thai sentences written for the test."""

from __future__ import annotations

from component_support import PAGE_HEADER, meetings, venues

MARCH_5 = "วันพุธที่ 5 มีนาคม 2568"


def brief(body: str, published: str = MARCH_5) -> str:
    return PAGE_HEADER.format(published=published) + body


# --- online media: "ประชุม" without การ, and the system it runs on joined by ด้วย -------------


def test_online_medium_without_kan_and_its_system_after_duay():
    assert venues(
        brief(
            "นายสมปอง ดีมาก อธิบดีกรมการข้าว เป็นประธานการประชุมคณะทำงานพัฒนาพันธุ์ข้าว ครั้งที่ 2/2568"
            " ผ่านระบบประชุมทางไกล Zoom Meeting โดยมีผู้แทนหน่วยงานเข้าร่วม\n"
        )
    ) == ["ผ่านระบบประชุมทางไกล Zoom Meeting"]
    assert venues(
        brief(
            "นายสมปอง ดีมาก อธิบดีกรมการข้าว เป็นประธานการประชุมคณะทำงานพัฒนาพันธุ์ข้าว"
            " ผ่านการประชุมทางไกล (Video Conference) ด้วยระบบ Webex Meetings โดยมีผู้แทนเข้าร่วม\n"
        )
    ) == ["ผ่านการประชุมทางไกล (Video Conference) ด้วยระบบ Webex Meetings"]


# --- a meeting held "เมื่อสัปดาห์ที่แล้ว" is not dated by the report's วันนี้ ------------------------


def test_a_vague_past_time_leaves_the_meeting_undated():
    text = brief(
        "นายสมปอง ดีมาก อธิบดีกรมการข้าว เปิดเผยวันนี้ ภายหลังเป็นประธานการประชุมคณะทำงานพัฒนาพันธุ์ข้าว"
        " ครั้งที่ 2/2568 ผ่านระบบ Zoom โดยกล่าวว่า ที่ประชุมเห็นชอบแผนงาน\n"
        "การประชุมคณะทำงานพัฒนาพันธุ์ข้าว ครั้งที่ 2/2568 ผ่านระบบ Zoom เมื่อสัปดาห์ที่แล้ว"
        " มีผู้แทนหน่วยงานเข้าร่วม\n"
    )
    [meeting] = meetings(text)
    assert meeting.number == 2
    assert meeting.date is None


# --- "ที่สภา..." closed off is a place (venue_guarded_heads.txt), not part of the meeting's name ---


def test_a_council_after_ti_is_the_meetings_place():
    text = brief(
        "ทั้งนี้ ในวันศุกร์ที่ 7 มีนาคม 2568 จะมีการประชุมคณะกรรมการ กนข. ที่สภาเกษตรกรแห่งชาติ"
        " โดยมีเลขาธิการสภาเกษตรกรแห่งชาติเป็นประธานที่ประชุม\n"
    )
    [meeting] = meetings(text)
    assert meeting.venue is not None and meeting.venue.text == "สภาเกษตรกรแห่งชาติ"
    assert meeting.country == "TH"
    assert meeting.date is not None and meeting.date.date == "2025-03-07"


# --- พรุ่งนี้ counts from the day a relative day written with its date implies ------------------


def test_tomorrow_counts_from_the_day_the_text_was_written():
    text = brief(
        "เมื่อเวลา 20.00 น. โฆษกกระทรวงพาณิชย์ แถลงว่า ในวันพรุ่งนี้ (5 มี.ค. 68) เวลา 10.00 น."
        " รัฐมนตรีจะเดินทางไปตรวจตลาดกลางสินค้าเกษตร\n"
        "โดยพรุ่งนี้ เวลา 14.00 น. จะมีการประชุมคณะกรรมการ กนข. ที่สภาเกษตรกรแห่งชาติ"
        " โดยมีเลขาธิการเป็นประธาน\n"
    )
    [meeting] = meetings(text)
    assert meeting.date is not None and meeting.date.date == "2025-03-05"


# --- a cabinet sitting still to come, on the day that opens its clause ------------------------


def test_a_coming_cabinet_sitting_takes_the_day_before_it():
    text = brief(
        "โฆษกประจำสำนักนายกรัฐมนตรี แถลงว่า ในวันอังคารที่ 11 มีนาคม 2568 เวลา 10.00 น."
        " นายกรัฐมนตรีจะรายงานผลการเดินทางเยือนญี่ปุ่นต่อที่ประชุมคณะรัฐมนตรี (ครม.)\n"
    )
    [meeting] = meetings(text)
    assert meeting.date is not None and meeting.date.date == "2025-03-11"


def test_a_past_proposal_to_the_cabinet_is_still_no_sitting():
    text = brief("เมื่อวันที่ 3 มีนาคม 2568 กระทรวงพาณิชย์ได้เสนอมาตรการดูแลราคาข้าวต่อที่ประชุมคณะรัฐมนตรี\n")
    assert meetings(text) == []


# --- a side event during the trip for a meeting does not date the meeting ---------------------


def test_a_visit_during_the_trip_for_a_meeting_keeps_its_own_day():
    text = brief(
        "เมื่อวันที่ 2 มี.ค. นายสมปอง ดีมาก รัฐมนตรีว่าการกระทรวงศึกษาธิการ ได้พบปะกับครูและนักเรียน"
        " ระหว่างการลงพื้นที่ตรวจราชการในการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2568"
        " ณ จังหวัดน่าน โดยบรรยากาศเป็นไปอย่างเป็นกันเอง\n"
    )
    [meeting] = meetings(text)
    assert meeting.number == 1
    assert meeting.date is None
    assert meeting.venue is not None and meeting.venue.text == "จังหวัดน่าน"


def test_tomorrow_counts_from_a_today_written_with_its_date():
    text = brief(
        "วันนี้ (4 มีนาคม 2568) เวลา 18.00 น. โฆษกกระทรวงพาณิชย์ แถลงว่า รัฐมนตรีได้ตรวจตลาดกลางสินค้าเกษตร\n"
        "โดยพรุ่งนี้ เวลา 14.00 น. จะมีการประชุมคณะกรรมการ กนข. ที่สภาเกษตรกรแห่งชาติ"
        " โดยมีเลขาธิการเป็นประธาน\n"
    )
    [meeting] = meetings(text)
    assert meeting.date is not None and meeting.date.date == "2025-03-05"
