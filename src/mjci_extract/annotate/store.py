"""The annotation store: `annotations/spans.jsonl`, one corrected text per line.

Every line is an `AnnotatedText`. The store is only ever replaced whole and atomically (write a
temporary file beside it, then `os.replace`), so a failed import leaves it byte-identical.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mjci_extract.io.jsonl import BLANK, encode_lines, iter_json_lines
from mjci_extract.record.models import ALL_LABELS

DEFAULT_STORE = Path("annotations") / "spans.jsonl"

AnnotationSource = Literal["manual", "label-studio", "doccano", "model"]


class StoredSpan(BaseModel):
    """One labelled stretch of the text: `text == document_text[start:end]`."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str
    text: str


class AnnotatedText(BaseModel):
    """One line of the store: a text and its complete, corrected set of spans."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the UTF-8 text")
    text: str
    spans: list[StoredSpan] = Field(default_factory=list)
    source: AnnotationSource
    updated: str = Field(description="ISO 8601 UTC timestamp of the last import")


class StoreError(Exception):
    """The store, or what was to be written into it, is invalid. `problems` lists every reason."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass
class RawSpan:
    """A span as read from an export, before validation. `text` is None when not given."""

    start: object
    end: object
    label: object
    text: object | None = None
    where: str = ""


@dataclass
class ImportedTask:
    """One task read from an export; `where` names it in messages ("file: task #3 (id 'x')")."""

    id: str
    text: str
    spans: list[RawSpan] = field(default_factory=list)
    where: str = ""
    expected_sha256: str | None = None


@dataclass
class ParsedExport:
    """What a reader got from an export file, before span validation."""

    tasks: list[ImportedTask] = field(default_factory=list)
    unannotated: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _utf16_hint(text: str, start: int, end: int, given: str) -> str:
    """Explain a mismatch caused by offsets counted in UTF-16 units (JavaScript string indices)."""
    units = text.encode("utf-16-le")
    piece = units[2 * start : 2 * end].decode("utf-16-le", errors="replace")
    if piece == given:
        return " (the offsets look like UTF-16 code units; this store counts Unicode code points)"
    return ""


def span_problems(text: str, spans: Iterable[RawSpan]) -> tuple[list[StoredSpan], list[str]]:
    """Validate spans against their text; return the valid spans (sorted) and every problem.

    Rules: integer offsets, 0 <= start < end <= len(text), the span text (when given) equals
    text[start:end], the label is one of `ALL_LABELS`, and no two spans overlap.
    """
    problems: list[str] = []
    valid: list[tuple[StoredSpan, str]] = []
    for raw in spans:
        start, end, label = raw.start, raw.end, raw.label
        if not isinstance(start, int) or isinstance(start, bool):
            problems.append(f"{raw.where}: start {start!r} is not an integer")
            continue
        if not isinstance(end, int) or isinstance(end, bool):
            problems.append(f"{raw.where}: end {end!r} is not an integer")
            continue
        if start >= end:
            problems.append(f"{raw.where}: offsets [{start}:{end}] give an empty or reversed span")
            continue
        if start < 0 or end > len(text):
            problems.append(
                f"{raw.where}: offsets [{start}:{end}] are outside the text (length {len(text)})"
            )
            continue
        if not isinstance(label, str) or label not in ALL_LABELS:
            problems.append(
                f"{raw.where}: unknown label {label!r} (known: {', '.join(ALL_LABELS)})"
            )
            continue
        actual = text[start:end]
        if raw.text is not None and raw.text != actual:
            problems.append(
                f"{raw.where}: text[{start}:{end}] is {actual!r} but the span text is "
                f"{raw.text!r}{_utf16_hint(text, start, end, str(raw.text))}"
            )
            continue
        valid.append((StoredSpan(start=start, end=end, label=label, text=actual), raw.where))
    valid.sort(key=lambda item: (item[0].start, item[0].end))
    for (left, left_where), (right, right_where) in zip(valid, valid[1:], strict=False):
        if right.start < left.end:
            problems.append(
                f"{right_where}: [{right.start}:{right.end} {right.label} {right.text!r}] overlaps "
                f"[{left.start}:{left.end} {left.label} {left.text!r}] ({left_where})"
            )
    return [span for span, _ in valid], problems


