"""The record as the components build it: each one's `contribute(doc, draft)` sets the fields it
owns and adds its entity spans; the pipeline then merges the spans and validates a `Record`."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from mjci_extract.record.models import Record

# (start, end, label, source) in the normalised text; source "model" or "rule".
SpanTuple = tuple[int, int, str, str]


@dataclass
class RecordDraft:
    """Record fields by name (Record decides their order) and entity spans from every component."""

    fields: dict[str, Any] = field(default_factory=dict)
    spans: list[SpanTuple] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def set(self, name: str, value: Any) -> None:
        """Set a Record field; two components setting one field is a bug in the pipeline."""
        if name not in Record.model_fields or name in ("entities", "warnings"):
            raise KeyError(f"{name!r} is no Record field a component sets")
        if name in self.fields:
            raise KeyError(f"Record field {name!r} set twice")
        self.fields[name] = value

    def add_span(self, start: int, end: int, label: str, source: str = "rule") -> None:
        self.spans.append((start, end, label, source))

    def merged_spans(self) -> list[SpanTuple]:
        model = [(s, e, label) for s, e, label, source in self.spans if source == "model"]
        rule = [(s, e, label) for s, e, label, source in self.spans if source != "model"]
        return merge_spans(model, rule)


def merge_spans(
    model: list[tuple[int, int, str]], rule: list[tuple[int, int, str]]
) -> list[SpanTuple]:
    """One span per mention and label: (start, end, label, source), sorted.

    Model spans come first; a rule span is added only where no span of its label overlaps it
    (the mention is already there, with the model's boundaries). Within each group the longer
    span wins, so a model PERSON that the persons rule completed ("โชติรัตน์" -> "กุศล
    โชติรัตน์", given as a model span) replaces the one-word span it grew from. The result does
    not depend on the order of either list (each is sorted by a total key first).
    """
    # The spans taken for a label never overlap, so sorted by start their ends are sorted too:
    # the only one that can overlap a new span is the last that starts before its end.
    taken: dict[str, tuple[list[int], list[int]]] = {}
    out: list[SpanTuple] = []
    for spans, source in ((model, "model"), (rule, "rule")):
        for start, end, label in sorted(set(spans), key=lambda x: (x[0] - x[1], x[0], x[2])):
            if end <= start:
                continue
            starts, ends = taken.setdefault(label, ([], []))
            at = bisect.bisect_left(starts, end)
            if at and ends[at - 1] > start:
                continue
            starts.insert(at, start)
            ends.insert(at, end)
            out.append((start, end, label, source))
    return sorted(out)
