"""A meeting only the headline reports (round q27). A headline mention used to count only when
the body said it too; a brief whose body names no meeting at all ("พล.อ.X ร่วมประชุม ศปช.ส่วนหน้า
ณ อ.แม่สาย" as its headline, the body about what was discussed) lost its meeting. Of the 394
archive briefs with ประชุม in the title and no meeting, 22 now get the headline's. Short Thai
texts written for the test, through the components the meetings need."""

from __future__ import annotations

from component_support import meetings

PUBLISHED = "วันพุธที่ 9 ตุลาคม 2567"


def page(headline: str, body: str) -> str:
    """A thaigov page whose headline (title line and its repeat under the date) is `headline`."""
    return f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{headline}\n\n\n{PUBLISHED}\n{headline}\n{body}\n"


def places(text: str) -> list[str | None]:
    return [m.venue.text if m.venue else None for m in meetings(text)]


def test_a_meeting_only_the_headline_names_counts_with_its_place():
    text = page(
        "พล.อ.สมชาย ใจดี รมช.กห. ร่วมประชุม ศปช.ส่วนหน้า ณ อ.แม่สาย เพื่อแลกเปลี่ยนข้อมูล",
        "เช่น ประเด็นจ้างแรงงานและการจ่ายน้ำประปาเข้าบ้านประชาชน รวมทั้งติดตามงานกับหน่วยทหารที่ปฏิบัติงานในพื้นที่",
    )
    assert places(text) == ["อ.แม่สาย"]


def test_a_headline_meeting_the_body_reports_stays_one_meeting():
    text = page(
        "รมว.แรงงาน ประชุมคณะกรรมการพัฒนาฝีมือแรงงาน ณ กระทรวงแรงงาน",
        "วันนี้ (9 ตุลาคม 2567) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานการประชุม"
        "คณะกรรมการพัฒนาฝีมือแรงงาน ณ ห้องประชุมกระทรวงแรงงาน ชั้น 4",
    )
    assert places(text) == ["ห้องประชุมกระทรวงแรงงาน ชั้น 4"]


def test_a_headline_mention_with_neither_day_nor_place_is_no_meeting():
    text = page(
        "ประชุมหารือแนวทางพัฒนาการท่องเที่ยวไทย เน้นขับเคลื่อน Health Tourism",
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา หารือกับผู้ประกอบการ",
    )
    assert meetings(text) == []


def test_a_convention_centre_named_for_its_meetings_is_no_meeting():
    text = page(
        "รัฐบาลเชิญชวนเที่ยวงาน OTOP City 2023 ระหว่าง 16 - 24 ธันวาคม 2566 ณ ศูนย์การแสดงสินค้าและ"
        "การประชุมอิมแพ็ค เมืองทองธานี",
        "ภายในงานมีสินค้าจากผู้ประกอบการกว่า 2,000 ราย",
    )
    assert meetings(text) == []


def test_a_fair_with_a_conference_is_still_a_meeting():
    # "งานแสดงสินค้าและประชุมวิชาการ X": the conference is held with the fair, not a centre's name
    text = page(
        "EXIM BANK ยกระดับผู้ประกอบการส่งออกภาคใต้",
        "นายสมชาย ใจดี กรรมการผู้จัดการ ร่วมบรรยายในงานแสดงสินค้าและประชุมวิชาการนานาชาติด้านฮาลาล "
        "2567 ณ ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ 60 ปี มหาวิทยาลัยสงขลานครินทร์",
    )
    assert places(text) == ["ศูนย์ประชุมนานาชาติฉลองสิริราชสมบัติครบ 60 ปี มหาวิทยาลัยสงขลานครินทร์"]


def test_the_convention_bureaus_name_is_no_meeting():
    # "สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ (องค์การมหาชน)": TCEB, in 24 archive briefs
    text = page(
        "ทีเส็บร่วมส่งเสริมการท่องเที่ยว",
        "วันนี้ (9 ตุลาคม 2567) สำนักงานส่งเสริมการจัดประชุมและนิทรรศการ (องค์การมหาชน) หรือ ทีเส็บ "
        "ร่วมกับการท่องเที่ยวแห่งประเทศไทย จัดงานส่งเสริมการท่องเที่ยว ณ ศูนย์การค้าสยามพารากอน",
    )
    assert meetings(text) == []
