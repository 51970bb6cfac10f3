"""Official families of quality round q4 (branch q4off), seen on fresh round-5 briefs: a weak
honorific before common words, a family name linked by "ณ"/"ฯ", the company after posts joined by
"และ", a headline's position abbreviation and given name, and an editor's post. Synthetic briefs."""

from __future__ import annotations

from component_support import BRIEF_HEADER, PAGE_HEADER, officials


def positions(text: str) -> dict[str, str | None]:
    return {name: o.position for name, o in officials(text).items()}


def test_a_weak_honorific_before_common_words_is_no_name():
    text = BRIEF_HEADER + (
        "ประชาชนเสนอให้ใช้คำว่า คุณลูกค้า แทน เจ้าหน้าที่ผู้ให้บริการควรสุภาพ\n"
        "นายสมปอง ทองดีเลิศ อธิบดีกรมการปกครอง กล่าวว่า เป็นเพียงข้อเสนอ\n"
    )
    assert positions(text) == {"สมปอง ทองดีเลิศ": "อธิบดีกรมการปกครอง"}


def test_a_family_name_goes_on_past_a_linking_mark():
    text = BRIEF_HEADER + ("โดยมี นางสมใจ ทองดี ฯ อยุธยา ผู้อำนวยการกองแผนงาน ร่วมประชุม\n")
    assert positions(text) == {"สมใจ ทองดี ฯ อยุธยา": "ผู้อำนวยการกองแผนงาน"}


def test_the_company_after_two_posts_goes_with_the_last_post():
    text = BRIEF_HEADER + (
        "นายกรัฐมนตรีให้การต้อนรับ นายสมปอง ทองดีเลิศ ประธานบริษัทและประธานเจ้าหน้าที่บริหาร"
        " บริษัท ไทยรุ่งเรือง จำกัด และคณะ\n"
    )
    assert positions(text) == {
        "สมปอง ทองดีเลิศ": "ประธานบริษัทและประธานเจ้าหน้าที่บริหาร บริษัท ไทยรุ่งเรือง จำกัด"
    }


def test_a_headline_abbreviation_and_given_name_is_an_official():
    text = (
        PAGE_HEADER.format(published="วันพุธที่ 3 มีนาคม 2564").replace(
            "หัวข้อข่าว", "“รมช.อัครา” ลงพื้นที่ติดตามภารกิจภาคประมง"
        )
        + "รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ลงพื้นที่จังหวัดสงขลา\n"
    )
    assert positions(text) == {"อัครา": "รมช."}


def test_a_headline_abbreviation_before_a_common_word_is_no_official():
    text = (
        PAGE_HEADER.format(published="วันพุธที่ 3 มีนาคม 2564").replace(
            "หัวข้อข่าว", "นายกฯ พร้อม ร่วมมือภาคเอกชน"
        )
        + "นายกรัฐมนตรีหารือกับภาคเอกชน\n"
    )
    assert positions(text) == {}


def test_an_editor_heads_a_publication():
    text = BRIEF_HEADER + (
        "คณะกรรมการตัดสิน อาทิ นายสมปอง ทองดีเลิศ บรรณาธิการบริหารนิตยสารผ้าไทย"
        " นางสมใจ ใจดีงาม ผู้อำนวยการกองส่งเสริมภูมิปัญญา\n"
    )
    assert positions(text) == {
        "สมปอง ทองดีเลิศ": "บรรณาธิการบริหารนิตยสารผ้าไทย",
        "สมใจ ใจดีงาม": "ผู้อำนวยการกองส่งเสริมภูมิปัญญา",
    }
