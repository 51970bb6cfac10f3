"""The ThaiNER inline-tag converter and the annotations reader."""

from __future__ import annotations

import json
from pathlib import Path

from mjci_extract.ner.convert import (
    LabeledSpan,
    example_to_doc,
    parse_tagged_line,
    read_annotations,
    read_examples,
    read_thainer,
)
from mjci_extract.text.segment import blank_thai, tokenize_words


def test_parse_tagged_line_gives_plain_text_and_offsets():
    example, reason = parse_tagged_line(
        "ตามที่[PERSON]นางประนอม ทองจันทร์[/PERSON] ไป[LOCATION]เชียงใหม่[/LOCATION] [DATE]2 มี.ค.[/DATE]"
    )
    assert reason == ""
    assert example.text == "ตามที่นางประนอม ทองจันทร์ ไปเชียงใหม่ 2 มี.ค."
    got = [(example.text[s.start : s.end], s.label) for s in example.spans]
    assert got == [("นางประนอม ทองจันทร์", "PERSON"), ("เชียงใหม่", "LOCATION"), ("2 มี.ค.", "DATE")]


def test_spaces_at_entity_edges_are_trimmed():
    example, _ = parse_tagged_line("โดย[PERSON] นายสมชาย [/PERSON]กล่าว")
    assert example.spans == [LabeledSpan(4, 12, "PERSON")]
    assert example.text[4:12] == "นายสมชาย"


