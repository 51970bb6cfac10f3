"""Label Studio: export tasks with predictions, read corrected exports back.

Export writes Label Studio's JSON import format: a list of tasks, each `{"data": {"text": ...},
"predictions": [{"model_version", "result": [...]}]}` where every result item is a `labels`
region `{"from_name": "label", "to_name": "text", "type": "labels", "value": {"start", "end",
"text", "labels": [LABEL]}}`. The matching labelling interface is `label_config()`.

Import reads Label Studio's "JSON" export (tasks with `annotations`) and also its "JSON-MIN"
export (flat `{"text", "label": [...]}` objects). Offsets are Unicode code points.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import quoteattr

from mjci_extract.annotate.predictions import PredictedDocument
from mjci_extract.annotate.store import (
    ImportedTask,
    ParsedExport,
    RawSpan,
    StoreError,
    text_sha256,
)
from mjci_extract.io.jsonl import loads_json
from mjci_extract.record.models import ALL_LABELS

FROM_NAME = "label"
TO_NAME = "text"

# One distinct background per label, readable behind Thai glyphs.
LABEL_COLOURS: dict[str, str] = {
    "PERSON": "#aa9cfc",
    "ORGANIZATION": "#7aecec",
    "LOCATION": "#ff9561",
    "DATE": "#bfe1d9",
    "TIME": "#e4e7d2",
    "FACILITY": "#9cc9cc",
    "MONEY": "#e4e7d2",
    "PERCENT": "#e4e7d2",
    "LAW": "#ff8197",
    "LEN": "#e4e7d2",
    "PHONE": "#c887fb",
    "URL": "#c887fb",
    "EMAIL": "#c887fb",
    "ZIP": "#c887fb",
    "AGO": "#bfe1d9",
    "POSITION": "#feca74",
    "MEETING": "#bfeeb7",
    "PROJECT": "#f0d0ff",
    "HONORIFIC": "#dddddd",
}


def label_config(labels: Sequence[str] = ALL_LABELS) -> str:
    """The Label Studio labelling interface for these tasks (paste into the project settings).

    granularity="symbol" because Thai has no spaces between words: word snapping would cut
    names in the wrong places.
    """
    lines = ["<View>", f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">']
    for label in labels:
        colour = LABEL_COLOURS.get(label, "#dddddd")
        lines.append(f"    <Label value={quoteattr(label)} background={quoteattr(colour)}/>")
    lines += [
        "  </Labels>",
        f'  <Text name="{TO_NAME}" value="$text" granularity="symbol"/>',
        "</View>",
        "",
    ]
    return "\n".join(lines)


def to_task(doc: PredictedDocument, model_version: str) -> dict:
    """One Label Studio task with the model's spans as a prediction."""
    result = [
        {
            "id": f"p{i}",
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "value": {"start": s.start, "end": s.end, "text": s.text, "labels": [s.label]},
        }
        for i, s in enumerate(doc.spans)
    ]
    return {
        "data": {
            "text": doc.text,
            "doc_id": doc.doc_id,
            "text_sha256": text_sha256(doc.text),
            "source_path": doc.source_path,
            "source_sha256": doc.source_sha256,
        },
        "predictions": [{"model_version": model_version, "result": result}],
    }


def write_tasks(path: Path, docs: Sequence[PredictedDocument], model_version: str) -> Path:
    """Write the tasks file and the label config beside it; return the config's path."""
    path = Path(path)
    tasks = [to_task(doc, model_version) for doc in docs]
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config_path = label_config_path(path)
    config_path.write_text(label_config(), encoding="utf-8")
    return config_path


def label_config_path(tasks_path: Path) -> Path:
    return tasks_path.with_name(tasks_path.stem + ".label_config.xml")


def _task_id(task: dict, data: dict) -> str | None:
    """Our document id if the task came from our export, else Label Studio's own task id."""
    for holder in (data, task, task.get("meta") or {}, data.get("meta") or {}):
        if isinstance(holder, dict) and isinstance(holder.get("doc_id"), str) and holder["doc_id"]:
            return holder["doc_id"]
    if isinstance(task.get("id"), int | str) and str(task["id"]):
        return str(task["id"])
    return None


