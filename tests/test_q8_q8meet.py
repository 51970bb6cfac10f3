"""Round q8 (q8meet): meeting families found on unannotated briefs (/work/reach), one test per
mechanism, on short Thai texts written for the test, through the components the meetings need
(no NER model)."""

from __future__ import annotations

from component_support import PAGE_HEADER, meetings

PUBLISHED = "วันพุธที่ 12 มีนาคม 2568"


def found(body: str) -> list[tuple[str | None, str | None, str | None]]:
    """(name start, date, venue text) of each meeting of `body` on a page dated PUBLISHED."""
    records = meetings(PAGE_HEADER.format(published=PUBLISHED) + body)
    return [
        (
            m.name[:20] if m.name else None,
            m.date.date if m.date is not None else None,
            m.venue.text if m.venue else None,
        )
        for m in records
    ]


# --- family C: a meeting that is the topic of the statement (meeting_purpose_leads.txt) -------


def test_a_meeting_the_statement_is_about_is_not_dated_or_placed_by_its_day():
    organised = (
        "วันนี้ (12 มีนาคม 2568) ที่กรุงเวียงจันทน์ สาธารณรัฐประชาธิปไตยประชาชนลาว นายสมชาย ใจดี "
        "ปลัดกระทรวงพาณิชย์ กล่าวว่า เมื่อวันที่ 11 มีนาคมที่ผ่านมา ตนได้เข้าร่วมการประชุมเตรียมการ"
        "ครั้งที่ 2 สำหรับการจัดประชุมรัฐมนตรีเศรษฐกิจลุ่มน้ำโขง ประจำปี 2569 ร่วมกับผู้แทนประเทศสมาชิก\n"
    )
    thanked = (
        "วันนี้ (12 มีนาคม 2568) ณ ทำเนียบรัฐบาล นายกรัฐมนตรีขอบคุณสมาชิกสภาผู้แทนราษฎรในการประชุม"
        "สภาผู้แทนราษฎร ครั้งที่ 5 ที่ได้ร่วมกันพิจารณาร่างกฎหมายอย่างสร้างสรรค์\n"
    )
    [(name, day, place)] = [m for m in found(organised) if m[0].startswith("การประชุมเตรียม")]
    assert (day, place) == ("2025-03-11", "กรุงเวียงจันทน์ สาธารณรัฐประชาธิปไตยประชาชนลาว")
    # the conference being organised has no day or place of its own: it is no meeting record
    assert not [m for m in found(organised) if "รัฐมนตรีเศรษฐกิจ" in (m[0] or "")]
    assert [(d, v) for _, d, v in found(thanked)] == [(None, None)]
