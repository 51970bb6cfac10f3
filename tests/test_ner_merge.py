"""Model and rule spans merged in extraction: the shipped model finds officials without titles."""

import pytest

from mjci_extract.document import InputDocument
from mjci_extract.pipeline import Pipeline, ner_windows

UNTITLED = (
    "ในการนี้ วิทยา จันทน์เสนะ รองผู้ว่าราชการจังหวัดสงขลา ได้กล่าวเปิดการอบรม "
    "โดยมี นายสมชาย ใจดี ผู้อำนวยการกองกลาง เข้าร่วม"
)


@pytest.fixture(scope="module")
def with_model():
    return Pipeline.load(ner_backend="spacy")


def test_untitled_official_needs_the_model(with_model):
    rules_only = Pipeline.load(ner_backend="none")
    assert [o.name for o in rules_only.extract_text(UNTITLED).officials] == ["สมชาย ใจดี"]
    record = with_model.extract_text(UNTITLED)
    officials = {o.name: o for o in record.officials}
    assert officials["วิทยา จันทน์เสนะ"].position == "รองผู้ว่าราชการจังหวัดสงขลา"
    assert officials["วิทยา จันทน์เสนะ"].honorific is None
    assert "สมชาย ใจดี" in officials
    sources = {(e.text, e.source) for e in record.entities if e.label == "PERSON"}
    assert ("วิทยา จันทน์เสนะ", "model") in sources
    assert ("สมชาย ใจดี", "rule") in sources


def test_scopes_read_the_same_cue_and_batching_changes_nothing():
    docs = [
        InputDocument.from_text(UNTITLED, doc_id="a"),
        InputDocument.from_text("ไม่มีตำแหน่ง", doc_id="b"),
    ]
    cues = Pipeline.load(ner_scope="cues")
    body = Pipeline.load(ner_scope="body")
    assert [o.name for o in cues(docs[0]).officials] == [o.name for o in body(docs[0]).officials]
    assert list(cues.pipe(docs, batch_size=2)) == [cues(d) for d in docs]


def test_cue_windows_cover_the_names_before_positions():
    pipeline = Pipeline.load(ner_backend="none", ner_scope="cues")
    analysis = pipeline.analyse(InputDocument.from_text(UNTITLED))
    windows = ner_windows(analysis)
    text = analysis.text
    covered = "".join(text[s:e] for s, e in windows)
    assert "วิทยา จันทน์เสนะ รองผู้ว่าราชการ" in covered
    assert all(text[s - 1] == " " for s, _ in windows if s > 0)  # chunk boundaries
    assert ner_windows(pipeline.analyse(InputDocument.from_text("ไม่มีตำแหน่งในข้อความนี้"))) == []


def test_unknown_scope_is_a_clear_error():
    pipeline = Pipeline.load(ner_backend="none", ner_scope="everything")
    with pytest.raises(ValueError, match="unknown \\[ner\\] scope"):
        ner_windows(pipeline.analyse(InputDocument.from_text(UNTITLED)))


class WordsAsPersons:
    """A backend that reports given words as PERSON wherever they occur: it stands in for a model
    that found only one word of a name, to test how extraction completes the name."""

    labels = ("PERSON",)

    def __init__(self, *words: str) -> None:
        self.words = words

    def find(self, text: str):
        from mjci_extract.ner import EntitySpan

        spans = []
        for word in self.words:
            at = text.find(word)
            if at >= 0:
                spans.append(EntitySpan(at, at + len(word), "PERSON"))
        return sorted(spans, key=lambda s: s.start)

    def pipe(self, texts, batch_size: int = 16):
        for text in texts:
            yield self.find(text)


@pytest.mark.parametrize(
    ("found", "text", "name", "position"),
    [
        # family name only: the name-like word before it is the given name
        ("โชติรัตน์", "ร่วมด้วย กุศล โชติรัตน์ รองปลัดกระทรวงเกษตรและสหกรณ์ เข้าร่วม",
         "กุศล โชติรัตน์", "รองปลัดกระทรวงเกษตรและสหกรณ์"),
        # a given name outside pythainlp's list: the family name and the position complete it
        ("พิยะดา", "วันที่ 21 มีนาคม 2568 พิยะดา สุดกังวาล ที่ปรึกษาด้านการสื่อสาร",
         "พิยะดา สุดกังวาล", "ที่ปรึกษาด้านการสื่อสาร"),
    ],
)  # fmt: skip
def test_a_one_word_model_person_is_completed_before_a_position(found, text, name, position):
    pipeline = Pipeline.load(ner_backend="none", ner_scope="body")
    pipeline.ner = WordsAsPersons(found)
    officials = {o.name: o for o in pipeline.extract_text(text).officials}
    assert name in officials
    assert officials[name].position == position


@pytest.mark.parametrize(
    "text",
    [
        "ร่วมด้วย โชติรัตน์ เข้าร่วมการประชุม",  # no position after it
        "โดยมี โชติรัตน์ รองปลัดกระทรวงเกษตรและสหกรณ์",  # the word before is no name
        "พิยะดา เข้าร่วมการประชุม",  # unknown given name with nothing to complete it
    ],
)
def test_a_one_word_model_person_without_support_is_no_official(text):
    pipeline = Pipeline.load(ner_backend="none", ner_scope="body")
    pipeline.ner = WordsAsPersons("โชติรัตน์", "พิยะดา")
    assert pipeline.extract_text(text).officials == []
