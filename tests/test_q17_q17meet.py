"""Meeting families of quality round q17 (branch q17meet): one meeting, one entry. One test per
mechanism, each on synthetic sentences written for the test, asserting the meetings' record
values."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันพฤหัสบดีที่ 12 มีนาคม 2569"


def test_the_paragraphs_today_dates_only_the_meeting_it_reports():
    # "วันนี้" opens the paragraph: the meeting chaired is today's; the later unnumbered mention of
    # who joined and with whom names no other meeting with a day of its own.
    joined = (
        "วันนี้ (12 มีนาคม 2569) เวลา 10.00 น. ณ ศาลากลางจังหวัดลำปาง นายสมชาย ใจดี "
        "รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานประชุมหารือแนวทางการพัฒนาเมืองลำปาง "
        "โดยมี นายสมศักดิ์ รักดี รองปลัดกระทรวงมหาดไทย ร่วมประชุมหารือกับภาคเอกชนในพื้นที่ "
        "เพื่อรับฟังข้อเสนอ\n"
    )
    values = meeting_values(joined, PUBLISHED)
    assert [(name, day) for name, _, day, _ in values] == [
        ("ประชุมหารือแนวทางการพัฒนาเมืองลำปาง", "2026-03-12")
    ]
    # a numbered meeting named later in the paragraph still counts (gold.md v2: its number)
    numbered = (
        "วันนี้ (12 มีนาคม 2569) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานการประชุม"
        "คณะทำงานด้านน้ำของจังหวัดลำปาง ณ ห้องประชุมเวียงละกอน ศาลากลางจังหวัดลำปาง "
        "เพื่อเตรียมข้อมูลเสนอต่อการประชุมคณะกรรมการลุ่มน้ำวัง ครั้งที่ 2/2569 ต่อไป\n"
    )
    assert [number for _, number, _, _ in meeting_values(numbered, PUBLISHED)] == [None, 2]
    # "การประชุมในวันนี้" later refers back to today's meeting, not to the mention in passing
    back = (
        "วันนี้ (12 มีนาคม 2569) เวลา 10.00 น. ณ ห้องประชุมเวียงละกอน ศาลากลางจังหวัดลำปาง "
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เข้าร่วมการประชุมสามฝ่ายระหว่างจังหวัดลำปาง "
        "โดยมี นายสมศักดิ์ รักดี อธิบดีกรมการปกครอง เข้าร่วมการประชุมด้วย ภายหลังเสร็จสิ้นการประชุม "
        "นายสมศักดิ์ได้แถลงข่าว\n"
        "นายสมชายกล่าวว่า การประชุมในวันนี้เป็นการหารือเรื่องการค้าชายแดน\n"
    )
    assert [day for _, _, day, _ in meeting_values(back, PUBLISHED)] == ["2026-03-12"]


def test_a_name_cut_short_with_the_abbreviation_mark_and_a_cabinet_sitting_are_one_meeting():
    # the lead line cuts the name with ฯ; the paragraph gives it in full, with its day and room
    cut = (
        "นายสมชาย ใจดี ปลัดกระทรวงสาธารณสุข เป็นประธานการประชุมชี้แจงแนวทางการดำเนินงานโครงการฯ "
        "ให้กับพื้นที่เป้าหมาย “เมืองสุขภาพดีถ้วนหน้า” ณ ห้องประชุมเวียงละกอน ศาลากลางจังหวัดลำปาง\n"
        "วันนี้ (12 มีนาคม 2569) นายสมชาย ใจดี ปลัดกระทรวงสาธารณสุข เป็นประธานการประชุมชี้แจง"
        "แนวทางการดำเนินงานโครงการยกระดับมาตรฐานการจัดเก็บฐานข้อมูลตัวชี้วัดของเมืองอุตสาหกรรม"
        "เชิงนิเวศ 4.0 แก่ผู้ประกอบการในนิคมอุตสาหกรรมภาคเหนือ โดยมีผู้อำนวยการนิคมเข้าร่วม\n"
    )
    values = meeting_values(cut, PUBLISHED)
    assert [(day, venue) for _, _, day, venue in values] == [
        ("2026-03-12", "ห้องประชุมเวียงละกอน ศาลากลางจังหวัดลำปาง")
    ]
    # a numbered sitting named only by the cabinet's name is the "ที่ประชุม ครม." of its story
    cabinet = (
        "วันนี้ (10 มีนาคม 2569) นายสมชาย ใจดี โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า "
        "ในการประชุมคณะรัฐมนตรี ครั้งที่ 9/2569 วันอังคารที่ 10 มีนาคม 2569 นายกรัฐมนตรีมีข้อสั่งการ "
        "ให้เร่งแก้ไขปัญหาภัยแล้ง\n"
        "รัฐมนตรีว่าการกระทรวงมหาดไทยรายงานว่า จะติดตามการแก้ไขปัญหาในพื้นที่ "
        "และจะนำมารายงานในที่ประชุม ครม. ต่อไป\n"
    )
    values = meeting_values(cabinet, "วันอังคารที่ 10 มีนาคม 2569")
    assert [(number, day) for _, number, day, _ in values] == [(9, "2026-03-10")]
