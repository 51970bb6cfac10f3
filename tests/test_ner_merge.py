"""Model and rule spans merged in extraction: the shipped model finds officials without titles."""

from pathlib import Path

import pytest
from component_support import LAYOUT, PERSONS, contribution, fresh, officials, run, span_texts

from mjci_extract.core.config import ConfigError
from mjci_extract.extract.persons import PersonsFound
from mjci_extract.io.document import InputDocument
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.model_spans import NerSettings, ner_windows

UNTITLED = (
    "ในการนี้ วิทยา จันทน์เสนะ รองผู้ว่าราชการจังหวัดสงขลา ได้กล่าวเปิดการอบรม "
    "โดยมี นายสมชาย ใจดี ผู้อำนวยการกองกลาง เข้าร่วม"
)


@pytest.fixture(scope="module")
def with_model():
    return Pipeline.load(overrides=["ner.backend=spacy"])


def test_untitled_official_needs_the_model(with_model):
    assert list(officials(UNTITLED)) == ["สมชาย ใจดี"]
    record = with_model.extract_text(UNTITLED)
    found = {o.name: o for o in record.officials}
    assert found["วิทยา จันทน์เสนะ"].position == "รองผู้ว่าราชการจังหวัดสงขลา"
    assert found["วิทยา จันทน์เสนะ"].honorific is None
    assert "สมชาย ใจดี" in found
    sources = {(e.text, e.source) for e in record.entities if e.label == "PERSON"}
    assert ("วิทยา จันทน์เสนะ", "model") in sources
    # One span per mention: the model's, title included as in ThaiNER, not the rule's as well.
    assert ("นายสมชาย ใจดี", "model") in sources
    assert ("สมชาย ใจดี", "rule") not in sources
    doc, without_model = contribution(PERSONS, UNTITLED, "persons")
    assert "นายสมชาย ใจดี" in span_texts(doc, without_model, "PERSON")  # the rule's keeps the title


THAINER_VAL = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "thainer-1.5" / "val.txt"
)


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


@pytest.mark.skipif(not THAINER_VAL.is_file(), reason="../shared/data/thainer-1.5 not present")
def test_record_entities_are_the_models_spans_on_thainer_val(with_model):
    """Default settings read the whole body: every span the model finds is in `entities`, with
    the model's boundaries; rules only add mentions of a label the model did not find there."""
    from mjci_extract.ner import load_backend
    from mjci_extract.ner.convert import parse_tagged_line
    from mjci_extract.text.normalize import normalize

    assert Pipeline.load().config.get(NerSettings).scope == "body"
    backend = load_backend()
    lines = THAINER_VAL.read_text(encoding="utf-8").splitlines()
    texts = [parse_tagged_line(line)[0].text for line in lines if line.strip()]
    # Sentences normalisation leaves alone, so that offsets compare directly.
    texts = [t for t in texts if normalize(t).text == t and "\n" not in t][:40]
    assert len(texts) == 40
    docs = [InputDocument.from_text(t, doc_id=str(i)) for i, t in enumerate(texts)]
    n_model = 0
    for text, record in zip(texts, with_model.pipe(docs), strict=True):
        model = {(s.start, s.end, s.label) for s in backend.find(text)}
        n_model += len(model)
        entities = record.entities
        assert {(e.start, e.end, e.label) for e in entities if e.source == "model"} == model
        assert all(text[e.start : e.end] == e.text for e in entities)
        for i, a in enumerate(entities):  # no two spans of one label for the same mention
            assert not any(b.label == a.label and _overlap(a, b) for b in entities[i + 1 :])
    assert n_model >= 100


def test_scopes_read_the_same_cue_and_batching_changes_nothing():
    docs = [
        InputDocument.from_text(UNTITLED, doc_id="a"),
        InputDocument.from_text("ไม่มีตำแหน่ง", doc_id="b"),
    ]
    cues = Pipeline.load(overrides=["ner.scope=cues"])
    body = Pipeline.load(overrides=["ner.scope=body"])
    assert [o.name for o in cues(docs[0]).officials] == [o.name for o in body(docs[0]).officials]
    assert list(cues.pipe(docs, batch_size=2)) == [cues(d) for d in docs]


