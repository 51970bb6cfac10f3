"""Read NER training/evaluation data: ThaiNER inline tags and the project's annotations JSONL.

ThaiNER 1.5 writes one example per line with inline tags: `ตามที่[PERSON]นางประนอม[/PERSON] กับ ...`.
We parse those into plain text plus character spans, and report every malformed tag (unknown
label, nesting, a close that does not match, a tag left open) with its file and line, so bad
lines are never dropped silently.

For spaCy, each example becomes a `Doc` whose tokens come from the NER tokenizer (ner/tokenizer.py) run
separately on the text *between* tag boundaries: an entity boundary is then always a token
boundary, whatever the word segmenter would have done across it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from mjci_extract.io.jsonl import BLANK, iter_json_lines
from mjci_extract.ner.tokenizer import ner_words
from mjci_extract.record.models import ALL_LABELS, NER_LABELS
from mjci_extract.text.spans import strip_span

_TAG = re.compile(r"\[(/?)([A-Za-z_]+)\]")


@dataclass(frozen=True)
class LabeledSpan:
    start: int
    end: int
    label: str


@dataclass
class Example:
    """One gold example: plain text and entity spans (character offsets into `text`)."""

    text: str
    spans: list[LabeledSpan]
    origin: str  # "FILE:LINE", for messages


@dataclass(frozen=True)
class ConversionIssue:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class ConversionResult:
    examples: list[Example] = field(default_factory=list)
    issues: list[ConversionIssue] = field(default_factory=list)


class ConversionError(ValueError):
    """Raised in strict mode; carries every issue found."""

    def __init__(self, issues: list[ConversionIssue]) -> None:
        self.issues = issues
        shown = "\n".join(str(i) for i in issues[:20])
        more = f"\n... and {len(issues) - 20} more" if len(issues) > 20 else ""
        super().__init__(f"{len(issues)} malformed line(s):\n{shown}{more}")


def parse_tagged_line(line: str, labels: Iterable[str] = NER_LABELS) -> tuple[Example | None, str]:
    """Parse one ThaiNER line. Returns (example, "") or (None, reason) when a tag is malformed."""
    known = set(labels)
    text_parts: list[str] = []
    spans: list[LabeledSpan] = []
    length = 0
    open_label: str | None = None
    open_at = 0
    cursor = 0
    for m in _TAG.finditer(line):
        closing, label = m.group(1) == "/", m.group(2)
        text_parts.append(line[cursor : m.start()])
        length += m.start() - cursor
        cursor = m.end()
        if label not in known:
            return None, f"unknown label {label!r} in tag {m.group(0)!r} at column {m.start() + 1}"
        if not closing:
            if open_label is not None:
                return None, (
                    f"tag {m.group(0)!r} at column {m.start() + 1} opens inside "
                    f"[{open_label}] (nested tags are not supported)"
                )
            open_label, open_at = label, length
        else:
            if open_label is None:
                return (
                    None,
                    f"closing tag {m.group(0)!r} at column {m.start() + 1} has no opening tag",
                )
            if label != open_label:
                return None, (
                    f"closing tag {m.group(0)!r} at column {m.start() + 1} does not match "
                    f"the open [{open_label}]"
                )
            spans.append(LabeledSpan(open_at, length, label))
            open_label = None
    if open_label is not None:
        return None, f"tag [{open_label}] is never closed"
    text_parts.append(line[cursor:])
    text = "".join(text_parts)
    trimmed = []
    for span in spans:
        start, end = _trim(text, span.start, span.end)
        if start < end:  # an empty or all-space entity carries no information
            trimmed.append(LabeledSpan(start, end, span.label))
    return Example(text=text, spans=trimmed, origin=""), ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # Annotators sometimes include the space next to a name; entity offsets exclude it.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_thainer(path: str | Path, labels: Iterable[str] = NER_LABELS) -> ConversionResult:
    """Read a ThaiNER inline-tag file (one example per line; a leading BOM is ignored)."""
    path = Path(path)
    result = ConversionResult()
    labels = tuple(labels)
    with path.open(encoding="utf-8-sig") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            example, reason = parse_tagged_line(line, labels)
            if example is None:
                result.issues.append(ConversionIssue(str(path), number, reason))
                continue
            example.origin = f"{path}:{number}"
            result.examples.append(example)
    return result


def read_annotations(path: str | Path, labels: Iterable[str] = ALL_LABELS) -> ConversionResult:
    """Read annotations/spans.jsonl ({"id","text","spans":[{"start","end","label"}],...})."""
    path = Path(path)
    known = set(labels)
    result = ConversionResult()
    with path.open("rb") as handle:
        for line in iter_json_lines(handle):
            number, item = line.number, line.value
            if line.problem == BLANK:
                continue
            reason = ""
            if line.problem is not None:
                # A line still being written by another process reads as truncated JSON.
                result.issues.append(ConversionIssue(str(path), number, line.problem))
                continue
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                result.issues.append(ConversionIssue(str(path), number, 'no "text" string'))
                continue
            text = item["text"]
            spans = []
            for k, span in enumerate(item.get("spans") or []):
                try:
                    start, end, label = int(span["start"]), int(span["end"]), str(span["label"])
                except (KeyError, TypeError, ValueError):
                    reason = f"span {k} lacks integer start/end and a label"
                    break
                if label not in known:
                    reason = f"span {k} has unknown label {label!r}"
                    break
                if not 0 <= start < end <= len(text):
                    reason = (
                        f"span {k} offsets {start}..{end} are outside the text (length {len(text)})"
                    )
                    break
                if "text" in span and text[start:end] != span["text"]:
                    reason = (
                        f"span {k} text {span['text']!r} != text[{start}:{end}] {text[start:end]!r}"
                    )
                    break
                start, end = _trim(text, start, end)
                if start < end:
                    spans.append(LabeledSpan(start, end, label))
            if not reason:
                reason = _overlap_reason(spans)
            if reason:
                result.issues.append(ConversionIssue(str(path), number, reason))
                continue
            result.examples.append(Example(text=text, spans=spans, origin=f"{path}:{number}"))
    return result


def _overlap_reason(spans: list[LabeledSpan]) -> str:
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.start < a.end:
            return f"spans {a.start}..{a.end} {a.label} and {b.start}..{b.end} {b.label} overlap"
    return ""


def read_examples(path: str | Path, labels: Iterable[str] | None = None) -> ConversionResult:
    """Read either format, chosen by extension: .jsonl/.json is annotations, anything else ThaiNER."""
    path = Path(path)
    if path.suffix.lower() in (".jsonl", ".json"):
        return read_annotations(path, labels or ALL_LABELS)
    return read_thainer(path, labels or NER_LABELS)


def example_to_doc(
    example: Example, vocab: Vocab, keep_labels: Iterable[str] | None = None, engine: str = "nlpo3"
) -> Doc:
    """Tokenize `example` with entity boundaries forced to token boundaries; set its entities.

    Spans whose label is not in `keep_labels` are left unlabelled (they become "O"), which is how a
    model is trained on a subset of ThaiNER's labels.
    """
    keep = None if keep_labels is None else set(keep_labels)
    cuts = {0, len(example.text)}
    for span in example.spans:
        cuts.update((span.start, span.end))
    words: list[str] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    bounds = sorted(cuts)
    for left, right in zip(bounds, bounds[1:], strict=False):
        offset = left
        for word in ner_words(example.text[left:right], engine):
            starts[offset] = len(words)
            offset += len(word)
            words.append(word)
            ends[offset] = len(words)
    doc = Doc(vocab, words=words, spaces=[False] * len(words))
    ents = []
    for span in example.spans:
        if keep is not None and span.label not in keep:
            continue
        ents.append(Span(doc, starts[span.start], ends[span.end], label=span.label))
    doc.ents = ents
    return doc


def split_lines(example: Example) -> list[Example]:
    """Cut a whole-brief example into its lines (at newlines no span crosses), each stripped of
    surrounding whitespace and with its spans moved; blank lines are dropped. Training on lines
    instead of whole briefs keeps examples short (spaCy's parser trains long docs in oracle cuts,
    which failed with E024 on some whole thaigov briefs)."""
    text = example.text
    inside = [False] * (len(text) + 1)
    for span in example.spans:
        for i in range(span.start, span.end):
            inside[i] = True
    pieces: list[Example] = []
    start = 0
    for end in [i for i, ch in enumerate(text) if ch == "\n" and not inside[i]] + [len(text)]:
        left, right = strip_span(text, start, end)
        if left < right:
            spans = [
                LabeledSpan(s.start - left, s.end - left, s.label)
                for s in example.spans
                if left <= s.start and s.end <= right
            ]
            pieces.append(Example(text=text[left:right], spans=spans, origin=example.origin))
        start = end + 1
    return pieces


def iter_docs(
    examples: Iterable[Example], vocab: Vocab, keep_labels: Iterable[str] | None = None
) -> Iterator[Doc]:
    for example in examples:
        yield example_to_doc(example, vocab, keep_labels)


def without_person_titles(example: Example, titles: Iterable[str]) -> Example | None:
    """A copy of `example` with the courtesy title cut from the front of each PERSON entity
    ("นายสมชาย ใจดี" -> "สมชาย ใจดี"), or None when no entity starts with one.

    ThaiNER names nearly always carry a title, but briefs often name officials without one; the
    copies teach the model that a bare name is a PERSON too. Longest title wins; a title is cut
    only when a name follows it inside the entity.
    """
    ordered = sorted(set(titles), key=len, reverse=True)
    cuts: list[tuple[int, int]] = []
    for span in example.spans:
        if span.label != "PERSON":
            continue
        for title in ordered:
            rest = example.text[span.start + len(title) : span.end]
            if example.text.startswith(title, span.start) and rest.strip():
                end = span.start + len(title)
                while end < span.end and example.text[end] == " ":  # "นาย สมชาย"
                    end += 1
                cuts.append((span.start, end))
                break
    if not cuts:
        return None

    def moved(offset: int) -> int:
        return offset - sum(min(end, offset) - start for start, end in cuts if start < offset)

    text = "".join(
        example.text[left:right]
        for left, right in zip(
            [0] + [end for _, end in cuts],
            [start for start, _ in cuts] + [len(example.text)],
            strict=True,
        )
    )
    spans = [LabeledSpan(moved(s.start), moved(s.end), s.label) for s in example.spans]
    return Example(text=text, spans=[s for s in spans if s.start < s.end], origin=example.origin)
