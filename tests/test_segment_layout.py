"""Word and sentence segmentation, the spaCy tokenizer for Thai, and brief layouts."""

import pytest
from component_support import LAYOUT, run

from mjci_extract.text.layout import Layout
from mjci_extract.text.segment import blank_thai, split_sentences, tokenize_words


def test_words_concatenate_back_to_the_text():
    text = "นายสำลี บุษดี (Mr. Samly Boutsady)  อธิบดีกรมการอุตสาหกรรม\nครั้งที่ ๒๙"
    for engine in ("nlpo3", "newmm"):
        words = tokenize_words(text, engine)
        assert "".join(words) == text
        assert "อธิบดี" in words


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown word engine"):
        tokenize_words("ทดสอบ", "deepcut")
    with pytest.raises(ValueError, match="unknown sentence engine"):
        split_sentences("ทดสอบ", "punkt")


def test_spacy_tokenizer_keeps_text_and_spaces():
    nlp = blank_thai()
    text = "การประชุมครั้งที่ 29 ณ เวียงจันทน์ สปป. ลาว"
    doc = nlp(text)
    assert doc.text == text
    assert " " in [t.text for t in doc]
    assert [t.text for t in doc][:2] == ["การประชุม", "ครั้ง"]


def test_spacy_tokenizer_round_trips_through_disk(tmp_path):
    nlp = blank_thai()
    nlp.to_disk(tmp_path / "blank")
    import spacy

    loaded = spacy.load(tmp_path / "blank")
    assert loaded("ทดสอบ ระบบ").text == "ทดสอบ ระบบ"


def test_rule_sentences_split_lines_and_openers():
    text = "ที่ประชุมรับทราบผลการดำเนินงาน ทั้งนี้ จะเสนอต่อคณะรัฐมนตรี\nนอกจากนี้ ยังได้หารือ"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "ที่ประชุมรับทราบผลการดำเนินงาน",
        "ทั้งนี้ จะเสนอต่อคณะรัฐมนตรี",
        "นอกจากนี้ ยังได้หารือ",
    ]


def test_crfcut_sentences_map_to_offsets():
    pytest.importorskip("pycrfsuite")
    text = "ที่ประชุมรับทราบผลการดำเนินงานของโครงการ และมีมติเห็นชอบแผนงานประจำปี\nนายกรัฐมนตรีกล่าวว่า"
    spans = split_sentences(text, "crfcut")
    assert spans
    for start, end in spans:
        assert text[start:end].strip() == text[start:end]
        assert 0 <= start < end <= len(text)


def layout_of(text: str) -> tuple[str, Layout]:
    """The normalised text the pipeline reads and the `layout` component's slot (the prefix
    every pipeline runs first); the layout's offsets index the normalised text."""
    doc = run(LAYOUT, text)
    return doc.text, doc.get(Layout)


THAIGOV = """รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-รองปลัดฯ ประชุมคณะกรรมการพัฒนาการเกษตร


วันศุกร์ที่ 21 มีนาคม 2568
21/03/2568
พิมพ์
รองปลัดฯ ประชุมคณะกรรมการพัฒนาการเกษตร
รองปลัดฯ ประชุมคณะกรรมการพัฒนาการเกษตร
วันนี้ (21 มีนาคม 2568) นายสมชาย ใจดี รองปลัดกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุม

ที่มา : https://www.thaigov.go.th/news/contents/details/1"""

NESDC = """MJ-CI

การประชุมคณะทำงานร่วม ครั้งที่ 3

เมื่อวันที่ 1 กรกฎาคม 2567 สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ ได้จัดการประชุม

กองยุทธศาสตร์และประสานความร่วมมือระหว่างประเทศ
15 กรกฎาคม 2567"""


def test_thaigov_layout():
    norm, layout = layout_of(THAIGOV)
    assert layout.title == "รองปลัดฯ ประชุมคณะกรรมการพัฒนาการเกษตร"
    assert layout.published.iso == "2025-03-21"
    assert norm[layout.body_start :].startswith("วันนี้ (21 มีนาคม 2568)")
    assert "ที่มา" not in norm[layout.body_start : layout.body_end]


def test_nesdc_layout_takes_the_closing_date_line():
    norm, layout = layout_of(NESDC)
    assert layout.title == "การประชุมคณะทำงานร่วม ครั้งที่ 3"
    assert layout.published.iso == "2024-07-15"
    assert norm[layout.body_start :].lstrip().startswith("เมื่อวันที่ 1 กรกฎาคม")


def test_plain_paragraph_has_no_title_or_date():
    text = "วันนี้ (4 ก.ค. 67) นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์ เป็นประธานการประชุม"
    _, layout = layout_of(text)
    assert layout.title is None
    assert layout.published is None
    assert layout.body_start == 0


def test_2020_page_keeps_a_lead_line_the_body_repeats():
    # 2020-2022 pages: title, date line, "พิมพ์", the title again, then the body's first line,
    # which the next paragraph restates; the body starts at it, not after it.
    lead = "นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม เป็นประธานการประชุมผู้บริหาร"
    text = (
        "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-รมว.ยุติธรรม เดินหน้านำร่อง 4 เรือนจำ\n\n\n"
        "วันพฤหัสบดีที่ 7 มกราคม 2564\nพิมพ์\nรมว.ยุติธรรม เดินหน้านำร่อง 4 เรือนจำ\n"
        f"{lead}\nในวันพุธที่ 6 มกราคม 2564 {lead} โดยมี...\n"
    )
    norm, layout = layout_of(text)
    assert layout.published.iso == "2021-01-07"
    assert norm[layout.body_start :].startswith(lead)


def test_body_paragraph_holding_the_title_is_body():
    # A title repeated with more after it is header; a paragraph that holds the title further in
    # ("... ชี้แจงทำความเข้าใจเกี่ยวกับ<title>...") is the body's first line.
    title = "การเรียกเก็บและการชำระภาษีที่ดินและสิ่งปลูกสร้าง"
    first = f"นายลวรณ แสงสนิท ผู้อำนวยการสำนักงานเศรษฐกิจการคลัง ชี้แจงเกี่ยวกับ{title}สำหรับปีภาษี 2563"
    text = (
        f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{title}\n\n\nวันพฤหัสบดีที่ 17 กันยายน 2563\nพิมพ์\n"
        f"{title}\n{title} สำหรับปีภาษี 2563 เพื่อลดความกังวลของประชาชน\n{first}\n"
    )
    norm, layout = layout_of(text)
    assert norm[layout.body_start :].startswith(first)
