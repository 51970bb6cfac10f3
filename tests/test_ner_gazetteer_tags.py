"""Gazetteer classes the NER tokenizer writes into token.tag_ (the model embeds them as TAG)."""

from __future__ import annotations

import spacy

from mjci_extract.ner.gazetteer_tags import gazetteer_tags
from mjci_extract.ner.tokenizer import ThaiNerTokenizer, ner_words


def test_longest_match_covers_entries_of_several_tokens():
    words = ["นาย", "สม", "ชาย", " ", "รัฐมนตรี", "ว่าการ", "กระทรวงมหาดไทย", " ", "ประเทศ", "ญี่ปุ่น"]
    assert gazetteer_tags(words) == [
        "B-TITLE",
        "B-GIVEN",  # "สมชาย" from pythainlp's names, split by the tokenizer
        "I-GIVEN",
        "SPACE",
        "B-POSHEAD",  # "รัฐมนตรีว่าการ" beats the shorter "รัฐมนตรี"
        "I-POSHEAD",
        "P-ORGHEAD",  # one token that starts with an organisation head
        "SPACE",
        "B-COUNTRY",
        "I-COUNTRY",
    ]


def test_shape_classes_and_gazetteer_lists():
    words = ["5", " ", "มกราคม", " ", "2567", "Mr", ".", "John", "(", "เชียงใหม่", "เดินทาง"]
    assert gazetteer_tags(words) == [
        "DIGIT",
        "SPACE",
        "B-MONTH",
        "SPACE",
        "DIGIT",
        "B-TITLE",
        "I-TITLE",
        "LATIN",
        "PUNCT",
        "B-PROVINCE",
        "O",
    ]
    assert gazetteer_tags([]) == []


def test_tokenizer_sets_tags_only_when_asked():
    text = "นายสมชาย ใจดี ไปเชียงใหม่"
    nlp = spacy.blank("th")
    tagged = ThaiNerTokenizer(nlp.vocab, gazetteer_tags=True)(text)
    plain = ThaiNerTokenizer(nlp.vocab)(text)
    assert [t.text for t in tagged] == [t.text for t in plain] == ner_words(text)
    assert [t.tag_ for t in tagged] == gazetteer_tags(ner_words(text))
    assert "B-PROVINCE" in [t.tag_ for t in tagged]
    assert all(t.tag_ == "" for t in plain)


def test_consonant_runs_before_a_period_are_abbreviations():
    words = ner_words("ผู้ว่า รฟม. และ สปส. ที่ จ.ตรัง คน.")
    tags = dict(zip(words, gazetteer_tags(words), strict=True))
    assert tags["รฟม"] == tags["สปส"] == "ABBR"
    # a word with a vowel before a period, or consonants with no period after them, is not one
    assert tags["ที่"] != "ABBR" and tags["และ"] != "ABBR"
    assert gazetteer_tags(["คน", " "]) == ["O", "SPACE"]
    assert gazetteer_tags(["คน", "."]) == ["ABBR", "PUNCT"]
    # a gazetteer entry wins over the shape: "จ." is a venue head
    assert tags["จ"] == "B-VENUEHEAD"


def test_a_model_reads_the_table_it_was_trained_with(tmp_path):
    """Editing the extraction word lists must not change a shipped model's input: the model
    directory holds its own table, and loading the model puts it on the tokenizer."""
    import json

    from mjci_extract.ner import default_model_path
    from mjci_extract.ner.gazetteer_tags import TAG_TABLE_FILE, TagTable, live_table
    from mjci_extract.ner.spacy_backend import SpacyNerBackend

    model = default_model_path()
    meta = json.loads((model / "mjci_meta.json").read_text(encoding="utf-8"))
    backend = SpacyNerBackend(model)
    table = backend.nlp.tokenizer.tag_table
    assert table is not None
    assert table.fingerprint() == meta["gazetteer_tags_sha256"]

    # A table that differs from the live one decides the tags of the words it knows.
    words = ["นาย", "สม", "ชาย"]
    edited = TagTable({"นายสม": "TITLE"}, ())
    assert gazetteer_tags(words, edited) == ["B-TITLE", "I-TITLE", "O"]
    assert gazetteer_tags(words) == gazetteer_tags(words, live_table())

    # Written and read back, a table is the same table.
    path = tmp_path / TAG_TABLE_FILE
    table.to_file(path)
    assert TagTable.from_file(path).fingerprint() == table.fingerprint()
    (tmp_path / "bad.tsv").write_text("E\tonly-two-cells\n", encoding="utf-8")
    try:
        TagTable.from_file(tmp_path / "bad.tsv")
    except ValueError as exc:
        assert "not a gazetteer tag table line" in str(exc)
    else:
        raise AssertionError("a malformed table line must be refused")
