"""Correcting the model: export predictions to annotation tools, import corrections into the store.

export:  records + texts -> Label Studio JSON tasks | doccano JSONL (predictions prefilled)
import:  corrected export -> strict validation -> annotations/spans.jsonl (atomic replace)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from mjci_extract.annotate import doccano, labelstudio
from mjci_extract.annotate.predictions import PredictedDocument, predicted_document
from mjci_extract.annotate.store import (
    DEFAULT_STORE,
    AnnotatedText,
    MergeSummary,
    StoreError,
    merge_into_store,
    read_store,
    validate_tasks,
    write_store,
)

__all__ = [
    "DEFAULT_STORE",
    "AnnotatedText",
    "ExportFormat",
    "ImportReport",
    "PredictedDocument",
    "StoreError",
    "export_documents",
    "import_export",
    "predicted_document",
    "read_store",
    "write_store",
]


class ExportFormat(StrEnum):
    label_studio = "label-studio"
    doccano = "doccano"


def export_documents(
    docs: Sequence[PredictedDocument], fmt: ExportFormat, output: Path, model_version: str
) -> Path:
    """Write the tasks file; return the path of the label set written beside it."""
    if fmt is ExportFormat.label_studio:
        return labelstudio.write_tasks(output, docs, model_version)
    return doccano.write_examples(output, docs)


@dataclass
class ImportReport:
    summary: MergeSummary
    imported: list[AnnotatedText] = field(default_factory=list)
    unannotated: list[str] = field(default_factory=list)


def import_export(export: Path, fmt: ExportFormat, store: Path = DEFAULT_STORE) -> ImportReport:
    """Validate a corrected export and merge it into the store by id.

    Raises StoreError listing every problem (file, task, span); the store is then untouched.
    """
    reader = labelstudio.read_export if fmt is ExportFormat.label_studio else doccano.read_export
    parsed = reader(Path(export))
    entries = validate_tasks(parsed.tasks, source=fmt.value, earlier_problems=parsed.problems)
    summary = merge_into_store(Path(store), entries)
    return ImportReport(summary=summary, imported=entries, unannotated=parsed.unannotated)
