"""JSON Lines in and out, through the `jsonlines` library: one place for line framing, for
transparent decompression, and for the reasons a line is not JSON.

    with open_input("briefs.jsonl.zst") as stream:      # .gz, .xz, .zst decompressed by suffix
        for line in iter_json_lines(stream):             # JsonLine(number, raw, value, problem)
            ...
    payload = encode_lines([record, {"a": 1}, '{"already": "encoded"}'])   # bytes of whole lines

Writing goes through `encode_lines` so that a batch of lines reaches the file in one `os.write`
(see io/write.py): jsonlines writes each line and its newline separately, which on an unbuffered
file could leave half a line behind a crash.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import lzma
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import jsonlines
from pydantic import BaseModel

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.xz", ".jsonl.zst")
# Errors that decompressing a damaged .gz/.xz/.zst raises while it is being read.
# (zlib.error: deflate data damaged inside a .gz or a zip member.)
DECOMPRESSION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    lzma.LZMAError,
    zlib.error,
)
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
    or the reason it has none (`problem`; `BLANK` for an empty or whitespace-only line).

    A line over the `max_line_bytes` of `iter_json_lines` is never held: `raw` is empty and
    `sha256` is that of its bytes, hashed as they streamed by."""

    number: int
    raw: bytes
    value: object = None
    problem: str | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class OversizedLine:
    """A line longer than the cap, read past in blocks: its size and sha256, not its bytes."""

    size: int
    sha256: str


_BLOCK = 1 << 20


def capped_lines(
    stream: BinaryIO, max_line_bytes: int, *, digest: bool = True
) -> Iterator[bytes | OversizedLine]:
    """The lines of `stream` (newline included), none held longer than `max_line_bytes`: a longer
    line is consumed in 1 MiB blocks and given as an `OversizedLine` (a 1 GiB line of zeros
    costs 1 MiB of memory, not 1 GiB)."""
    while line := stream.readline(max_line_bytes + 1):
        if len(line) <= max_line_bytes or line.endswith(b"\n"):
            yield line
            continue
        hasher = hashlib.sha256() if digest else None
        size = 0
        while line:
            body = line.rstrip(b"\r\n")
            size += len(body)
            if hasher is not None:
                hasher.update(body)
            if line.endswith(b"\n"):
                break
            line = stream.readline(_BLOCK)
        yield OversizedLine(size, hasher.hexdigest() if hasher is not None else "")


class _Raw:
    """The lines of a stream as jsonlines reads them, remembering the last one's bytes."""

    def __init__(self, lines: Iterable[bytes | OversizedLine]) -> None:
        self._lines = lines
        self.last = b""
        self.oversized: OversizedLine | None = None

    def __iter__(self) -> Iterator[bytes]:
        try:
            for raw in self._lines:
                if isinstance(raw, OversizedLine):
                    self.oversized, self.last = raw, b""
                    yield b""  # not JSON: jsonlines reports it, iter_json_lines says why
                    continue
                self.oversized = None
                self.last = raw.rstrip(b"\r\n")
                yield self.last
        except EOFError as exc:  # jsonlines would take it for the end of the lines
            raise TruncatedInput(str(exc) or "the input ended in the middle") from exc


class TruncatedInput(OSError):
    """A compressed stream that ends before its end marker (a cut .gz, .xz or .zst)."""


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


def _reason(error: jsonlines.InvalidLineError, raw: bytes) -> str:
    cause = error.__cause__
    if isinstance(cause, UnicodeDecodeError):
        return f"not valid UTF-8: byte 0x{raw[cause.start]:02x} at byte offset {cause.start}"
    if isinstance(cause, ValueError):  # loads_json's reason
        return str(cause)
    return f"invalid JSON: {error}"


def iter_json_lines(
    lines: Iterable[bytes],
    allow_surrogates: bool = False,
    max_line_bytes: int | None = None,
) -> Iterator[JsonLine]:
    """Every line of a JSONL stream (or an iterable of byte lines), parsed by jsonlines.

    Never raises for a bad line: the line comes back with its `problem`. Errors of the stream
    itself (a truncated .gz) propagate to the caller, which reports the file. Values are decoded
    by `loads_json` (a UTF-8 byte-order mark before the first line, common in files from Windows
    tools, is dropped). With `max_line_bytes` (`lines` must then be a binary stream), a longer
    line is refused while it is read ("too large"), never held in memory whole.
    """
    if max_line_bytes is not None:
        lines = capped_lines(lines, max_line_bytes)  # type: ignore[arg-type,assignment]
    raw = _Raw(lines)

    def loads(text: str) -> object:
        return loads_json(text.removeprefix("\ufeff"), allow_surrogates)

    reader = jsonlines.Reader(raw, loads=loads)
    number = 0
    while True:
        try:
            value = reader.read(allow_none=True)
        except EOFError:
            return
        except jsonlines.InvalidLineError as error:
            number += 1
            if raw.oversized is not None:
                yield JsonLine(
                    number,
                    b"",
                    problem=f"too large: a line of {raw.oversized.size} bytes "
                    f"(the limit is {max_line_bytes})",
                    sha256=raw.oversized.sha256,
                )
                continue
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
    "OversizedLine",
    "TruncatedInput",
    "capped_lines",
    "decompressing",
    "encode_lines",
    "is_jsonl_name",
    "iter_json_lines",
    "loads_json",
    "open_input",
]