def validate_tasks(
    tasks: Sequence[ImportedTask],
    source: AnnotationSource,
    updated: str | None = None,
    earlier_problems: Sequence[str] = (),
) -> list[AnnotatedText]:
    """Turn imported tasks into store entries, or raise StoreError listing every problem.

    `earlier_problems` (from reading the export) are reported together with these, so one run
    shows everything that needs fixing.
    """
    problems: list[str] = list(earlier_problems)
    entries: list[AnnotatedText] = []
    first_seen: dict[str, str] = {}
    stamp = updated or utc_now()
    for task in tasks:
        if task.id in first_seen:
            problems.append(f"{task.where}: the same id also appears at {first_seen[task.id]}")
            continue
        first_seen[task.id] = task.where
        sha = text_sha256(task.text)
        if task.expected_sha256 is not None and task.expected_sha256 != sha:
            problems.append(
                f"{task.where}: the task text was changed after export (its SHA-256 is {sha}, "
                f"the export recorded {task.expected_sha256})"
            )
            continue
        spans, span_errors = span_problems(task.text, task.spans)
        if span_errors:
            problems.extend(span_errors)
            continue
        entries.append(
            AnnotatedText(
                id=task.id, sha256=sha, text=task.text, spans=spans, source=source, updated=stamp
            )
        )
    if problems:
        raise StoreError(problems)
    return entries


def read_store(path: Path) -> list[AnnotatedText]:
    """Read and fully validate the store; a missing file is an empty store."""
    path = Path(path)
    if not path.exists():
        return []
    problems: list[str] = []
    entries: list[AnnotatedText] = []
    seen: dict[str, int] = {}
    with path.open("rb") as handle:
        for line in iter_json_lines(handle):
            number = line.number
            if line.problem == BLANK:
                continue
            where = f"{path}:{number}"
            if line.problem is not None:
                problems.append(f"{where}: not a valid store entry: {line.problem}")
                continue
            try:
                entry = AnnotatedText.model_validate(line.value)
            except ValidationError as error:
                reasons = "; ".join(
                    f"{'.'.join(str(p) for p in e['loc']) or 'line'}: {e['msg']}"
                    for e in error.errors()
                )
                problems.append(f"{where}: not a valid store entry: {reasons}")
                continue
            if entry.id in seen:
                problems.append(
                    f"{where}: id {entry.id!r} already appears on line {seen[entry.id]}"
                )
                continue
            seen[entry.id] = number
            if text_sha256(entry.text) != entry.sha256:
                problems.append(f"{where}: sha256 does not match the text of id {entry.id!r}")
                continue
            raw = [
                RawSpan(s.start, s.end, s.label, s.text, where=f"{where}: span #{i}")
                for i, s in enumerate(entry.spans)
            ]
            _, span_errors = span_problems(entry.text, raw)
            problems.extend(span_errors)
            entries.append(entry)
    if problems:
        raise StoreError(problems)
    return entries


def write_store(path: Path, entries: Sequence[AnnotatedText]) -> None:
    """Replace the store atomically: a crash or error never leaves a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Not a `with` block: the file must outlive it (delete=False) until os.replace moves it.
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
        "wb", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(encode_lines(entry.model_dump() for entry in entries))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


@dataclass
class MergeSummary:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    total: int = 0


def merge_into_store(path: Path, new_entries: Sequence[AnnotatedText]) -> MergeSummary:
    """Insert or replace entries by id (replaced ones keep their place) and write atomically.

    The existing store is read and validated first; on any error nothing is written.
    """
    existing = read_store(path)
    position = {entry.id: i for i, entry in enumerate(existing)}
    summary = MergeSummary()
    merged = list(existing)
    for entry in new_entries:
        if entry.id in position:
            merged[position[entry.id]] = entry
            summary.replaced.append(entry.id)
        else:
            position[entry.id] = len(merged)
            merged.append(entry)
            summary.added.append(entry.id)
    write_store(path, merged)
    summary.total = len(merged)
    return summary


def is_held_out(entry_id: str, fraction: float) -> bool:
    """A stable train/held-out split by id: the same id always lands on the same side.

    Hashing the id (not the position) keeps the split fixed as the store grows.
    """
    if fraction <= 0:
        return False
    if fraction >= 1:
        return True
    bucket = int(hashlib.sha256(entry_id.encode("utf-8")).hexdigest()[:8], 16) / 0x100000000
    return bucket < fraction


def split_store(
    entries: Sequence[AnnotatedText], held_out_fraction: float
) -> tuple[list[AnnotatedText], list[AnnotatedText]]:
    """(train, held_out) by `is_held_out`."""
    train = [e for e in entries if not is_held_out(e.id, held_out_fraction)]
    held = [e for e in entries if is_held_out(e.id, held_out_fraction)]
    return train, held
