"""A royal occasion's own day is no meeting's day (round q37, meeting_other_day_leads.txt): "...เนื่องใน
โอกาสวันเฉลิมพระชนมพรรษา พระบาทสมเด็จพระเจ้าอยู่หัว วันที่ 28 กรกฎาคม 2568" dates the birthday the
project honours, not the meeting that prepares it; the meeting keeps the day its paragraph gives.
3 of 358 archive briefs with such a day near a meeting change, all rightly. Short Thai texts written
for the test."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันจันทร์ที่ 14 กรกฎาคม 2568"


def test_the_birthday_does_not_date_the_meeting():
    dates = [
        meeting[2]
        for meeting in meeting_values(
            "เมื่อวันที่ 12 กรกฎาคม 2568 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย เป็นประธาน"
            "การประชุมหารือเตรียมความพร้อมการดำเนินโครงการปลูกป่า เนื่องในโอกาสวันเฉลิมพระชนมพรรษา"
            " พระบาทสมเด็จพระเจ้าอยู่หัว วันที่ 28 กรกฎาคม 2568\n",
            PUBLISHED,
        )
    ]
    assert dates == ["2025-07-12"]
