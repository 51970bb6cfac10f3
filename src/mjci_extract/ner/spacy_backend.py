"""The spaCy NER backend: loads a model directory built by `mjci-extract train`.

For the shipped transition-based `ner` model it runs `ner/fast_ner.py`, which computes the same
entities as spaCy's own `nlp.pipe` several times faster (whole briefs: ~100 µs a token down to
~10; `fast=False` runs spaCy's path).

For the project's BIO tagger it skips `doc.ents` altogether: it runs the tagger's model on a batch
of docs, takes the argmax and decodes spans straight to character offsets, which is several
milliseconds per brief cheaper than spaCy's Python-level entity bookkeeping. Any other spaCy
pipeline with entities (a `ner` component, say) works too, through `nlp.pipe`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

import mjci_extract.ner.registry  # noqa: F401  (registers what our model configs name)
from mjci_extract.ner.base import EntitySpan, NerModelError
from mjci_extract.ner.bio_tagger import BioEntityTagger
from mjci_extract.ner.fast_ner import FastNer
from mjci_extract.ner.gazetteer_tags import TAG_TABLE_FILE, TagTable
from mjci_extract.ner.tokenizer import ThaiNerTokenizer

# Characters the model reads in one batch, at most (and one text more).
MAX_BATCH_CHARS = 32_000


class SpacyNerBackend:
    def __init__(self, model_dir: Path, batch_size: int = 16, fast: bool = True) -> None:
        model_dir = Path(model_dir)
        fix = (
            "point --ner-model (or $MJCI_NER_MODEL) at a model built by `mjci-extract train`, "
            "reinstall mjci-extract to restore the shipped one, or pass --ner-backend none"
        )
        if not model_dir.is_dir():
            raise NerModelError(f"NER model {model_dir}: no such directory; {fix}")
        if not (model_dir / "config.cfg").is_file():
            raise NerModelError(
                f"NER model {model_dir}: not a spaCy model directory (no config.cfg); {fix}"
            )
        try:
            self.nlp = spacy.load(model_dir)
        except Exception as exc:  # spaCy raises many types; the user needs the path and reason
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise NerModelError(f"NER model {model_dir}: cannot load it ({reason}); {fix}") from exc
        table_path = model_dir / TAG_TABLE_FILE
        if isinstance(self.nlp.tokenizer, ThaiNerTokenizer) and table_path.is_file():
            try:
                self.nlp.tokenizer.tag_table = TagTable.from_file(table_path)
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                raise NerModelError(
                    f"NER model {model_dir}: cannot read {TAG_TABLE_FILE} ({exc}); {fix}"
                ) from exc
        self.model_dir = model_dir
        self.batch_size = batch_size
        taggers = [pipe for _, pipe in self.nlp.pipeline if isinstance(pipe, BioEntityTagger)]
        self._tagger = taggers[0] if len(taggers) == 1 and len(self.nlp.pipeline) == 1 else None
        self._fast = FastNer(self.nlp) if fast and FastNer.supports(self.nlp) else None
        if self._tagger is not None:
            self.labels = tuple(self._tagger.entity_labels)
        else:
            found = set()
            for _, pipe in self.nlp.pipeline:
                found.update(n for n in getattr(pipe, "labels", ()) if "-" not in n)
            self.labels = tuple(sorted(found))

    def word_engine(self) -> str | None:
        """The word segmentation engine the model's tokenizer starts from, when `pipe_words` can
        take words segmented by it; None otherwise."""
        tokenizer = self.nlp.tokenizer
        return tokenizer.engine if isinstance(tokenizer, ThaiNerTokenizer) else None

    def pipe_words(
        self, items: Iterable[tuple[str, list[str] | None]], batch_size: int | None = None
    ) -> Iterator[list[EntitySpan]]:
        """Like `pipe`, for (text, words) pairs whose words are `tokenize_words(text, engine)`
        (see `word_engine`), or None to segment the text here."""
        size = batch_size or self.batch_size
        batch: list[tuple[str, list[str] | None]] = []
        chars = 0
        for item in items:
            batch.append(item)
            chars += len(item[0])
            if len(batch) >= size or chars >= MAX_BATCH_CHARS:  # as in `pipe`
                yield from self._run(*zip(*batch, strict=True))
                batch = []
                chars = 0
        if batch:
            yield from self._run(*zip(*batch, strict=True))

    def find(self, text: str) -> list[EntitySpan]:
        return next(self.pipe([text]))

    def pipe(
        self, texts: Iterable[str], batch_size: int | None = None
    ) -> Iterator[list[EntitySpan]]:
        size = batch_size or self.batch_size
        batch: list[str] = []
        chars = 0
        for text in texts:
            batch.append(text)
            chars += len(text)
            # Memory grows with the characters of a batch: a long text (read in windows) gets
            # batches of a few windows, briefs the usual `size` texts.
            if len(batch) >= size or chars >= MAX_BATCH_CHARS:
                yield from self._run(batch)
                batch = []
                chars = 0
        if batch:
            yield from self._run(batch)

    def _run(self, texts, words=None) -> list[list[EntitySpan]]:
        if words is None or self.word_engine() is None:
            docs = [self.nlp.make_doc(text) for text in texts]
        else:
            tokenizer = self.nlp.tokenizer
            docs = [
                self.nlp.make_doc(text) if w is None else tokenizer.from_words(list(w))
                for text, w in zip(texts, words, strict=True)
            ]
        if self._fast is not None:
            return [
                _char_spans(doc, text, token_spans)
                for doc, text, token_spans in zip(
                    docs, texts, self._fast.predict(docs), strict=True
                )
            ]
        if self._tagger is None:
            return [
                self._from_ents(doc, text)
                for doc, text in zip(self.nlp.pipe(docs), texts, strict=True)
            ]
        nonempty = [doc for doc in docs if len(doc)]
        scores = iter(self._tagger.model.predict(nonempty) if nonempty else [])
        decoder = self._tagger.decoder
        results = []
        for doc, text in zip(docs, texts, strict=True):
            if not len(doc):
                results.append([])
                continue
            token_spans = decoder.decode_scores(numpy.asarray(next(scores)))
            results.append(_char_spans(doc, text, token_spans))
        return results

    @staticmethod
    def _from_ents(doc: Doc, text: str) -> list[EntitySpan]:
        # `text` is doc.text: spaCy rebuilds doc.text from every token each time it is read,
        # which, once per entity, cost more than the model itself.
        spans = []
        for ent in doc.ents:
            span = _trimmed(text, ent.start_char, ent.end_char, ent.label_)
            if span is not None:
                spans.append(span)
        return spans


def _char_spans(doc: Doc, text: str, token_spans) -> list[EntitySpan]:
    if not token_spans:
        return []
    offsets = doc.to_array([IDX, LENGTH])
    spans = []
    for start, end, label in token_spans:
        span = _trimmed(text, int(offsets[start, 0]), int(offsets[end - 1].sum()), label)
        if span is not None:
            spans.append(span)
    return spans


def _trimmed(text: str, start: int, end: int, label: str) -> EntitySpan | None:
    # Spaces are tokens, and a tagger may put one at an entity's edge; offsets exclude it.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return EntitySpan(start, end, label) if start < end else None
