"""Meeting families of quality round q14 (branch q14meet): one test per mechanism, each on
synthetic sentences written for the test, asserting the meetings' record values."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันพฤหัสบดีที่ 12 มีนาคม 2569"


def _days(body: str) -> list[str | None]:
    return [day for _, _, day, _ in meeting_values(body, PUBLISHED)]


def test_a_relative_day_in_the_meetings_clause_dates_it_from_the_header():
    # after the name, in its clause: yesterday counted from the header's date
    after = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย ได้มีการประชุมคณะทำงานด้านน้ำของจังหวัดลำปาง "
        "เมื่อวานนี้ และได้รับฟังรายงานสถานการณ์ภัยแล้งจากหน่วยงานในพื้นที่\n"
    )
    assert _days(after) == ["2026-03-11"]
    # opening the clause before the meeting's verb
    opening = (
        "ราคาผักในตลาดปรับลดลงมาก “เมื่อวานนี้จึงได้มีการเรียกประชุมคณะกรรมการกำกับราคาสินค้าเกษตร "
        "เพื่อหาทางช่วยเหลือเกษตรกรผู้ปลูกผัก”\n"
    )
    assert _days(opening) == ["2026-03-11"]
    # a day after the meeting is named again as past ("หลังการประชุม") is what followed it
    followed = (
        "“เมื่อวานนี้จึงได้มีการเรียกประชุมคณะกรรมการกำกับราคาสินค้าเกษตร เพื่อหาทางช่วยเหลือเกษตรกร "
        "ซึ่งหลังการประชุมดังกล่าว วันนี้ 12 มี.ค. 69 ราคาผักปรับขึ้นมาแล้ว”\n"
    )
    assert _days(followed) == ["2026-03-11"]
    # "ในวันนี้" glued to an abbreviation ending the name: today, the header's date
    glued = (
        "ศูนย์ประสานงานภัยแล้งได้เรียกประชุมฝ่ายเลขานุการของคณะกรรมการ ศปภ.ในวันนี้ เวลา 14.00 น. "
        "เพื่อสรุปข้อมูลก่อนเสนอคณะกรรมการชุดใหญ่\n"
    )
    assert _days(glued) == ["2026-03-12"]


def test_the_day_a_resolution_was_passed_or_a_document_dated_does_not_date_the_meeting():
    # the cabinet's resolution's day, written before the meeting the paragraph reports
    resolution = (
        "เพื่อให้เป็นไปตามมติคณะรัฐมนตรีเมื่อวันที่ 3 มีนาคม 2569 เห็นชอบกรอบงบประมาณ จึงได้มีการประชุม"
        "ร่วมกันระหว่างกรมบัญชีกลางและสำนักงบประมาณ ครั้งที่ 1/2569 เพื่อทบทวนแผนการใช้จ่าย\n"
    )
    assert _days(resolution) == [None]
    # the same in brackets
    bracketed = (
        "ซึ่งเป็นการดำเนินการตามมติคณะรัฐมนตรี (3 มีนาคม 2569) เรื่อง รับทราบผลการประชุมคณะกรรมการ"
        "พัฒนาเมืองชายแดน ครั้งที่ 1/2569\n"
    )
    assert _days(bracketed) == [None]
    # the day a document is dated ("ลงวันที่")
    dated = (
        "ตามประกาศกระทรวงมหาดไทย ลงวันที่ 2 มีนาคม 2569 จึงได้มีการประชุมคณะทำงานจัดระเบียบ"
        "ตลาดชายแดน ครั้งที่ 2/2569 เพื่อกำหนดพื้นที่ค้าขาย\n"
    )
    assert _days(dated) == [None]