def test_cue_windows_cover_the_names_before_positions():
    analysis = run(LAYOUT, UNTITLED, "ner.scope=cues")
    windows = ner_windows(analysis)
    text = analysis.text
    covered = "".join(text[s:e] for s, e in windows)
    assert "วิทยา จันทน์เสนะ รองผู้ว่าราชการ" in covered
    assert all(text[s - 1] == " " for s, _ in windows if s > 0)  # chunk boundaries
    assert ner_windows(run(LAYOUT, "ไม่มีตำแหน่งในข้อความนี้", "ner.scope=cues")) == []


def test_unknown_scope_is_a_clear_error():
    with pytest.raises(ConfigError, match=r"--set ner.scope=everything: \[ner\] scope"):
        Pipeline.load(overrides=["ner.backend=none", "ner.scope=everything"])


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
    pipeline = fresh(PERSONS, "ner.scope=body")
    pipeline.get_pipe("ner").backend = WordsAsPersons(found)
    found_officials = officials(text, pipeline)
    assert name in found_officials
    assert found_officials[name].position == position


@pytest.mark.parametrize(
    "text",
    [
        "ร่วมด้วย โชติรัตน์ เข้าร่วมการประชุม",  # no position after it
        "โดยมี โชติรัตน์ รองปลัดกระทรวงเกษตรและสหกรณ์",  # the word before is no name
        "พิยะดา เข้าร่วมการประชุม",  # unknown given name with nothing to complete it
    ],
)
def test_a_one_word_model_person_without_support_is_no_official(text):
    pipeline = fresh(PERSONS, "ner.scope=body")
    pipeline.get_pipe("ner").backend = WordsAsPersons("โชติรัตน์", "พิยะดา")
    assert officials(text, pipeline) == {}


def test_merge_keeps_one_span_per_mention_and_label():
    from mjci_extract.core.draft import merge_spans

    model = [(0, 13, "PERSON"), (20, 25, "LOCATION"), (30, 34, "PERSON"), (28, 34, "PERSON")]
    rule = [
        (3, 13, "PERSON"),  # the same name as the model's, title cut: dropped
        (14, 19, "POSITION"),  # nothing of its label there: added
        (20, 25, "DATE"),  # another label over the same text: kept
        (40, 50, "DATE"),
        (42, 45, "DATE"),  # inside a longer rule span of its label: dropped
    ]
    assert merge_spans(model, rule) == [
        (0, 13, "PERSON", "model"),
        (14, 19, "POSITION", "rule"),
        (20, 25, "DATE", "rule"),
        (20, 25, "LOCATION", "model"),
        (28, 34, "PERSON", "model"),  # a completed model name wins over its one-word span
        (40, 50, "DATE", "rule"),
    ]


def test_persons_rule_reads_model_names_from_cue_clauses_only_by_default():
    text = (
        "ข่าวประชาสัมพันธ์\nวันนี้ วิทยา จันทน์เสนะ เดินทางมาถึงทำเนียบ\n"
        "โดยมี ชลาริน นิลพิฤกษ์ รองผู้ว่าราชการจังหวัดสงขลา ให้การต้อนรับ"
    )
    default = fresh(PERSONS)
    default.get_pipe("ner").backend = WordsAsPersons("วิทยา จันทน์เสนะ", "ชลาริน นิลพิฤกษ์")
    analysis, model_entities = contribution(PERSONS, text, "ner", default)
    model_names = {
        analysis.text[m.name_start : m.name_end] for m in analysis.get(PersonsFound).mentions
    }
    assert "ชลาริน นิลพิฤกษ์" in model_names  # just before a position word
    assert "วิทยา จันทน์เสนะ" not in model_names  # no position after it
    # the record's entities still hold every model span
    assert {"วิทยา จันทน์เสนะ", "ชลาริน นิลพิฤกษ์"} <= span_texts(analysis, model_entities)
    every = fresh(PERSONS, "persons.model_scope=all")
    every.get_pipe("ner").backend = WordsAsPersons("วิทยา จันทน์เสนะ", "ชลาริน นิลพิฤกษ์")
    analysis = every.run(every.make_doc(text))
    assert "วิทยา จันทน์เสนะ" in {
        analysis.text[m.name_start : m.name_end] for m in analysis.get(PersonsFound).mentions
    }
