"""Venue rule families of quality round q10 (branch q10venue): one test per mechanism, each on
synthetic sentences, asserting the venues component's slot."""

from __future__ import annotations

from component_support import venues


def test_a_predicate_ends_the_place_and_after_ti_makes_a_relative_clause():
    # after ที่, a subject glued to its predicate, or followed by one, is a relative clause
    assert venues("คณะรัฐมนตรีอนุมัติร่างระเบียบ 3 ฉบับ ที่กระทรวงพลังงานเสนอ เพื่อใช้บังคับ") == []
    assert venues("การประชุมวิชาการ ที่กระทรวงแรงงานเป็นเจ้าภาพในการจัดงานปีนี้") == []
    assert venues("ปริมาณน้ำนมดิบ ที่ อ.ส.ค. จะต้องรับซื้อทุกวัน") == []
    # glued to the place after ณ, the predicate ends it
    assert venues("ยื่นคำขอได้ ณ สาขาธนาคารทั่วประเทศได้ตั้งแต่วันนี้") == ["สาขาธนาคารทั่วประเทศ"]
    assert venues("จัดประชุมครั้งแรกเมื่อปีก่อน ณ หอประชุมใหญ่จังหวัดลำปางแล้วนั้น โดยมีผู้แทน") == [
        "หอประชุมใหญ่จังหวัดลำปาง"
    ]
    assert venues("คณะผู้แทนเข้าหารือกับรัฐมนตรี ที่ทำเนียบรัฐบาลในวันนี้ ในโอกาสเยือนไทย") == ["ทำเนียบรัฐบาล"]
    # a chunk opening with จัด (the organiser's clause) ends it too
    text = "วันนี้ เวลา 09.00 น. ณ ห้องประชุม 2 อาคาร 1 กรมควบคุมมลพิษ จัดประชุมคณะทำงานลดฝุ่น (คทฝ.)"
    assert venues(text) == ["ห้องประชุม 2 อาคาร 1 กรมควบคุมมลพิษ"]
    # a place with no predicate after it is still a venue
    assert venues("คณะทำงานประชุมหารือ ที่กระทรวงแรงงาน\nรายละเอียดต่อไป") == ["กระทรวงแรงงาน"]