def test_malformed_lines_are_reported_with_file_and_line(tmp_path: Path):
    path = tmp_path / "train.txt"
    lines = [
        "\ufeff[PERSON]นายก[/PERSON] ดี",  # BOM on line 1 is not text
        "[T]70 องศา[/T] ร้อน",
        "เวลา [TIME]16.00 น.[/DATE] เริ่ม",
        "[ORGANIZATION]กระทรวง[LOCATION]ไทย[/LOCATION][/ORGANIZATION]",
        "[DATE]วันนี้ ไม่ปิด",
        "ปิด[/PERSON]เกิน",
        "",
        "ปกติ [LOCATION]ลำปาง[/LOCATION]",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_thainer(path)
    assert [e.text for e in result.examples] == ["นายก ดี", "ปกติ ลำปาง"]
    assert result.examples[0].spans == [LabeledSpan(0, 4, "PERSON")]
    assert result.examples[1].origin == f"{path}:8"
    by_line = {issue.line: issue.reason for issue in result.issues}
    assert sorted(by_line) == [2, 3, 4, 5, 6]
    assert "unknown label 'T'" in by_line[2]
    assert "does not match the open [TIME]" in by_line[3]
    assert "nested" in by_line[4]
    assert "never closed" in by_line[5]
    assert "no opening tag" in by_line[6]
    assert all(issue.path == str(path) for issue in result.issues)
    assert str(result.issues[0]).startswith(f"{path}:2: ")


def test_entity_boundaries_become_token_boundaries():
    # The segmenter reads "กระทรวงการต่างประเทศ" without a break after "การต่าง"; tagged text
    # is tokenized piece by piece, so the entity still ends on a token boundary.
    text = "[ORGANIZATION]กระทรวงการต่าง[/ORGANIZATION]ประเทศ แถลง"
    plain_cuts = set()
    offset = 0
    for word in tokenize_words("กระทรวงการต่างประเทศ แถลง"):
        offset += len(word)
        plain_cuts.add(offset)
    assert 14 not in plain_cuts  # the case the converter exists for
    example, _ = parse_tagged_line(text)
    doc = example_to_doc(example, blank_thai().vocab)
    assert doc.text == example.text
    assert [(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents] == [
        ("กระทรวงการต่าง", "ORGANIZATION", 0, 14)
    ]


def test_labels_outside_the_kept_set_become_outside():
    example, _ = parse_tagged_line("[PERSON]นายก[/PERSON] เวลา [TIME]9 น.[/TIME]")
    doc = example_to_doc(example, blank_thai().vocab, keep_labels=["PERSON"])
    assert [(e.text, e.label_) for e in doc.ents] == [("นายก", "PERSON")]
    assert all(t.ent_iob_ == "O" for t in doc if t.text == "9")


def test_annotations_jsonl_reader_checks_every_span(tmp_path: Path):
    good = {
        "id": "a",
        "text": "นายสมชาย ไปลำปาง",
        "spans": [
            {"start": 0, "end": 8, "label": "PERSON", "text": "นายสมชาย"},
            {"start": 11, "end": 16, "label": "LOCATION", "text": "ลำปาง"},
        ],
    }
    rows = [
        json.dumps(good, ensure_ascii=False),
        json.dumps({**good, "spans": [{"start": 0, "end": 3, "label": "PERSON", "text": "xyz"}]}),
        json.dumps({**good, "spans": [{"start": 0, "end": 8, "label": "NOPE"}]}),
        json.dumps({**good, "spans": [{"start": 0, "end": 99, "label": "PERSON"}]}),
        json.dumps(
            {
                **good,
                "spans": [
                    {"start": 0, "end": 8, "label": "PERSON"},
                    {"start": 3, "end": 10, "label": "POSITION"},
                ],
            }
        ),
        '{"id": "cut", "text": "ครึ่ง',
    ]
    path = tmp_path / "spans.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = read_annotations(path)
    assert len(result.examples) == 1
    assert [(s.start, s.end, s.label) for s in result.examples[0].spans] == [
        (0, 8, "PERSON"),
        (11, 16, "LOCATION"),
    ]
    by_line = {issue.line: issue.reason for issue in result.issues}
    assert sorted(by_line) == [2, 3, 4, 5, 6]
    assert "!= text[0:3]" in by_line[2]
    assert "unknown label 'NOPE'" in by_line[3]
    assert "outside the text" in by_line[4]
    assert "overlap" in by_line[5]
    assert "invalid JSON" in by_line[6]
    # read_examples picks the reader by extension.
    assert len(read_examples(path).examples) == 1


def test_ner_tokenizer_splits_punctuation_but_not_decimal_points():
    from mjci_extract.ner.tokenizer import ner_words, split_punctuation

    assert split_punctuation(["(ม", "ทส.", ".)", "16.00", "มี.ค.", " "]) == [
        "(",
        "ม",
        "ทส",
        ".",
        ".",
        ")",
        "16.00",
        "มี",
        ".",
        "ค",
        ".",
        " ",
    ]
    text = 'สภานิติบัญญัติแห่งชาติ(สนช.) "ประชุม", เวลา 9.30 น.'
    words = ner_words(text)
    assert "".join(words) == text
    assert {"(", "สนช", ".", ")", '"', ",", "9.30"} <= set(words)


def test_person_titles_are_cut_and_offsets_follow():
    from mjci_extract.ner.convert import without_person_titles

    example, _ = parse_tagged_line(
        "ตามที่[PERSON]นางประนอม ทองจันทร์[/PERSON] กับ [PERSON]นาย สมชาย[/PERSON] "
        "ไป[LOCATION]ลำปาง[/LOCATION] [PERSON]นาย[/PERSON]"
    )
    bare = without_person_titles(example, ["นาย", "นาง", "นางสาว"])
    assert bare.text == "ตามที่ประนอม ทองจันทร์ กับ สมชาย ไปลำปาง นาย"
    assert [(bare.text[s.start : s.end], s.label) for s in bare.spans] == [
        ("ประนอม ทองจันทร์", "PERSON"),
        ("สมชาย", "PERSON"),
        ("ลำปาง", "LOCATION"),
        ("นาย", "PERSON"),  # a title alone is not cut: no name would be left
    ]
    untitled, _ = parse_tagged_line("[PERSON]สมชาย[/PERSON] ไป[LOCATION]ลำปาง[/LOCATION]")
    assert without_person_titles(untitled, ["นาย"]) is None
