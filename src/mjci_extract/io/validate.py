"""Check a records JSONL file line by line against the Pydantic models.

Every problem is reported with its 1-based line number and a reason a person can act on: bytes that
are not UTF-8, blank lines, JSON syntax errors, values that are not objects, fields that break the
record contract, and doc_ids used twice (they are the join key of `mjci-extract export`). Lines
are read by jsonlines (`jsonl.iter_json_lines`) as a stream, so memory does not grow with the
file (beyond the doc_ids seen); .gz, .xz and .zst files are decompressed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from mjci_extract.io.jsonl import BLANK, JsonLine, iter_json_lines, open_input
from mjci_extract.record.models import Record


@dataclass(frozen=True)
class LineProblem:
    """One invalid line: where it is and why it is invalid."""

    line: int
    reason: str


@dataclass
class ValidationReport:
    path: str
    lines: int = 0
    valid: int = 0
    problems: list[LineProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def describe_validation_error(error: ValidationError) -> str:
    """Pydantic's errors as `field.path: message` items, one per broken field."""
    items = []
    for detail in error.errors(include_url=False):
        location = ".".join(str(part) for part in detail["loc"]) or "<record>"
        items.append(f"{location}: {detail['msg'].removeprefix('Value error, ')}")
    return "; ".join(items)


def decode_json_line(
    raw: bytes, blank_reason: str = BLANK, allow_surrogates: bool = False
) -> object:
    """The JSON value of one JSONL line, or ValueError with a readable reason (bad UTF-8, a
    blank line, invalid JSON: see `jsonl.loads_json`)."""
    (line,) = iter_json_lines([raw], allow_surrogates)
    if line.problem is not None:
        raise ValueError(blank_reason if line.problem == BLANK else line.problem)
    return line.value


def _record(line: JsonLine) -> Record:
    if line.problem == BLANK:
        raise ValueError("blank line (JSON Lines allows none between records)")
    if line.problem is not None:
        raise ValueError(line.problem)
    if not isinstance(line.value, dict):
        raise ValueError(f"expected a JSON object (one record), got {type(line.value).__name__}")
    try:
        return Record.model_validate(line.value)
    except ValidationError as exc:
        raise ValueError(f"not a valid record: {describe_validation_error(exc)}") from None


def parse_record_line(raw: bytes) -> Record:
    """Parse one JSONL line into a Record, or raise ValueError with a readable reason."""
    (line,) = iter_json_lines([raw])
    return _record(line)


def split_lines(data: bytes) -> list[bytes]:
    """JSONL lines of a byte string; a final newline ends the last line, it does not add one."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def iter_records(lines: Iterable[bytes]) -> Iterator[tuple[int, Record | None, LineProblem | None]]:
    """(line number, record or None, problem or None) for each line, checking doc_id uniqueness.

    `lines` is a stream opened with `open_records` or any iterable of byte lines."""
    first_seen: dict[str, int] = {}
    for line in iter_json_lines(lines):
        number = line.number
        try:
            record = _record(line)
        except ValueError as exc:
            yield number, None, LineProblem(number, str(exc))
            continue
        if record.doc_id in first_seen:
            reason = (
                f"duplicate doc_id {record.doc_id!r} (first on line {first_seen[record.doc_id]})"
            )
            yield number, None, LineProblem(number, reason)
            continue
        first_seen[record.doc_id] = number
        yield number, record, None


def open_records(path: Path) -> BinaryIO:
    """A records file opened for streaming (.gz/.xz/.zst decompressed); OSError (missing,
    unreadable) is left to the caller."""
    return open_input(str(path))


def validate_lines(lines: Iterable[bytes], path: str = "<stdin>") -> ValidationReport:
    report = ValidationReport(path=path)
    for _number, record, problem in iter_records(lines):
        report.lines += 1
        if problem is not None:
            report.problems.append(problem)
        elif record is not None:
            report.valid += 1
    return report


def validate_file(path: Path) -> ValidationReport:
    with open_records(path) as stream:
        return validate_lines(stream, path=str(path))
