"""Boundaries of project titles and venues (quality round q2, branch q2proj): one test per
mechanism, each on a synthetic brief, asserting the record's project titles or the venues slot."""

from __future__ import annotations

from component_support import BRIEF_HEADER, project_titles, venues


def titles(body: str) -> list[str]:
    return project_titles(BRIEF_HEADER + body + "\n")


def test_a_complete_purpose_before_where_the_event_is_held_is_the_titles():
    online = (
        "รัฐมนตรีเปิดการอบรมโครงการยกระดับทักษะช่างชุมชน เพื่อเสริมสร้างรายได้ครัวเรือนระดับตำบล"
        " ผ่านระบบออนไลน์ โดยมีผู้เข้าร่วม 300 คน"
    )
    assert titles(online) == ["โครงการยกระดับทักษะช่างชุมชน เพื่อเสริมสร้างรายได้ครัวเรือนระดับตำบล"]
    alias = (
        "กรมฯ จัดสัมมนาภายใต้โครงการพัฒนาผลิตภัณฑ์ข้าวไทย เพื่อรองรับตลาดอาหารสุขภาพ (Healthy Rice)"
        " ณ โรงแรมริมโขง"
    )
    assert titles(alias) == ["โครงการพัฒนาผลิตภัณฑ์ข้าวไทย เพื่อรองรับตลาดอาหารสุขภาพ (Healthy Rice)"]
    # a purpose that runs on into a quote is the sentence's
    runs_on = 'ชาวบ้านร่วมโครงการปลูกป่าชุมชน เพื่อปฏิบัติตาม "แนวทางพอเพียง" ณ วัดบ้านดอน'
    assert titles(runs_on) == ["โครงการปลูกป่าชุมชน"]


def test_a_community_placed_by_its_district_is_a_place_of_the_title():
    body = "ครม. อนุมัติโครงการก่อสร้างเขื่อนป้องกันตลิ่ง ชุมชนบ้านท่าน้ำ อำเภอเมืองพิจิตร (ระยะที่ 2) วงเงิน 50 ล้านบาท"
    assert titles(body) == ["โครงการก่อสร้างเขื่อนป้องกันตลิ่ง ชุมชนบ้านท่าน้ำ อำเภอเมืองพิจิตร (ระยะที่ 2)"]
    # without a district after it, a community is whom the project serves
    alone = "ครม. อนุมัติโครงการก่อสร้างเขื่อนป้องกันตลิ่ง ชุมชนบ้านท่าน้ำได้รับประโยชน์"
    assert titles(alone) == ["โครงการก่อสร้างเขื่อนป้องกันตลิ่ง"]


def test_a_glued_word_after_a_title_written_alone_ends_it():
    body = (
        "ประชาชนเข้าร่วมโครงการช่วยชาติ จำนวนมาก ร้านค้าที่เข้าร่วมโครงการช่วยชาติและผู้ร่วมกระทำผิด"
        "อีก 3 ราย ต้องคืนเงินโครงการช่วยชาติตามจำนวนที่ได้รับ"
    )
    assert titles(body) == ["โครงการช่วยชาติ"]


def test_a_second_object_after_a_quoted_word_is_the_titles_when_repeated():
    body = (
        "นายกฯ เห็นชอบโครงการเชื่อมสวนสาธารณะ “ตะวันแดง” กับสวนริมน้ำ เพื่อเป็นแหล่งพักผ่อน\n"
        "คณะกรรมการบริหารโครงการเชื่อมสวนสาธารณะ “ตะวันแดง” กับสวนริมน้ำ ได้ประชุมกัน"
    )
    # the brief's own curly quotes are kept in the record
    assert titles(body) == ["โครงการเชื่อมสวนสาธารณะ “ตะวันแดง” กับสวนริมน้ำ"]
    once = "นายกฯ เยี่ยมชมโครงการบูรณะสวนสาธารณะ “ตะวันแดง” กับภาคเอกชน ในวันนี้"
    assert titles(once) == ["โครงการบูรณะสวนสาธารณะ “ตะวันแดง”"]


def test_a_quote_after_an_alias_is_a_theme_not_the_titles():
    body = (
        "ขอเชิญเข้าร่วมการประชุมแนะนำโครงการพัฒนาระบบข้อมูลเปิด (Open Data Platform)"
        ' "Data for All" ผ่านสื่ออิเล็กทรอนิกส์'
    )
    assert titles(body) == ["โครงการพัฒนาระบบข้อมูลเปิด (Open Data Platform)"]


def test_a_long_latin_gloss_with_a_colon_stays_inside_the_place():
    text = (
        "นายกรัฐมนตรีเดินทางถึง ณ ศูนย์ประชุมนานาชาติ (International Conference Hall: ICH)"
        " กรุงพนมเปญ ราชอาณาจักรกัมพูชา เพื่อเข้าร่วมการประชุม"
    )
    assert venues(text) == [
        "ศูนย์ประชุมนานาชาติ (International Conference Hall: ICH) กรุงพนมเปญ ราชอาณาจักรกัมพูชา"
    ]


def test_how_a_project_works_is_the_titles_only_before_its_year():
    body = (
        "กิจกรรมนี้อยู่ภายใต้โครงการพัฒนาระบบเตือนภัยน้ำหลาก โดยการเชื่อมโยงข้อมูลลุ่มน้ำ"
        " ประจำปีงบประมาณ พ.ศ. 2566 โดยมีวัตถุประสงค์เพื่อลดความเสียหาย"
    )
    assert titles(body) == [
        "โครงการพัฒนาระบบเตือนภัยน้ำหลาก โดยการเชื่อมโยงข้อมูลลุ่มน้ำ ประจำปีงบประมาณ พ.ศ. 2566"
    ]
    clause = "กิจกรรมนี้อยู่ภายใต้โครงการพัฒนาระบบเตือนภัยน้ำหลาก โดยการเชื่อมโยงข้อมูลลุ่มน้ำ ผ่านระบบออนไลน์"
    assert titles(clause) == ["โครงการพัฒนาระบบเตือนภัยน้ำหลาก"]
