"""A deadline is no meeting's day (round q32, meeting_other_day_leads.txt): "ก่อนวันที่ 2 พฤศจิกายน",
"ภายในวันที่ ...", "ไม่เกินวันที่ ..." give the day by which something is to be done. 2 of 422
archive briefs with such a day near a meeting change, both rightly. Short Thai texts written for
the test."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันพุธที่ 25 ตุลาคม 2566"


def dates(body: str) -> list[str | None]:
    return [meeting[2] for meeting in meeting_values(body + "\n", PUBLISHED)]


def test_a_deadline_does_not_date_the_meeting_to_be_held():
    assert "2023-11-02" not in dates(
        "ที่ประชุมมอบหมายให้กองทุนยุติธรรมจัดประชุมเชิงปฏิบัติการ (WorkShop) เพื่อรับฟังความคิดเห็น"
        "ของเครือข่ายก่อนวันที่ ๒ พฤศจิกายน ๒๕๖๖ และให้รายงานผลต่อที่ประชุม"
    )


def test_a_meeting_on_the_day_named_is_still_dated():
    assert dates(
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงยุติธรรม เป็นประธานการประชุมคณะอนุกรรมการด้านกฎหมาย"
        " เมื่อวันที่ ๒๐ ตุลาคม ๒๕๖๖ ณ ห้องประชุม ๑๐-๐๑ อาคารกระทรวงยุติธรรม"
    ) == ["2023-10-20"]
