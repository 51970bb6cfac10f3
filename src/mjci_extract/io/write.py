"""Writing JSON Lines that stay valid through crashes, and reading them back to resume a run.

Lines are framed and encoded by jsonlines (`jsonl.encode_lines`). Every batch of lines goes to the file in one `os.write` call on an `O_APPEND` descriptor, with no
user-space buffer in between, so a killed process leaves at most one torn line: the tail of the
last write. `checkpoint()` (called every N documents and at the end) fsyncs, so what was written
survives a power cut too. Resuming first cuts a torn trailing line off, then appends. A write
that fails (a full disk) cuts what it tore off again and raises `OutputError`, naming the file.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from mjci_extract.io.document import InputDocument
from mjci_extract.io.jsonl import BLANK, encode_lines, iter_json_lines
from mjci_extract.record.models import ErrorLine

STDOUT = "-"


def resume_key(item: InputDocument | ErrorLine | Mapping[str, Any]) -> str:
    """The identity of an input across runs: its sha256, else (for missing paths) where it was."""
    if isinstance(item, InputDocument):
        return item.sha256
    if isinstance(item, ErrorLine):
        sha256, path, line = item.sha256, item.path, item.line
    elif "source" in item and isinstance(item["source"], Mapping):  # a record line
        return str(item["source"].get("sha256"))
    else:
        sha256, path, line = item.get("sha256"), item.get("path"), item.get("line")
    return sha256 if sha256 else f"path:{path}:{line}"


@dataclass
class ExistingOutput:
    """What a previous run left in one JSON Lines file."""

    keys: Counter[str] = field(default_factory=Counter)
    lines: int = 0
    dropped_bytes: int = 0  # a torn trailing line, cut off before appending
    invalid_lines: list[int] = field(default_factory=list)
    whole_bytes: int = 0  # where the whole lines end (the file is cut there to repair it)

    def repair(self, path: str) -> None:
        """Cut the torn last line off `path`."""
        if self.dropped_bytes:
            os.truncate(path, self.whole_bytes)


class _WholeLines:
    """The newline-ended lines of a stream; a last line without one is torn: counted, not given."""

    def __init__(self, stream: Iterable[bytes], found: ExistingOutput) -> None:
        self._stream, self._found, self.end = stream, found, 0

    def __iter__(self) -> Iterator[bytes]:
        for raw in self._stream:
            if not raw.endswith(b"\n"):
                self._found.dropped_bytes = len(raw)
                return
            self.end += len(raw)
            yield raw


def scan_for_resume(path: str, *, repair: bool = True) -> ExistingOutput:
    """Collect the resume keys in `path`; cut a torn last line (no newline) off the file."""
    found = ExistingOutput()
    if path == STDOUT or not os.path.exists(path):
        return found
    with open(path, "rb") as stream:
        whole = _WholeLines(stream, found)
        for line in iter_json_lines(whole):
            if line.problem == BLANK:
                continue
            if line.problem is None and isinstance(line.value, dict):
                found.keys[resume_key(line.value)] += 1
                found.lines += 1
            else:
                found.invalid_lines.append(line.number)
    found.whole_bytes = whole.end
    if repair:
        found.repair(path)
    return found


class OutputError(Exception):
    """Writing an output failed (a full disk, an I/O error): the run cannot go on. What was
    written before is whole: a line torn by the failed write has been cut off again."""

    def __init__(self, target: str, exc: OSError) -> None:
        self.target = "stdout" if target == STDOUT else target
        self.reason = exc.strerror or str(exc) or type(exc).__name__
        super().__init__(f"cannot write {self.target}: {self.reason}")


class JsonlWriter:
    """Append whole JSON lines to a file (or stdout/stderr), fsyncing at checkpoints."""

    def __init__(self, target: str, *, append: bool = False, stream_fallback: str = "stdout"):
        self.target = target
        self.lines_written = 0
        self._fd: int | None = None
        self._stream_name = stream_fallback
        self._end = 0  # bytes in the file after the last whole write (to cut a torn one off)
        if target != STDOUT:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
            self._fd = os.open(target, flags, 0o644)
            self._end = os.fstat(self._fd).st_size

    def truncate(self) -> None:
        """Empty the file (opened with `append=True` so that nothing is emptied before every
        output has been opened)."""
        if self._fd is not None and stat.S_ISREG(os.fstat(self._fd).st_mode):
            os.ftruncate(self._fd, 0)
            self._end = 0

    def write(self, lines: Iterable[object]) -> None:
        """Write objects as JSON lines in one call, so none is ever half-written.

        A `str` is one line of JSON already encoded (as workers send records); dicts and
        Pydantic models are encoded here.
        """
        lines = list(lines)
        if not lines:
            return
        data = encode_lines(lines)
        try:
            self._write(data)
        except OSError as exc:
            raise OutputError(self.target, exc) from exc
        self.lines_written += len(lines)

    def _write(self, data: bytes) -> None:
        if self._fd is None:
            if self._stream_name == "stdout":
                sys.stdout.flush()
                sys.stdout.buffer.write(data)
                sys.stdout.buffer.flush()
            else:
                # Errors on the terminal go through the text stream, which a live progress bar
                # redirects so that the lines print above it.
                sys.stderr.write(data.decode("utf-8"))
                sys.stderr.flush()
            return
        size = len(data)
        try:
            while data:  # a short write only happens on a full disk or a signal; finish it
                written = os.write(self._fd, data)
                data = data[written:]
        except OSError:
            self._cut_torn_line()
            raise
        self._end += size

    def _cut_torn_line(self) -> None:
        """After a failed write, cut what it left (a torn line) off: the file ends whole."""
        try:
            if stat.S_ISREG(os.fstat(self._fd).st_mode):  # type: ignore[arg-type]
                os.ftruncate(self._fd, self._end)  # type: ignore[arg-type]
        except OSError:  # pragma: no cover - the file is cut again by --resume
            pass

    def checkpoint(self) -> None:
        """Make everything written so far durable."""
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            except OSError as exc:
                if exc.errno == errno.EINVAL:  # /dev/null, a pipe: nothing to make durable
                    return
                raise OutputError(self.target, exc) from exc

    def close(self) -> None:
        if self._fd is not None:
            try:
                self.checkpoint()
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
