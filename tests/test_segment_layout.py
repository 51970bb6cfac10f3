"""Word and sentence segmentation, the spaCy tokenizer for Thai, and brief layouts."""

import pytest

from mjci_extract.layout import analyse_layout
from mjci_extract.segment import blank_thai, split_sentences, tokenize_words


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
    layout = analyse_layout(THAIGOV)
    assert layout.title == "รองปลัดฯ ประชุมคณะกรรมการพัฒนาการเกษตร"
    assert layout.published.iso == "2025-03-21"
    assert THAIGOV[layout.body_start :].startswith("วันนี้ (21 มีนาคม 2568)")
    assert "ที่มา" not in THAIGOV[layout.body_start : layout.body_end]


def test_nesdc_layout_takes_the_closing_date_line():
    layout = analyse_layout(NESDC)
    assert layout.title == "การประชุมคณะทำงานร่วม ครั้งที่ 3"
    assert layout.published.iso == "2024-07-15"
    assert NESDC[layout.body_start :].lstrip().startswith("เมื่อวันที่ 1 กรกฎาคม")


def test_plain_paragraph_has_no_title_or_date():
    text = "วันนี้ (4 ก.ค. 67) นายสมชาย ใจดี ปลัดกระทรวงพาณิชย์ เป็นประธานการประชุม"
    layout = analyse_layout(text)
    assert layout.title is None
    assert layout.published is None
    assert layout.body_start == 0
