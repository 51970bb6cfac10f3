"""Normalisation keeps a map back to the original text."""

import pytest

from mjci_extract.text.normalize import _normalize_slow, normalize


def test_thai_digits_spaces_and_invisible_characters():
    original = "ครั้งที่ ๒๙\u00a0\u00a0ณ\u200b  เวียงจันทน์\n\n  สปป. ลาว "
    norm = normalize(original)
    assert norm.text == "ครั้งที่ 29 ณ เวียงจันทน์\nสปป. ลาว"


def test_every_span_maps_back_to_the_original_text():
    original = "วันที่ ๑๕ ก.ค. ๖๗\u200b ณ อําเภอเมือง\t\tจังหวัดน่าน"
    norm = normalize(original)
    for word in ("15 ก.ค. 67", "อำเภอเมือง", "จังหวัดน่าน"):
        i = norm.text.index(word)
        start, end = norm.span(i, i + len(word))
        expected = {"15 ก.ค. 67": "๑๕ ก.ค. ๖๗", "อำเภอเมือง": "อําเภอเมือง"}.get(word, word)
        assert original[start:end] == expected


def test_decomposed_sara_am_is_folded():
    norm = normalize("นํา")
    assert norm.text == "นำ"
    assert norm.span(0, 2) == (0, 3)


def test_fast_and_slow_paths_agree():
    samples = ["  a\u200b b\n\n \tc ํา ๑๒ ", "", "\n\n", "x ํา", "ข่าว\r\nใหม่\u2028ต่อ"]
    for text in samples:
        fast, slow = normalize(text), _normalize_slow(text)
        assert (fast.text, fast.offsets, fast.ends) == (slow.text, slow.offsets, slow.ends)


def test_composed_accents_still_map():
    original = "Cafe\u0301 ประชุม"  # NFC composes e + acute
    norm = normalize(original)
    assert norm.text == "Café ประชุม"
    i = norm.text.index("ประชุม")
    assert original[slice(*norm.span(i, i + 6))] == "ประชุม"


def test_a_run_nfc_reorders_maps_to_itself_and_the_rest_char_by_char():
    # A tone mark typed before SARA U ("ทุ่ม") makes the text non-NFC; NFC writes "ทุ่ม". The run
    # NFC changed maps to itself as a whole; every other character keeps its own place (a vowel
    # and a tone mark NFC leaves alone were once both mapped to the vowel: "เปลี่ยน" read back
    # as "เปลีียน").
    original = "ท\u0e48\u0e38ม เปลี่ยน"
    norm = normalize(original)
    assert norm.text == "ท\u0e38\u0e48ม เปลี่ยน"
    i = norm.text.index("เปลี่ยน")
    assert norm.offsets[i : i + 7] == tuple(range(i, i + 7))
    assert original[slice(*norm.span(i, i + 7))] == "เปลี่ยน"
    assert original[slice(*norm.span(0, 4))] == "ท\u0e48\u0e38ม"
    assert original[slice(*norm.span(0, 3))] == "ท\u0e48\u0e38"  # the run, never half of it


@pytest.mark.parametrize(
    ("original", "normalised", "word", "as_typed"),
    [
        # SARA E twice reads as SARA AE ("เเละ" is "และ") to every rule and the tokenizer
        ("ทั้งนี้ เเละโรงเเรม", "ทั้งนี้ และโรงแรม", "และ", "เเละ"),
        # a tone mark typed before the vowel above it, or inside a decomposed SARA AM
        ("ครั้งท่ี 2 เร่ือง นํ้า", "ครั้งที่ 2 เรื่อง น้ำ", "น้ำ", "นํ้า"),
    ],
)
def test_thai_spellings_some_sources_type_are_folded(original, normalised, word, as_typed):
    # The folded run maps back to all of its characters, so evidence and values keep the brief's
    # own spelling; both normalisation paths fold alike.
    norm = normalize(original)
    assert norm.text == normalised
    i = norm.text.index(word)
    assert original[slice(*norm.span(i, i + len(word)))] == as_typed
    slow = _normalize_slow(original)
    assert (slow.text, slow.offsets, slow.ends) == (norm.text, norm.offsets, norm.ends)
