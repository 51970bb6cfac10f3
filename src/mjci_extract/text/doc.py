"""The pipeline's document: normalised text, the typed config, and the slots components fill.

Each component stores its findings as one dataclass (a *slot*), keyed by its class:
`doc.set(PersonsFound(...))`, then `doc.get(PersonsFound)`. Asking for a slot no component has
filled raises MissingSlot naming the component that assigns it.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import Any, TypeVar

from mjci_extract.core.config import Config, S
from mjci_extract.core.registry import assigned_by
from mjci_extract.lexicon.gazetteer import Gazetteer
from mjci_extract.record.models import Span
from mjci_extract.text.layout import Layout, Line, lines_of
from mjci_extract.text.normalize import NormalizedText
from mjci_extract.text.segment import Tokens

T = TypeVar("T")


class MissingSlot(LookupError):
    """A rule asked for findings that no component earlier in the pipeline stored."""


class Doc:
    """One document as the rules see it: normalised text plus everything found so far."""

    def __init__(self, norm: NormalizedText, gazetteer: Gazetteer, config: Config) -> None:
        self.norm = norm
        self.text = norm.text
        self.gazetteer = gazetteer
        self.config = config
        self._slots: dict[type, Any] = {}

    def set(self, slot: Any) -> None:
        self._slots[type(slot)] = slot
        self.__dict__.pop("token_bounds", None)
        self.__dict__.pop("layout", None)

    def get(self, slot: type[T]) -> T:
        try:
            return self._slots[slot]
        except KeyError:
            by = assigned_by(slot)
            raise MissingSlot(
                f"{slot.__name__} is not set: "
                + (f"the component '{by}' assigns it" if by else "no component assigns it")
            ) from None

    def has(self, slot: type) -> bool:
        return slot in self._slots

    def settings(self, section: type[S]) -> S:
        """The validated config section `section` (its values come from default.cfg and
        overrides; code sets no defaults)."""
        return self.config.get(section)

    @cached_property
    def token_bounds(self) -> list[int]:
        """Sorted offsets where a word starts or ends (the `tokens` component's)."""
        return self.get(Tokens).bounds

    @cached_property
    def layout(self) -> Layout:
        return self.get(Layout)

    @cached_property
    def lines(self) -> list[Line]:
        return lines_of(self.text)

    def is_token_boundary(self, offset: int) -> bool:
        if offset <= 0 or offset >= len(self.text):
            return True
        bounds = self.token_bounds
        i = bisect.bisect_left(bounds, offset)
        return i < len(bounds) and bounds[i] == offset

    def next_token_bound(self, offset: int) -> int:
        """The first word boundary after `offset` (the end of the text if there is none)."""
        bounds = self.token_bounds
        i = bisect.bisect_right(bounds, offset)
        return bounds[i] if i < len(bounds) else len(self.text)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_at(self, offset: int) -> Line:
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return self.lines[max(i, 0)]

    def in_body(self, offset: int) -> bool:
        layout = self.layout
        return layout.body_start <= offset < layout.body_end

    def evidence(self, start: int, end: int) -> Span:
        """A normalised span mapped back to the original text."""
        s, e = self.norm.span(start, end)
        return Span(start=s, end=e, text=self.norm.original[s:e])

    def as_written(self, start: int, end: int) -> str:
        """The normalised span `start:end` as the brief writes it: each character as in the
        original (Thai digits, typographic quotes and dashes, a decomposed SARA AM "ํา"), each
        whitespace run as its normalised single space or line break, invisible characters
        dropped. Gold values (../shared/spec/gold.md) are copied "as written"."""
        text, norm = self.text, self.norm
        pieces: list[str] = []
        written = 0  # where the original has been written up to: a run that normalising changed
        # (NFC, a spelling fold) maps each of its characters to the whole run, written once
        for i in range(start, end):
            if text[i].isspace():
                pieces.append(text[i])
                continue
            s, e = norm.start(i), norm.end(i + 1)
            if e > written:
                pieces.append(norm.original[max(s, written) : e])
                written = e
        return "".join(pieces)

    def value(self, span: tuple[int, int] | None) -> str | None:
        """The stripped text of `span` as written (`as_written`), None when there is none."""
        if span is None:
            return None
        start, end = span
        value = self.as_written(start, end).strip()
        return value or None
