"""Word and sentence segmentation with pythainlp, and a spaCy tokenizer for Thai built on it.

Word segmentation uses the nlpo3 engine (Rust newmm, about 10x faster than pure-Python newmm
here) with the dictionary that ships in the pythainlp wheel, so nothing is downloaded. Sentence
splitting defaults to a rule splitter (line breaks, then long whitespace-separated clauses):
pythainlp's crfcut model is accurate but runs at about 5 briefs/s, so it is opt-in
(`sentence_engine = "crfcut"`, extra `crfcut`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from mjci_extract.text.spans import strip_span

WORD_ENGINES = ("nlpo3", "newmm")
SENTENCE_ENGINES = ("rules", "crfcut")

# A space in Thai prose closes a clause; it closes a sentence when the next clause opens with
# one of these connectives (they start a new statement in NESDC and thaigov briefs).
_SENTENCE_OPENERS = (
    "ทั้งนี้",
    "นอกจากนี้",
    "อย่างไรก็ตาม",
    "ดังนั้น",
    "สำหรับ",
    "ในการนี้",
    "โอกาสนี้",
    "จากนั้น",
    "ต่อมา",
)
_SENTENCE_BREAK = re.compile(r"\n+|(?<=\S) +(?=(?:" + "|".join(_SENTENCE_OPENERS) + r"))")


@dataclass
class Tokens:
    """Slot of the `tokens` component: sorted offsets where a word starts or ends."""

    bounds: list[int]


def word_bounds(text: str, engine: str) -> Tokens:
    """The word boundaries of `text` (0, then the end of each word)."""
    bounds = [0]
    for word in tokenize_words(text, engine):
        bounds.append(bounds[-1] + len(word))
    return Tokens(bounds)


def tokenize_words(text: str, engine: str = "nlpo3") -> list[str]:
    """Split text into words; the words concatenate back to `text` exactly (spaces kept)."""
    if engine not in WORD_ENGINES:
        raise ValueError(f"unknown word engine {engine!r}; choose one of {WORD_ENGINES}")
    if not text:
        return []
    if engine == "nlpo3":
        # The engine itself, without word_tokenize's post-processing (number re-joining), which
        # costs a quarter of the time and changes nothing the rules or the model rely on.
        from pythainlp.tokenize.nlpo3 import segment

        return segment(text)
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine=engine, keep_whitespace=True)


# Longest stretch one model call reads. Briefs are far shorter (the longest dev or corpus body is
# about 5,400 characters), so they are read whole; a longer text (a day's cabinet summary, or
# hostile input such as 600 KB of Thai without a space) is read in windows of at most this many
# characters, so that time and memory grow linearly with its length.
MAX_WINDOW = 8000


def text_windows(
    text: str,
    start: int = 0,
    end: int | None = None,
    max_len: int = MAX_WINDOW,
    token_bounds: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """Cut `text[start:end]` into consecutive (start, end) windows of at most `max_len` characters.

    A window ends at the last line break in its reach, else the last space, else the last word
    boundary of `token_bounds` (sorted offsets), else at `max_len`; the windows cover the stretch
    exactly, so offsets found in them map back by adding their start. A stretch no longer than
    `max_len` is one window.
    """
    if max_len <= 0:
        raise ValueError("max_len must be positive")
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    while end - start > max_len:
        limit = start + max_len
        cut = text.rfind("\n", start + 1, limit)
        if cut < 0:
            cut = text.rfind(" ", start + 1, limit)
        if cut < 0 and token_bounds:
            i = bisect.bisect_right(token_bounds, limit) - 1
            if i >= 0 and token_bounds[i] > start:
                cut = token_bounds[i]
        if cut <= start:
            cut = limit
        spans.append((start, cut))
        start = cut
    if end > start or not spans:
        spans.append((start, end))
    return spans


def split_sentences(text: str, engine: str = "rules") -> list[tuple[int, int]]:
    """Return sentence (start, end) offsets into `text`, whitespace between them excluded."""
    if engine == "rules":
        spans = []
        last = 0
        for m in _SENTENCE_BREAK.finditer(text):
            spans.append((last, m.start()))
            last = m.end()
        spans.append((last, len(text)))
        return [strip_span(text, s, e) for s, e in spans if text[s:e].strip()]
    if engine == "crfcut":
        return _crfcut_spans(text)
    raise ValueError(f"unknown sentence engine {engine!r}; choose one of {SENTENCE_ENGINES}")


def _crfcut_spans(text: str) -> list[tuple[int, int]]:
    from pythainlp.tokenize import sent_tokenize

    spans = []
    for paragraph_start, paragraph_end in split_sentences_by_line(text):
        cursor = paragraph_start
        for sentence in sent_tokenize(text[paragraph_start:paragraph_end], engine="crfcut"):
            piece = sentence.strip()
            if not piece:
                continue
            at = text.find(piece, cursor, paragraph_end)
            if at < 0:
                continue
            spans.append((at, at + len(piece)))
            cursor = at + len(piece)
    return spans


def split_sentences_by_line(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append(strip_span(text, start, end))
        start = end + 1
    return spans


class ThaiTokenizer:
    """spaCy tokenizer: pythainlp words as tokens; every space stays a token of its own.

    Spaces are kept as tokens (as spaCy's own Thai language does) because in Thai prose they mark
    phrase boundaries, which is what an entity recogniser needs to see.
    """

    def __init__(self, vocab: Vocab, engine: str = "nlpo3") -> None:
        self.vocab = vocab
        self.engine = engine

    def __call__(self, text: str) -> Doc:
        words = tokenize_words(text, self.engine)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline; ours has no state beyond its engine.
    def to_bytes(self, **kwargs) -> bytes:
        return self.engine.encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs) -> ThaiTokenizer:
        self.engine = data.decode("utf-8") or "nlpo3"
        return self

    def to_disk(self, path, **kwargs) -> None:
        from pathlib import Path

        Path(path).write_text(self.engine, encoding="utf-8")

    def from_disk(self, path, **kwargs) -> ThaiTokenizer:
        from pathlib import Path

        self.engine = Path(path).read_text(encoding="utf-8").strip() or "nlpo3"
        return self


@spacy.registry.tokenizers("mjci_extract.ThaiTokenizer.v1")
def create_thai_tokenizer(engine: str = "nlpo3"):
    def make_tokenizer(nlp):
        return ThaiTokenizer(nlp.vocab, engine=engine)

    return make_tokenizer


@lru_cache(maxsize=4)
def blank_thai(engine: str = "nlpo3") -> spacy.language.Language:
    """A blank spaCy Thai pipeline that uses `ThaiTokenizer`."""
    return spacy.blank(
        "th",
        config={
            "nlp": {"tokenizer": {"@tokenizers": "mjci_extract.ThaiTokenizer.v1", "engine": engine}}
        },
    )
