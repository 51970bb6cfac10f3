"""doccano: export sequence-labelling examples with predictions, read corrected exports back.

Export writes doccano's JSONL import format, one example per line:
`{"text": ..., "label": [[start, end, "LABEL"], ...], "doc_id": ..., ...}`; the extra keys are
kept by doccano as metadata. The label set is written beside it in doccano's label-import JSON.

Import reads doccano's JSONL export in either of its shapes: `"label": [[start, end, LABEL]]`
or `"entities": [{"start_offset", "end_offset", "label"}]`. Offsets are Unicode code points.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from mjci_extract.annotate.labelstudio import LABEL_COLOURS
from mjci_extract.annotate.predictions import PredictedDocument
from mjci_extract.annotate.store import (
    ImportedTask,
    ParsedExport,
    RawSpan,
    StoreError,
    text_sha256,
)
from mjci_extract.io.jsonl import BLANK, encode_lines, iter_json_lines, open_input
from mjci_extract.record.models import ALL_LABELS


def to_example(doc: PredictedDocument) -> dict:
    return {
        "text": doc.text,
        "label": [[s.start, s.end, s.label] for s in doc.spans],
        "doc_id": doc.doc_id,
        "text_sha256": text_sha256(doc.text),
        "source_path": doc.source_path,
        "source_sha256": doc.source_sha256,
    }


def label_definitions(labels: Sequence[str] = ALL_LABELS) -> list[dict]:
    """doccano's label import format (Labels > Actions > Import Labels)."""
    return [
        {
            "text": label,
            "background_color": LABEL_COLOURS.get(label, "#dddddd"),
            "text_color": "#000000",
        }
        for label in labels
    ]


def labels_path(examples_path: Path) -> Path:
    return examples_path.with_name(examples_path.stem + ".labels.json")


def write_examples(path: Path, docs: Sequence[PredictedDocument]) -> Path:
    """Write the JSONL examples and the label definitions beside them; return the labels' path."""
    path = Path(path)
    path.write_bytes(encode_lines(to_example(doc) for doc in docs))
    labels = labels_path(path)
    labels.write_text(
        json.dumps(label_definitions(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return labels


def _example_id(example: dict) -> str | None:
    """Our document id if the example came from our export, else doccano's own example id."""
    meta = example.get("meta") if isinstance(example.get("meta"), dict) else {}
    for holder in (example, meta):
        if isinstance(holder.get("doc_id"), str) and holder["doc_id"]:
            return holder["doc_id"]
    if isinstance(example.get("id"), int | str) and str(example["id"]):
        return str(example["id"])
    return None


def _spans(example: dict, where: str, problems: list[str]) -> list[RawSpan]:
    spans: list[RawSpan] = []
    if "entities" in example and "label" not in example:
        entities = example["entities"]
        if not isinstance(entities, list):
            problems.append(f"{where}: 'entities' is not a list")
            return spans
        for i, item in enumerate(entities):
            at = f"{where}: entities[{i}]"
            if not isinstance(item, dict) or not {"start_offset", "end_offset", "label"} <= set(
                item
            ):
                problems.append(
                    f"{at}: expected {{start_offset, end_offset, label}}, found {item!r}"
                )
                continue
            spans.append(RawSpan(item["start_offset"], item["end_offset"], item["label"], where=at))
        return spans
    labels = example.get("label", [])
    if not isinstance(labels, list):
        problems.append(f"{where}: 'label' is not a list")
        return spans
    for i, item in enumerate(labels):
        at = f"{where}: label[{i}]"
        if not isinstance(item, list) or len(item) != 3:
            problems.append(f"{at}: expected [start, end, LABEL], found {item!r}")
            continue
        spans.append(RawSpan(item[0], item[1], item[2], where=at))
    return spans


def read_export(path: Path) -> ParsedExport:
    """Parse a doccano JSONL export; every problem names the file, line (task) and span."""
    path = Path(path)
    try:
        with open_input(str(path)) as stream:
            lines = list(iter_json_lines(stream))
    except OSError as error:
        raise StoreError([f"{path}: cannot read a doccano JSONL export: {error}"]) from error
    parsed = ParsedExport()
    for line in lines:
        if line.problem == BLANK:
            continue
        where = f"{path}:{line.number}"
        if line.problem is not None:
            parsed.problems.append(f"{where}: {line.problem}")
            continue
        example = line.value
        if not isinstance(example, dict) or not isinstance(example.get("text"), str):
            parsed.problems.append(f"{where}: expected an object with a 'text' string")
            continue
        example_id = _example_id(example)
        if example_id is None:
            parsed.problems.append(f"{where}: has no id (doc_id or id)")
            continue
        where = f"{where} (id {example_id!r})"
        expected = example.get("text_sha256")
        parsed.tasks.append(
            ImportedTask(
                id=example_id,
                text=example["text"],
                spans=_spans(example, where, parsed.problems),
                where=where,
                expected_sha256=expected if isinstance(expected, str) else None,
            )
        )
    return parsed
