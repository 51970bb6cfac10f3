"""Meeting families of quality round q10 (branch q10meet): one test per mechanism, each on
synthetic sentences written for the test, asserting the meetings' record values."""

from __future__ import annotations

from component_support import meeting_values

PUBLISHED = "วันพฤหัสบดีที่ 12 มีนาคม 2569"


def _records(body: str) -> list[tuple[str | None, int | None, str | None, str | None]]:
    return meeting_values(body, PUBLISHED)


def test_a_verb_glued_before_prachum_makes_it_the_paragraphs_meeting():
    # "พร้อม": joined to the visit the paragraph reports, the meeting takes its opening day and place
    joined = (
        "วันนี้ (12 มี.ค. 69) เวลา 10.00 น. ณ ศาลากลางจังหวัดลำปาง นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวง"
        "มหาดไทย ตรวจเยี่ยมศูนย์บริการประชาชน พร้อมประชุมหารือแนวทางแก้ไขปัญหาภัยแล้งของจังหวัด\n"
    )
    [(name, _, day, place)] = _records(joined)
    assert (name.startswith("ประชุมหารือแนวทาง"), day, place) == (
        True,
        "2026-03-12",
        "ศาลากลางจังหวัดลำปาง",
    )
    # "ได้เรียก": the meeting convened is the event reported
    convened = (
        "วันนี้ (12 มี.ค. 69) ณ กระทรวงเกษตรและสหกรณ์ นายสมหมาย รักดี ปลัดกระทรวงเกษตรและสหกรณ์ "
        "ได้เรียกประชุมหน่วยงานในสังกัดเพื่อเตรียมรับมือสถานการณ์น้ำท่วม\n"
    )
    assert [(d, v) for _, _, d, v in _records(convened)] == [("2026-03-12", "กระทรวงเกษตรและสหกรณ์")]
    # "เปิดโครงการ": the workshop opened under its programme's word
    workshop = (
        "วันที่ 10 มีนาคม 2569 นางสาวสมศรี มีสุข อธิบดีกรมพัฒนาชุมชน เป็นประธานในพิธีเปิดโครงการ"
        "ประชุมเชิงปฏิบัติการพัฒนาศักยภาพผู้นำชุมชน ณ โรงแรมริมน้ำ จังหวัดนครพนม\n"
    )
    assert [(d, v) for _, _, d, v in _records(workshop)] == [
        ("2026-03-10", "โรงแรมริมน้ำ จังหวัดนครพนม")
    ]
