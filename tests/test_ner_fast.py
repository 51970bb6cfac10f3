"""The fast inference path (ner/fast_ner.py) finds exactly what spaCy's own `ner` finds."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest

from mjci_extract.ner import default_model_path
from mjci_extract.ner.convert import parse_tagged_line
from mjci_extract.ner.fast_ner import FastNer
from mjci_extract.ner.spacy_backend import SpacyNerBackend

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
THAINER_VAL = SHARED / "data" / "thainer-1.5" / "val.txt"
SAMPLE = SHARED / "corpus" / "thaigov-sample"


@pytest.fixture(scope="module")
def backends():
    return (
        SpacyNerBackend(default_model_path(), fast=True),
        SpacyNerBackend(default_model_path(), fast=False),
    )


def _texts() -> list[str]:
    texts = [
        "เมื่อวันที่ 14 มีนาคม 2568 นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการ"
        "กระทรวงมหาดไทย เดินทางไปตรวจราชการที่จังหวัดขอนแก่น",
        "",
        " ",
        "นาย",
        "กรุงเทพมหานคร",
    ]
    if THAINER_VAL.is_file():
        lines = THAINER_VAL.read_text(encoding="utf-8").splitlines()[:120]
        texts += [parse_tagged_line(line)[0].text for line in lines if line.strip()]
    if SAMPLE.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.rglob("*.txt"))[:12]]
    return texts


def test_the_shipped_model_takes_the_fast_path(backends):
    fast, slow = backends
    assert fast._fast is not None and slow._fast is None


def test_fast_path_spans_equal_spacys(backends):
    fast, slow = backends
    texts = _texts()
    # Batches of several sizes: the CNN pads between documents exactly as thinc does.
    for size in (1, 7, 16):
        assert list(fast.pipe(texts, batch_size=size)) == list(slow.pipe(texts, batch_size=16))
    assert any(spans for spans in fast.pipe(texts))


def test_fast_cnn_equals_spacys_cnn(backends):
    fast, _ = backends
    nlp = fast.nlp
    docs = [nlp.make_doc(text) for text in _texts()[:20] if text]
    cnn = nlp.get_pipe("ner").model.get_ref("cnn_tok2vec")
    expected = numpy.concatenate(cnn.predict(docs))
    got = fast._fast.tokvecs(docs)
    assert got.shape == expected.shape
    assert numpy.abs(got - expected).max() < 1e-4


def test_supports_only_the_shape_it_reimplements(backends):
    fast, _ = backends
    assert FastNer.supports(fast.nlp)
    import spacy

    blank = spacy.blank("xx")
    blank.add_pipe("ner")
    blank.initialize()
    # spaCy's default NER tok2vec (MultiHashEmbed + MaxoutWindowEncoder) has the same shape;
    # a pipeline with a second component does not take the fast path.
    blank.add_pipe("sentencizer")
    assert not FastNer.supports(blank)


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="../shared/corpus/thaigov-sample not present")
@pytest.mark.parametrize("scope", ["body", "cues"])
def test_words_shared_with_the_tokens_component_change_nothing(scope):
    from mjci_extract.io.document import InputDocument
    from mjci_extract.run.pipeline import Pipeline

    paths = sorted(SAMPLE.rglob("*.txt"))[:10]
    docs = [InputDocument.from_text(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in paths]
    pipeline = Pipeline.load(overrides=[f"ner.scope={scope}"])
    assert pipeline.get_pipe("ner").backend.word_engine() == "nlpo3"
    shared = list(pipeline.pipe(docs))
    pipeline.get_pipe("ner").backend.word_engine = lambda: None  # segment every window again
    assert list(pipeline.pipe(docs)) == shared
    assert sum(len(r.entities) for r in shared) > 100
