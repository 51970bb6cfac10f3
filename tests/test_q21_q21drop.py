"""Meeting families of quality round q21 (branch q21drop): a meeting the extractor found and then
merged into another one; synthetic sentences written for the test, asserting record values."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันอังคารที่ 10 มีนาคม 2569"


def test_a_mention_with_its_own_day_or_place_is_another_sitting():
    # today's cabinet, then a session of weeks before with a day of its own
    cabinet = (
        "วันนี้ (10 มี.ค. 69) เวลา 09.00 น. ณ ตึกสันติไมตรี ทำเนียบรัฐบาล นายกรัฐมนตรีเป็นประธาน"
        "การประชุมคณะรัฐมนตรี\n"
        "นายสมชาย ใจดี โฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า จากการที่ได้มีการเสนอในการประชุม"
        "คณะรัฐมนตรีเมื่อวันที่ 13 มกราคม 2569 ว่าให้เร่งรัดการแก้ไขปัญหาหนี้สินเกษตรกร\n"
    )
    days = sorted(d for _, _, d, _ in meeting_values(cabinet, PUBLISHED) if d is not None)
    assert days == ["2026-01-13", "2026-03-10"]
    # one kind of meeting held at two places named apart
    places = (
        "วันที่ 8 มีนาคม 2569 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน ร่วมงานการประชุมใหญ่สามัญ"
        "ประจำปี สหภาพแรงงานผลิตชิ้นส่วนยานยนต์ไทย ณ หอประชุมเทศบาลเมืองพนัสนิคม จังหวัดชลบุรี "
        "และร่วมงานการประชุมใหญ่สามัญประจำปีสหภาพแรงงานอิเล็กทรอนิกส์ไทย ณ อาคารอเนกประสงค์ "
        "เทศบาลตำบลบ้านบึง จังหวัดชลบุรี\n"
    )
    venues = {v for _, _, _, v in meeting_values(places, PUBLISHED)}
    assert venues == {
        "หอประชุมเทศบาลเมืองพนัสนิคม จังหวัดชลบุรี",
        "อาคารอเนกประสงค์ เทศบาลตำบลบ้านบึง จังหวัดชลบุรี",
    }
    # the same day again is the same meeting
    again = (
        "วันนี้ (10 มี.ค. 69) นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการพัฒนาเมืองชายแดน "
        "ณ ห้องประชุมศาลากลางจังหวัดตาก\nโดยการประชุมคณะกรรมการพัฒนาเมืองชายแดนเมื่อวันที่ 10 "
        "มีนาคม 2569 ได้เห็นชอบแผนงาน\n"
    )
    assert len(meeting_values(again, PUBLISHED)) == 1
