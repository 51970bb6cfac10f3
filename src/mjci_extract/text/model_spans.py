"""What the NER model reads and finds, as the rules see it: the `ner` component's slot, its
config section and the stretches of text (windows) it reads.

They sit in the text layer, not in ner/, because the persons rule reads them too (extract and ner
are sibling layers that do not import each other).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import NonNegativeInt, PositiveInt

from mjci_extract.core.config import Section, config_section
from mjci_extract.text.doc import Doc

Scope = Literal["body", "cues", "all"]


@config_section("ner")
class NerSettings(Section):
    """[ner]: each key's value and what it does are in default.cfg."""

    backend: Literal["spacy", "transformers", "none"]
    model: str
    scope: Scope
    cue_window: NonNegativeInt
    cue_max_chunk: PositiveInt


@dataclass
class ModelSpans:
    """Slot of the `ner` component: the model's spans (start, end, label) and the scope it read."""

    spans: list[tuple[int, int, str]]
    scope: Scope


def ner_windows(doc: Doc, scope: Scope | None = None) -> list[tuple[int, int]]:
    """The stretches the model reads, by `[ner] scope` (or `scope`):

    - "all": the whole text;
    - "body" (default): the body (the header repeats the title two or three times and the source
      line is a URL);
    - "cues": only the body's clauses that lead up to a position word, where the model adds
      what the rules cannot (a name written without a title). Faster; the record then lists
      model entities from those clauses only.
    """
    settings = doc.settings(NerSettings)
    scope = scope or settings.scope
    text = doc.text
    if scope == "all":
        return [(0, len(text))]
    body = (doc.layout.body_start, doc.layout.body_end)
    if scope == "body":
        return [body]
    reach, max_chunk = settings.cue_window, settings.cue_max_chunk
    windows: list[tuple[int, int]] = []
    for m in doc.gazetteer.position_pattern.finditer(text, *body):
        line = doc.line_at(m.start())
        start = max(line.start, body[0], m.start() - reach)
        if start > line.start and text[start - 1] != " ":  # begin on a chunk boundary
            floor = max(line.start, start - max_chunk)
            start = text.rfind(" ", floor, start) + 1 or floor
        end = min(line.end, m.end() + reach // 2)
        if end < line.end and text[end] != " ":
            space = text.find(" ", end, min(line.end, end + max_chunk))
            end = space if space >= 0 else min(line.end, end + max_chunk)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def in_cue_windows(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans inside the clauses leading up to a position word (scope "cues"): the officials
    rule was tuned on model names from there, and names elsewhere add nothing it scores."""
    if doc.settings(NerSettings).scope == "cues":
        return spans
    windows = ner_windows(doc, "cues")
    kept, k = [], 0
    for start, end in sorted(spans):
        while k < len(windows) and windows[k][1] < end:
            k += 1
        if k < len(windows) and windows[k][0] <= start:
            kept.append((start, end))
    return kept
