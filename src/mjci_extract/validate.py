"""Check a records JSONL file line by line against the Pydantic models.

Every problem is reported with its 1-based line number and a reason a person can act on: bytes that
are not UTF-8, blank lines, JSON syntax errors, values that are not objects, fields that break the
record contract, and doc_ids used twice (they are the join key of `mjci-extract export`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from mjci_extract.models import Record


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


# A \uD800-\uDFFF escape: JSON allows it, but on its own (not as half of a pair) it is no
# character, and the value could never be written out again as UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def loads_json(text: str, allow_surrogates: bool = False) -> object:
    """`json.loads` for untrusted input: every way it can fail is a ValueError with a reason a
    person can act on, never a RecursionError or a crash later on.

    Refused: JSON syntax errors (with line and column), nesting deeper than Python can decode
    (a line of 100,000 `[`), integers of more than 4,300 digits, and lone UTF-16 surrogate escapes
    such as "\\ud800" (JSON allows them; they are not characters and cannot be written as UTF-8)
    unless `allow_surrogates` (the caller checks the strings itself).
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        message = exc.msg.removesuffix(" at").removesuffix(":")  # "...starting at" + " at column"
        where = f"line {exc.lineno} column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
        raise ValueError(f"invalid JSON: {message} at {where}") from None
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply") from None
    except ValueError:  # int() of a huge number: "Exceeds the limit (4300 digits) ..."
        raise ValueError("invalid JSON: a number of more than 4300 digits") from None
    if not allow_surrogates and _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except RecursionError:
            raise ValueError("invalid JSON: nested too deeply") from None
        except UnicodeEncodeError as exc:
            escape = f"\\u{ord(exc.object[exc.start]):04x}"
            raise ValueError(
                f"invalid JSON: {escape} is a lone surrogate escape, not a character"
            ) from None
    return value


def decode_json_line(
    raw: bytes, blank_reason: str = "blank line", allow_surrogates: bool = False
) -> object:
    """The JSON value of one JSONL line, or ValueError with a readable reason (bad UTF-8, a
    blank line, invalid JSON: see `loads_json`)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at byte offset {exc.start}"
        ) from None
    if not text.strip():
        raise ValueError(blank_reason)
    return loads_json(text, allow_surrogates)


def parse_record_line(raw: bytes) -> Record:
    """Parse one JSONL line into a Record, or raise ValueError with a readable reason."""
    value = decode_json_line(raw, "blank line (JSON Lines allows none between records)")
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object (one record), got {type(value).__name__}")
    try:
        return Record.model_validate(value)
    except ValidationError as exc:
        raise ValueError(f"not a valid record: {describe_validation_error(exc)}") from None


def split_lines(data: bytes) -> list[bytes]:
    """JSONL lines of a byte string; a final newline ends the last line, it does not add one."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def iter_records(lines: Iterable[bytes]) -> Iterator[tuple[int, Record | None, LineProblem | None]]:
    """(line number, record or None, problem or None) for each line, checking doc_id uniqueness."""
    first_seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        try:
            record = parse_record_line(raw)
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


def read_lines(path: Path) -> list[bytes]:
    """The lines of a records file; OSError (missing, unreadable) is left to the caller."""
    return split_lines(path.read_bytes())


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
    return validate_lines(read_lines(path), path=str(path))
