"""The model's predictions for one document, made fit for an annotation tool.

Export takes whatever entities a record carries; the annotation tools (and our store) need a flat,
non-overlapping set of spans with known labels and offsets that match the text. Anything that does
not fit is dropped here and counted, so the export can say what it left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mjci_extract.annotate.store import StoredSpan
from mjci_extract.record.models import ALL_LABELS, Record


@dataclass
class PredictedDocument:
    """One task to export: the document's id, text, and its non-overlapping predicted spans."""

    doc_id: str
    text: str
    spans: list[StoredSpan]
    source_path: str = ""
    source_sha256: str = ""
    dropped: list[str] = field(default_factory=list)


def predicted_document(record: Record, text: str) -> PredictedDocument:
    """Collect the record's entities as spans, dropping invalid, unknown or overlapping ones."""
    dropped: list[str] = []
    candidates: list[tuple[StoredSpan, str]] = []
    for entity in record.entities:
        where = f"{entity.label} [{entity.start}:{entity.end}]"
        if not (0 <= entity.start < entity.end <= len(text)):
            dropped.append(f"{where}: offsets outside the text")
        elif text[entity.start : entity.end] != entity.text:
            dropped.append(f"{where}: entity text does not match the document text")
        elif entity.label not in ALL_LABELS:
            dropped.append(f"{where}: label not in the annotation label set")
        else:
            span = StoredSpan(
                start=entity.start, end=entity.end, label=entity.label, text=entity.text
            )
            candidates.append((span, entity.source))
    # Overlaps (the tools' flat labelling and our store allow none): the model's spans first,
    # since the model is what is being corrected; then rule spans, shortest first, so that names
    # and positions inside a long rule span (a whole meeting mention) stay to be checked.
    candidates.sort(key=lambda c: (c[1] != "model", c[0].end - c[0].start, c[0].start, c[0].label))
    kept: list[StoredSpan] = []
    for span, _ in candidates:
        clash = next((k for k in kept if span.start < k.end and k.start < span.end), None)
        if clash is None:
            kept.append(span)
        else:
            dropped.append(
                f"{span.label} [{span.start}:{span.end}]: overlaps "
                f"{clash.label} [{clash.start}:{clash.end}]"
            )
    kept.sort(key=lambda s: (s.start, s.end))
    return PredictedDocument(
        doc_id=record.doc_id,
        text=text,
        spans=kept,
        source_path=record.source.path,
        source_sha256=record.source.sha256,
        dropped=dropped,
    )