def _pick_annotation(annotations: list) -> dict | None:
    """The most recent annotation that was not skipped ("cancelled") in Label Studio."""
    usable = [a for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")]
    if not usable:
        return None
    # ISO timestamps compare correctly as strings; list order breaks ties (later wins).
    ranked = sorted(
        enumerate(usable),
        key=lambda ia: (str(ia[1].get("updated_at") or ia[1].get("created_at") or ""), ia[0]),
    )
    return ranked[-1][1]


def _region_span(item: object, where: str, problems: list[str]) -> RawSpan | None:
    if not isinstance(item, dict):
        problems.append(f"{where}: expected an object, found {type(item).__name__}")
        return None
    if item.get("type") != "labels":
        problems.append(
            f"{where}: result type {item.get('type')!r} is not supported (only 'labels' regions)"
        )
        return None
    value = item.get("value")
    if not isinstance(value, dict):
        problems.append(f"{where}: has no 'value' object")
        return None
    labels = value.get("labels")
    if not isinstance(labels, list) or len(labels) != 1:
        problems.append(f"{where}: needs exactly one label in value.labels, found {labels!r}")
        return None
    if "start" not in value or "end" not in value:
        problems.append(f"{where}: value has no start/end offsets")
        return None
    return RawSpan(value["start"], value["end"], labels[0], value.get("text"), where=where)


def _min_span(item: object, where: str, problems: list[str]) -> RawSpan | None:
    """A region from the JSON-MIN export: {"start", "end", "text", "labels": [...]}."""
    if not isinstance(item, dict):
        problems.append(f"{where}: expected an object, found {type(item).__name__}")
        return None
    return _region_span({"type": "labels", "value": item}, where, problems)


def read_export(path: Path) -> ParsedExport:
    """Parse a Label Studio export into tasks, tasks without an annotation, and problems.

    Every structural problem names the file, task and item; an unreadable file raises StoreError.
    """
    path = Path(path)
    try:
        payload = loads_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:  # ValueError: bad UTF-8, syntax, nesting too deep
        raise StoreError([f"{path}: cannot read a Label Studio JSON export: {error}"]) from error
    if isinstance(payload, dict):
        payload = [payload]
    if not isinstance(payload, list):
        raise StoreError([f"{path}: expected a JSON list of tasks, found {type(payload).__name__}"])
    tasks: list[ImportedTask] = []
    unannotated: list[str] = []
    problems: list[str] = []
    for index, task in enumerate(payload):
        where = f"{path}: task[{index}]"
        if not isinstance(task, dict):
            problems.append(f"{where}: expected an object, found {type(task).__name__}")
            continue
        minimal = "data" not in task
        data = task if minimal else task["data"]
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            problems.append(f"{where}: has no text (data.text)")
            continue
        task_id = _task_id(task, data)
        if task_id is None:
            problems.append(f"{where}: has no id (data.doc_id or id)")
            continue
        where = f"{where} (id {task_id!r})"
        spans: list[RawSpan] = []
        if minimal:
            if "label" not in task:
                unannotated.append(f"{where}: no annotation, not imported")
                continue
            items = task["label"]
            if not isinstance(items, list):
                problems.append(f"{where}: 'label' is not a list")
                continue
            for i, item in enumerate(items):
                span = _min_span(item, f"{where}: label[{i}]", problems)
                if span is not None:
                    spans.append(span)
        else:
            annotations = task.get("annotations") or []
            if not isinstance(annotations, list):
                problems.append(f"{where}: 'annotations' is not a list")
                continue
            annotation = _pick_annotation(annotations)
            if annotation is None:
                unannotated.append(f"{where}: no (uncancelled) annotation, not imported")
                continue
            results = annotation.get("result") or []
            if not isinstance(results, list):
                problems.append(f"{where}: annotation 'result' is not a list")
                continue
            for i, item in enumerate(results):
                span = _region_span(item, f"{where}: result[{i}]", problems)
                if span is not None:
                    spans.append(span)
        expected = data.get("text_sha256")
        tasks.append(
            ImportedTask(
                id=task_id,
                text=data["text"],
                spans=spans,
                where=where,
                expected_sha256=expected if isinstance(expected, str) else None,
            )
        )
    return ParsedExport(tasks=tasks, unannotated=unannotated, problems=problems)
