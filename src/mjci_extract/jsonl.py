"""JSON Lines in and out, through the `jsonlines` library: one place for line framing, for
transparent decompression, and for the reasons a line is not JSON.

    with open_input("briefs.jsonl.zst") as stream:      # .gz, .xz, .zst decompressed by suffix
        for line in iter_json_lines(stream):             # JsonLine(number, raw, value, problem)
            ...
    payload = encode_lines([record, {"a": 1}, '{"already": "encoded"}'])   # bytes of whole lines

Writing goes through `encode_lines` so that a batch of lines reaches the file in one `os.write`
(see writer.py): jsonlines writes each line and its newline separately, which on an unbuffered
file could leave half a line behind a crash.
"""

from __future__ import annotations

import gzip
import io
import json
import lzma
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import jsonlines
from pydantic import BaseModel

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.xz", ".jsonl.zst")
# Errors that decompressing a damaged .gz/.xz/.zst raises while it is being read.
DECOMPRESSION_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, lzma.LZMAError)
try:  # zstandard is a dependency; without it only .zst inputs fail (with a clear reason)
    import zstandard

    DECOMPRESSION_ERRORS += (zstandard.ZstdError,)
except ImportError:  # pragma: no cover
    zstandard = None  # type: ignore[assignment]

BLANK = "blank line"


def is_jsonl_name(name: str) -> bool:
    """Whether a file (or archive member) name says JSON Lines, compressed or not."""
    return name.lower().endswith(JSONL_SUFFIXES)


def decompressing(stream: BinaryIO, name: str) -> BinaryIO:
    """`stream`, decompressed when `name` ends in .gz, .xz or .zst (read lazily, never whole)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    if lower.endswith(".xz"):
        return lzma.LZMAFile(stream, mode="rb")  # type: ignore[return-value]
    if lower.endswith(".zst"):
        if zstandard is None:  # pragma: no cover
            raise OSError("reading .zst needs the zstandard package")
        reader = zstandard.ZstdDecompressor().stream_reader(stream, closefd=True)
        return io.BufferedReader(reader)  # type: ignore[arg-type,return-value]
    return stream


def open_input(path: str) -> BinaryIO:
    """Open a JSONL file for reading, decompressed by suffix."""
    raw = open(path, "rb")  # noqa: SIM115 (closed with the returned stream)
    try:
        return decompressing(raw, path)
    except BaseException:
        raw.close()
        raise


@dataclass(frozen=True)
class JsonLine:
    """One line: its 1-based number, its bytes (without the newline), and either its JSON value
    or the reason it has none (`problem`; `BLANK` for an empty or whitespace-only line)."""

    number: int
    raw: bytes
    value: object = None
    problem: str | None = None


class _Raw:
    """The lines of a stream as jsonlines reads them, remembering the last one's bytes."""

    def __init__(self, lines: Iterable[bytes]) -> None:
        self._lines = lines
        self.last = b""

    def __iter__(self) -> Iterator[bytes]:
        try:
            for raw in self._lines:
                self.last = raw.rstrip(b"\r\n")
                yield self.last
        except EOFError as exc:  # jsonlines would take it for the end of the lines
            raise TruncatedInput(str(exc) or "the input ended in the middle") from exc


class TruncatedInput(OSError):
    """A compressed stream that ends before its end marker (a cut .gz, .xz or .zst)."""


def _loads(text: str) -> object:
    # A UTF-8 byte-order mark in front of the first line is common in files from Windows tools.
    return json.loads(text.removeprefix("\ufeff"))


def _reason(error: jsonlines.InvalidLineError, raw: bytes) -> str:
    cause = error.__cause__
    if isinstance(cause, UnicodeDecodeError):
        return f"not valid UTF-8: byte 0x{raw[cause.start]:02x} at byte offset {cause.start}"
    if isinstance(cause, json.JSONDecodeError):
        return f"invalid JSON: {cause.msg} at column {cause.colno}"
    return f"invalid JSON: {error}"


def iter_json_lines(lines: Iterable[bytes]) -> Iterator[JsonLine]:
    """Every line of a JSONL stream (or an iterable of byte lines), parsed by jsonlines.

    Never raises for a bad line: the line comes back with its `problem`. Errors of the stream
    itself (a truncated .gz) propagate to the caller, which reports the file.
    """
    raw = _Raw(lines)
    reader = jsonlines.Reader(raw, loads=_loads)
    number = 0
    while True:
        try:
            value = reader.read(allow_none=True)
        except EOFError:
            return
        except jsonlines.InvalidLineError as error:
            number += 1
            problem = BLANK if not raw.last.strip() else _reason(error, raw.last)
            yield JsonLine(number, raw.last, problem=problem)
            continue
        number += 1
        yield JsonLine(number, raw.last, value=value)


def _dumps(obj: object) -> str:
    if isinstance(obj, str):  # one line of JSON already encoded (workers send records so)
        if "\n" in obj or "\r" in obj:
            raise ValueError("an encoded JSON line must not contain a line break")
        return obj
    if isinstance(obj, BaseModel):
        return obj.model_dump_json()
    return json.dumps(obj, ensure_ascii=False)


def encode_lines(objects: Iterable[object]) -> bytes:
    """The UTF-8 bytes of one JSON line per object, each ended by a newline.

    A `str` is taken as JSON already encoded; a Pydantic model is encoded by Pydantic; anything
    else by `json` with non-ASCII kept as is.
    """
    buffer = io.BytesIO()
    with jsonlines.Writer(buffer, dumps=_dumps) as writer:
        writer.write_all(objects)
    return buffer.getvalue()


__all__ = [
    "BLANK",
    "DECOMPRESSION_ERRORS",
    "JSONL_SUFFIXES",
    "JsonLine",
    "TruncatedInput",
    "decompressing",
    "encode_lines",
    "is_jsonl_name",
    "iter_json_lines",
    "open_input",
]
