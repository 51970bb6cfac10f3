"""Round q26 (q26venue): a second place joined to the first with และ, on short Thai texts
written for the test, through the components the meetings need (no NER model)."""

from __future__ import annotations

from component_support import MEETINGS, PAGE_HEADER, contribution

PUBLISHED = "วันพฤหัสบดีที่ 6 มีนาคม 2568"


def placed(body: str) -> list[tuple[str | None, str | None]]:
    """(venue text, country) of each meeting of `body` on a page dated PUBLISHED."""
    text = PAGE_HEADER.format(published=PUBLISHED) + body
    found = contribution(MEETINGS, text, "meetings")[1].fields["meetings"]
    return [(m.venue.text, m.venue.country) if m.venue else (None, None) for m in found]


def test_two_hotels_joined_by_and_are_one_venue():
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ เป็นประธานการประชุมรัฐมนตรีต่างประเทศ"
        "ลุ่มน้ำโขง ครั้งที่ 5 ณ โรงแรมอนันตรา ริเวอร์ไซด์ และโรงแรมอวานี พลัส ริเวอร์ไซด์ กรุงเทพฯ "
        "ซึ่งจะจัดขึ้นในวันที่ 10 มีนาคม 2568\n"
    )
    assert placed(body) == [("โรงแรมอนันตรา ริเวอร์ไซด์ และโรงแรมอวานี พลัส ริเวอร์ไซด์ กรุงเทพฯ", "TH")]


def test_a_second_province_after_a_foreign_country_keeps_the_first_places_country():
    body = (
        "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงกลาโหม จะเข้าร่วมการประชุมคณะกรรมการชายแดนทั่วไป "
        "สมัยที่ 2 ณ จังหวัดเกาะกง ประเทศกัมพูชา และจังหวัดตราด ในระหว่างวันที่ 7 - 10 มีนาคม 2568\n"
    )
    assert placed(body) == [("จังหวัดเกาะกง ประเทศกัมพูชา และจังหวัดตราด", "KH")]


def test_a_party_after_and_is_not_a_second_place():
    body = (
        "นายสมชาย ใจดี อธิบดีกรมทรัพยากรน้ำ เข้าร่วมการประชุมความร่วมมือด้านน้ำ ครั้งที่ 3 "
        "ณ สาธารณรัฐอินโดนีเซีย และกระทรวงทรัพยากรน้ำแห่งสาธารณรัฐประชาชนจีนจะร่วมเป็นเจ้าภาพ\n"
    )
    assert placed(body) == [("สาธารณรัฐอินโดนีเซีย", "ID")]
