"""Reading inputs: turn command-line paths into `InputDocument`s, or `ErrorLine`s saying why not.

Accepted inputs, each dispatched by what it is:
- a file: one document; `.jsonl` files (also `.jsonl.gz`, `.jsonl.xz`, `.jsonl.zst`) hold one
  `{"id", "text"}` per line; `.zip` / `.tar` / `.tar.gz` / `.tgz` / `.tar.bz2` / `.tar.xz`
  archives are read in place, one document per member (path = `ARCHIVE/MEMBER`);
- a directory: every file below it, recursively, in sorted order (so two runs agree);
- a glob pattern (`corpus/**/*.txt`), expanded when no file has that exact name;
- `-`: standard input, one document (or JSON Lines with `stdin_format="jsonl"`).

doc_id, unique within a run and the same in every run over the same inputs (`doc_id_for`): the
path relative to the directory given (or to the fixed part of a glob), the member path inside an
archive, the file name for a file given by itself (with as many parent folders as it takes to
tell apart different files of the same name given in one run), always without the file's
extension ("2020/09/17/ข่าว_1" for `2020/09/17/ข่าว_1.txt`); for JSONL the line's "id"; "stdin"
for `-`.

Every input yields exactly one item, in input order: a decoded `InputDocument`, or an
`ErrorLine` (path, sha256 of the bytes, reason) for input that cannot be a Thai brief, and for a
document whose doc_id an earlier input of the run already has (the reason names that input).
Also an error line each: a FIFO, device or socket found in a folder or by a glob (never opened),
a folder that cannot be listed, an archive member that is a link, a device or an archive itself,
a member whose compressed data is damaged, a JSONL line above `max_line_bytes` (refused while it
is read). Nothing is dropped silently and nothing raises: callers can count on one line out per
input in.
`InputPlan._read` is the one place where a failure of one input becomes its error line.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import stat
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Literal

from mjci_extract.io.document import InputDocument
from mjci_extract.io.jsonl import (
    BLANK,
    DECOMPRESSION_ERRORS,
    capped_lines,
    decompressing,
    is_jsonl_name,
    iter_json_lines,
)
from mjci_extract.lexicon.thai import THAI_BLOCK
from mjci_extract.record.models import ErrorLine

ReadItem = InputDocument | ErrorLine

# Inputs above this many bytes are refused: a brief is a few KB, the largest real one ~600 KB; a
# multi-MB "brief" is almost always a mis-pointed file (a dump, a log) that would stall a worker.
DEFAULT_MAX_BYTES = 2_000_000
# Share of letters that must be Thai for a text to count as a Thai brief. English-language
# thaigov briefs (Thai header, English body) sit near 1%, Thai briefs above 40%, so a quarter
# separates them with a wide margin on both sides.
MIN_THAI_SHARE = 0.25
# A Thai brief may quote a long foreign text (the Prime Minister's letter to a Japanese PM, a
# speech in English) and fall below that share overall; its opening (header, title, lead) is still
# Thai, where an English brief's is its English title after the Thai header (at most ~20% Thai).
# Of the archive's 63,183 briefs, 1,848 are below MIN_THAI_SHARE: 2 open this Thai, the rest <= 20%.
LEAD_LETTERS = 300
LEAD_MIN_THAI_SHARE = 0.5
# A non-UTF-8 input is accepted as cp874/TIS-620 only when the result is mostly Thai: cp874 maps
# almost every byte to something, so a Latin-1 or random binary file would also "decode".
CP874_MIN_THAI_SHARE = 0.5
# Above this share of control characters (other than tab/newline/CR/FF/VT) the input is binary.
MAX_CONTROL_SHARE = 0.05

STDIN_PATH = "<stdin>"
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_GLOB_MAGIC = re.compile(r"[*?\[]")
_THAI = re.compile(f"[{THAI_BLOCK}]")
_OTHER_LETTER = re.compile(rf"[^\W\d_{THAI_BLOCK}]")
_LETTER = re.compile(rf"[{THAI_BLOCK}]|[^\W\d_{THAI_BLOCK}]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_READ_BLOCK = 1 << 20


@dataclass(frozen=True)
class ReadSettings:
    """What the reader accepts. The defaults suit Thai news briefs."""

    max_bytes: int = DEFAULT_MAX_BYTES
    min_thai_share: float = MIN_THAI_SHARE
    cp874_min_thai_share: float = CP874_MIN_THAI_SHARE
    stdin_format: Literal["text", "jsonl"] = "text"


@dataclass(frozen=True)
class _Source:
    """One concrete thing to read, found by expanding the command-line arguments."""

    kind: Literal["file", "jsonl", "zip", "tar", "stdin", "error"]
    path: str
    error: str | None = None
    doc_id: str | None = None  # of a plain file: from its path relative to what was given


def thai_share(text: str) -> float:
    """Thai characters as a share of all letters (Thai vowel marks count as Thai)."""
    thai = len(_THAI.findall(text))
    other = len(_OTHER_LETTER.findall(text))
    return thai / (thai + other) if thai + other else 0.0


def lead_thai_share(text: str, letters: int = LEAD_LETTERS) -> float:
    """`thai_share` of the text's first `letters` letters (its header, title and lead)."""
    lead = []
    for m in _LETTER.finditer(text):
        lead.append(m.group())
        if len(lead) >= letters:
            break
    return thai_share("".join(lead))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def doc_id_for(relative: str) -> str:
    """The doc_id of a file or member at `relative` (a path below what was given): that path
    with "/" separators, without a leading "./" or "/", and without the file's extension."""
    parts = [part for part in relative.replace("\\", "/").split("/") if part not in ("", ".")]
    return str(PurePosixPath(*parts).with_suffix("")) if parts else relative


def _suffix_kind(name: str) -> Literal["file", "jsonl", "zip", "tar"]:
    lower = name.lower()
    if is_jsonl_name(lower):
        return "jsonl"
    if lower.endswith(".zip"):
        return "zip"
    if lower.endswith(ARCHIVE_SUFFIXES):
        return "tar"
    return "file"


def check_text(
    text: str,
    *,
    doc_id: str,
    path: str,
    sha256: str,
    settings: ReadSettings,
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
    line: int | None = None,
) -> ReadItem:
    """Accept a decoded text as a brief, or say why it is not one."""

    def error(reason: str) -> ErrorLine:
        return ErrorLine(path=path, sha256=sha256, reason=reason, doc_id=doc_id, line=line)

    if not text.strip():
        return error("empty: the text is only whitespace")
    controls = len(_CONTROL.findall(text))
    if controls / len(text) > MAX_CONTROL_SHARE:
        return error(
            f"binary: {controls} of {len(text)} characters are control characters, not text"
        )
    share = thai_share(text)
    opening = max(LEAD_MIN_THAI_SHARE, settings.min_thai_share)  # a stricter share binds it too
    if share < settings.min_thai_share and lead_thai_share(text) < opening:
        return error(
            f"not Thai: {share:.0%} of the letters are Thai "
            f"(at least {settings.min_thai_share:.0%} needed, or a Thai opening)"
        )
    return InputDocument(
        doc_id=doc_id,
        path=path,
        sha256=sha256,
        text=text,
        encoding=encoding,
        warnings=list(warnings or []),
    )


def decode_bytes(data: bytes, *, doc_id: str, path: str, settings: ReadSettings) -> ReadItem:
    """Decode one input's bytes: UTF-8 (BOM or not), UTF-16 with a BOM, or legacy Thai cp874."""
    sha256 = _sha256(data)

    def error(reason: str) -> ErrorLine:
        return ErrorLine(path=path, sha256=sha256, reason=reason, doc_id=doc_id)

    if not data:
        return error("empty: the input has 0 bytes")
    if len(data) > settings.max_bytes:
        return error(f"too large: {len(data)} bytes (the limit is {settings.max_bytes})")
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            return error(f"undecodable: starts with a UTF-16 byte-order mark but {exc.reason}")
    elif b"\x00" in data:
        return error(f"binary: contains NUL bytes (first at byte {data.index(0)})")
    else:
        try:
            encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            utf8_problem = f"invalid UTF-8 byte 0x{data[exc.start]:02x} at offset {exc.start}"
            try:
                text = data.decode("cp874")
            except UnicodeDecodeError:
                return error(f"undecodable: {utf8_problem}, and not cp874/TIS-620 either")
            share = thai_share(text)
            if share < settings.cp874_min_thai_share:
                return error(
                    f"undecodable: {utf8_problem}; as cp874/TIS-620 only {share:.0%} of the "
                    "letters would be Thai"
                )
            encoding = "cp874"
            warnings.append(
                f"decoded as cp874 (TIS-620 legacy Thai): the input is not UTF-8 ({utf8_problem})"
            )
    return check_text(
        text,
        doc_id=doc_id,
        path=path,
        sha256=sha256,
        settings=settings,
        encoding=encoding,
        warnings=warnings,
    )


def document_from_json(
    obj: object, *, path: str, line: int | None, sha256: str, settings: ReadSettings
) -> ReadItem:
    """Check one `{"id", "text"}` object (a JSONL line, or a dict given to the Dask API)."""
    where = f"{path}:{line}" if line is not None else path

    def error(reason: str, doc_id: str | None = None) -> ErrorLine:
        return ErrorLine(path=path, sha256=sha256, reason=reason, doc_id=doc_id, line=line)

    if not isinstance(obj, dict):
        return error(f'expected a JSON object with "id" and "text", got {type(obj).__name__}')
    raw_id, text = obj.get("id"), obj.get("text")
    if raw_id is None:
        return error('JSONL record has no "id"')
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        return error(f'"id" must be a string or an integer, got {type(raw_id).__name__}')
    doc_id = str(raw_id)
    if text is None:
        return error('JSONL record has no "text"', doc_id)
    if not isinstance(text, str):
        return error(f'"text" must be a string, got {type(text).__name__}', doc_id)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return error('"text" contains invalid Unicode (a lone surrogate escape)', doc_id)
    # The sha256 of a JSONL document is that of its text in UTF-8, as in annotations/spans.jsonl.
    sha256 = _sha256(data)
    if len(data) > settings.max_bytes:
        return ErrorLine(
            path=path,
            sha256=sha256,
            reason=f"too large: {len(data)} bytes of text (the limit is {settings.max_bytes})",
            doc_id=doc_id,
            line=line,
        )
    # Records carry "file.jsonl:LINE" as their path (Source has no line field); error lines keep
    # the file path and give the line number in their own `line` field.
    item = check_text(text, doc_id=doc_id, path=where, sha256=sha256, settings=settings, line=line)
    if isinstance(item, ErrorLine):
        item.path = path
    else:
        item.line = line
    return item


def max_line_bytes(settings: ReadSettings) -> int:
    """The longest JSONL line read: room for a text of `max_bytes` written with \\u escapes
    (6 bytes for a Thai character of 3), plus the id and the keys. Longer lines are refused while
    they are read, never held whole."""
    return 6 * settings.max_bytes + 4096


def read_jsonl(stream: BinaryIO, path: str, settings: ReadSettings) -> Iterator[ReadItem]:
    """One item per non-blank line; a bad line gives an error with its line number.

    `stream` is decompressed here when `path` ends in .gz, .xz or .zst.
    """
    lines = iter_json_lines(
        decompressing(stream, path),  # type: ignore[arg-type]
        max_line_bytes=max_line_bytes(settings),
    )
    for line in lines:
        if line.problem == BLANK:
            continue  # blank lines separate nothing and hold no document
        line_sha = line.sha256 or _sha256(line.raw)
        if line.problem is not None:
            yield ErrorLine(path=path, sha256=line_sha, line=line.number, reason=line.problem)
            continue
        yield document_from_json(
            line.value, path=path, line=line.number, sha256=line_sha, settings=settings
        )


def _read_member_bytes(
    stream: BinaryIO, size: int, *, doc_id: str, path: str, settings: ReadSettings
) -> ReadItem:
    """Read an archive member or file; oversized ones are hashed in blocks, never held whole."""
    # Read one byte past the limit rather than trust `size`: a FIFO or stdin reports 0.
    data = stream.read(settings.max_bytes + 1) if size <= settings.max_bytes else b""
    if size <= settings.max_bytes and len(data) <= settings.max_bytes:
        return decode_bytes(data, doc_id=doc_id, path=path, settings=settings)
    digest = hashlib.sha256(data)
    total = len(data)
    while block := stream.read(_READ_BLOCK):
        digest.update(block)
        total += len(block)
    return ErrorLine(
        path=path,
        sha256=digest.hexdigest(),
        doc_id=doc_id,
        reason=f"too large: {max(size, total)} bytes (the limit is {settings.max_bytes})",
    )


def _read_file(path: str, doc_id: str, settings: ReadSettings) -> ReadItem:
    with open(path, "rb") as stream:
        status = os.fstat(stream.fileno())
        if not (stat.S_ISREG(status.st_mode) or stat.S_ISFIFO(status.st_mode)):
            # A device (/dev/zero, a tty) may never end: refuse it rather than hang.
            return ErrorLine(path=path, doc_id=doc_id, reason="unreadable: not a regular file")
        return _read_member_bytes(
            stream, status.st_size, doc_id=doc_id, path=path, settings=settings
        )


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or exc.__class__.__name__


def _member_path(archive: str, member: str) -> str:
    return f"{archive}/{member.lstrip('/')}"


# What reading one input can raise: files, archives, decompression (truncated or corrupt data).
_READ_ERRORS = (
    *DECOMPRESSION_ERRORS,
    ValueError,
    RuntimeError,
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
)

# Archives and compressed files inside an archive are not unpacked (a zip in a zip in a zip is
# how bombs nest): each gets one error line that says what it is.
_NESTED_MAGIC = (
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
_NESTED_SUFFIXES = (*ARCHIVE_SUFFIXES, ".gz", ".bz2", ".xz", ".zst", ".7z", ".rar")


def _nested_archive(name: str, head: bytes) -> str | None:
    """Why an archive member is not read as text when it is itself an archive, else None."""
    what = next((label for magic, label in _NESTED_MAGIC if head.startswith(magic)), None)
    if what is None and len(head) > 262 and head[257:262] == b"ustar":
        what = "a tar archive"
    if what is None and name.lower().endswith(_NESTED_SUFFIXES):
        what = f"a {name.rsplit('.', 1)[-1].lower()} file"
    if what is None:
        return None
    return (
        f"nested archive: this member is {what}; archives inside archives are not unpacked "
        "(extract it and pass it on its own)"
    )


def _read_zip(path: str, settings: ReadSettings) -> Iterator[ReadItem]:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            member_path = _member_path(path, info.filename)
            doc_id = doc_id_for(info.filename)
            mode = info.external_attr >> 16 if info.create_system == 3 else 0  # Unix mode
            if stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # a symlink stored by `zip -y`
                yield ErrorLine(
                    path=member_path,
                    doc_id=doc_id,
                    reason=f"not a regular file: the member is {_mode_kind(mode)}, not read",
                )
                continue
            try:
                with archive.open(info) as stream:
                    yield from _read_member(
                        stream, info.file_size, info.filename, doc_id, member_path, settings
                    )
            except _READ_ERRORS as exc:
                # RuntimeError: encrypted member; BadZipFile: bad CRC; EOFError: truncated.
                yield ErrorLine(
                    path=member_path, doc_id=doc_id, reason=f"unreadable archive member: {exc}"
                )


def _mode_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not a regular file"


def _tar_kind(info: tarfile.TarInfo) -> str:
    if info.issym():
        return f"a symbolic link to {info.linkname!r}"
    if info.islnk():
        return f"a hard link to {info.linkname!r}"
    if info.ischr():
        return "a character device"
    if info.isblk():
        return "a block device"
    if info.isfifo():
        return "a FIFO (named pipe)"
    return f"of tar type {info.type!r}"


def _read_member(
    stream: BinaryIO, size: int, name: str, doc_id: str, path: str, settings: ReadSettings
) -> Iterator[ReadItem]:
    """A zip or tar member: its JSONL lines, or one document."""
    if is_jsonl_name(name):
        yield from read_jsonl(stream, path, settings)
    else:
        yield _read_archive_member(
            stream, size, name=name, doc_id=doc_id, path=path, settings=settings
        )


def _read_archive_member(
    stream: BinaryIO, size: int, *, name: str, doc_id: str, path: str, settings: ReadSettings
) -> ReadItem:
    """An archive member that is not JSONL: one document, unless it is an archive itself."""
    if size <= settings.max_bytes:
        data = stream.read(settings.max_bytes + 1)
        if len(data) <= settings.max_bytes:
            nested = _nested_archive(name, data[:512])
            if nested is not None:
                return ErrorLine(path=path, sha256=_sha256(data), doc_id=doc_id, reason=nested)
            return decode_bytes(data, doc_id=doc_id, path=path, settings=settings)
        stream = _Prefixed(data, stream)  # type: ignore[assignment]
    return _read_member_bytes(stream, size, doc_id=doc_id, path=path, settings=settings)


class _Prefixed:
    """Bytes already read, then the rest of a stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = head, rest

    def read(self, size: int = -1) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            return head
        return self._rest.read(size)


def _read_tar(path: str, settings: ReadSettings) -> Iterator[ReadItem]:
    # Stream mode: members are read in archive order, without seeking in compressed data.
    with tarfile.open(path, mode="r|*") as archive:
        for info in archive:
            # tarfile keeps every member it has read (for getmembers()); stream mode never
            # looks back, so forget them: memory stays flat in the member count.
            archive.members.clear()
            if info.isdir():
                continue
            member_path = _member_path(path, info.name)
            doc_id = doc_id_for(info.name)
            if not info.isfile():
                yield ErrorLine(
                    path=member_path,
                    doc_id=doc_id,
                    reason=f"not a regular file: the member is {_tar_kind(info)}, not read",
                )
                continue
            stream = archive.extractfile(info)
            if stream is None:  # pragma: no cover - isfile() members always have data
                continue
            yield from _read_member(stream, info.size, info.name, doc_id, member_path, settings)


def _walk(directory: str) -> list[tuple[str, str]]:
    """(path relative to `directory`, path) of every file below it, sorted by path components;
    symlink loops are cut. A folder that cannot be listed (chmod 000) is listed too, as
    `_Unlisted`: it becomes an error line instead of vanishing."""
    found: list[tuple[tuple[str, ...], str]] = []
    seen: set[str] = set()

    def unlisted(exc: OSError) -> None:
        where = exc.filename if isinstance(exc.filename, str) else directory
        relative = Path(os.path.relpath(where, directory)).parts
        found.append(((*relative,), _Unlisted(where, _os_reason(exc))))

    for root, dirs, files in os.walk(directory, followlinks=True, onerror=unlisted):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        relative = Path(os.path.relpath(root, directory)).parts
        relative = () if relative == (".",) else relative
        for name in files:
            found.append(((*relative, name), os.path.join(root, name)))
    found.sort(key=lambda pair: pair[0])
    return [("/".join(parts), path) for parts, path in found]


class _Unlisted(str):
    """A folder the walk could not list, with the reason."""

    reason: str

    def __new__(cls, path: str, reason: str) -> _Unlisted:
        made = super().__new__(cls, path)
        made.reason = reason
        return made


def _file_source(path: str, relative: str, *, found: bool = True) -> _Source:
    """The source for a file at `path`; `found`: it came from walking a folder or expanding a
    glob, where only regular files are read (a FIFO there would block the run forever, a device
    never end), rather than being named on the command line (`<(zcat x.gz)` is a FIFO)."""
    doc_id = doc_id_for(relative)
    if isinstance(path, _Unlisted):
        return _Source("error", str(path), f"unreadable: cannot list this folder: {path.reason}")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:  # a dangling symlink found by the walk
        return _Source("error", path, "missing: broken symbolic link", doc_id)
    except OSError as exc:
        return _Source("error", path, f"unreadable: {_os_reason(exc)}", doc_id)
    if found and not stat.S_ISREG(mode):
        kind = _mode_kind(mode)
        return _Source("error", path, f"not a regular file: {kind}, not opened", doc_id)
    return _Source(_suffix_kind(path), path, doc_id=doc_id)


def _glob_base(pattern: str) -> str:
    """The directory part of a glob before its first wildcard: ids are relative to it."""
    fixed: list[str] = []
    for part in pattern.split(os.sep):
        if _GLOB_MAGIC.search(part):
            break
        fixed.append(part)
    return os.sep.join(fixed) or "."


def _file_ids(paths: Iterable[str]) -> dict[str, str]:
    """doc_ids of files given one by one: the file name, or, where different files share a name,
    the fewest trailing folders that tell them apart ("03/21/x" and "04/02/x")."""
    parts = {path: Path(os.path.abspath(path)).parts for path in paths}
    by_name: dict[str, list[str]] = {}
    for path, names in parts.items():
        by_name.setdefault(names[-1], []).append(path)
    ids: dict[str, str] = {}
    for group in by_name.values():
        distinct = {parts[path] for path in group}
        depth = 1
        while len({names[-depth:] for names in distinct}) < len(distinct):
            depth += 1
        for path in group:
            ids[path] = doc_id_for("/".join(parts[path][-depth:]))
    return ids


def expand_sources(paths: Iterable[str]) -> list[_Source]:
    """Resolve command-line arguments into concrete sources, in argument order."""
    sources: list[_Source] = []
    given_alone: list[int] = []  # files named by themselves: their ids depend on one another
    for arg in paths:
        arg = str(arg)
        if arg == "-":
            sources.append(_Source("stdin", STDIN_PATH))
        elif os.path.isdir(arg):
            sources.extend(_file_source(path, rel) for rel, path in _walk(arg))
        elif os.path.lexists(arg):
            given_alone.append(len(sources))
            sources.append(_file_source(arg, os.path.basename(arg), found=False))
        elif _GLOB_MAGIC.search(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                sources.append(_Source("error", arg, "missing: no file matches this pattern"))
            base = _glob_base(arg)
            for match in matches:
                relative = os.path.relpath(match, base)
                if os.path.isdir(match):
                    sources.extend(
                        _file_source(path, f"{relative}/{rel}") for rel, path in _walk(match)
                    )
                else:
                    sources.append(_file_source(match, relative))
        else:
            sources.append(_Source("error", arg, "missing: no such file or directory"))
    ids = _file_ids(sources[i].path for i in given_alone)
    for i in given_alone:
        sources[i] = replace(sources[i], doc_id=ids[sources[i].path])
    return sources


@dataclass
class InputPlan:
    """The expanded inputs of one run: read them (once) and, for a progress bar, count them."""

    sources: list[_Source]
    settings: ReadSettings = field(default_factory=ReadSettings)
    stdin: BinaryIO | None = None

    @classmethod
    def from_args(
        cls,
        paths: Iterable[str],
        settings: ReadSettings | None = None,
        stdin: BinaryIO | None = None,
    ) -> InputPlan:
        return cls(expand_sources(paths), settings or ReadSettings(), stdin)

    def __iter__(self) -> Iterator[ReadItem]:
        first: dict[str, str] = {}  # doc_id -> where the document that has it came from
        for source in self.sources:
            for item in self._read(source):
                if isinstance(item, InputDocument):
                    if item.doc_id in first:
                        item = _duplicate(item, first[item.doc_id])
                    else:
                        first[item.doc_id] = item.path
                yield item

    def _read(self, source: _Source) -> Iterator[ReadItem]:
        """The items of one source. Whatever goes wrong reading it becomes its error line (after
        the items already read from it, for a JSONL file or an archive that breaks midway)."""
        count = 0
        try:
            for item in self._items(source):
                count += 1
                yield item
        except _READ_ERRORS as exc:
            what = "unreadable archive" if source.kind in ("zip", "tar") else "unreadable"
            where = f" after {count} {'members' if source.kind in ('zip', 'tar') else 'lines'}"
            yield ErrorLine(
                path=source.path,
                doc_id=source.doc_id,
                reason=f"{what}{where if count else ''}: {_os_reason(exc)}",
            )

    def _items(self, source: _Source) -> Iterator[ReadItem]:
        settings = self.settings
        if source.kind == "error":
            yield ErrorLine(
                path=source.path, doc_id=source.doc_id, reason=source.error or "unreadable"
            )
        elif source.kind == "stdin":
            stream = self.stdin if self.stdin is not None else sys.stdin.buffer
            if settings.stdin_format == "jsonl":
                yield from read_jsonl(stream, source.path, settings)
            else:
                yield _read_member_bytes(
                    stream, 0, doc_id="stdin", path=source.path, settings=settings
                )
        elif source.kind == "jsonl":
            with open(source.path, "rb") as stream:
                yield from read_jsonl(stream, source.path, settings)
        elif source.kind == "zip":
            yield from _read_zip(source.path, settings)
        elif source.kind == "tar":
            yield from _read_tar(source.path, settings)
        else:
            yield _read_file(source.path, source.doc_id or doc_id_for(source.path), settings)

    def count(self) -> int | None:
        """How many items iterating will give (for progress and ETA); None if unknowable."""
        total = 0
        for source in self.sources:
            if source.kind == "stdin":
                return None
            if source.kind in ("file", "error"):
                total += 1
            else:
                counted = _count_container(source)
                if counted is None:
                    return None
                total += counted
        return total


def _duplicate(item: InputDocument, first: str) -> ErrorLine:
    path, line = item.path, item.line
    if line is not None:
        path = path.removesuffix(f":{line}")
    return ErrorLine(
        path=path,
        sha256=item.sha256,
        doc_id=item.doc_id,
        line=line,
        reason=f"duplicate doc_id {item.doc_id!r}: {first} has it already "
        "(doc_ids are unique within a run)",
    )


def _count_jsonl(stream: BinaryIO, name: str) -> int:
    lines = capped_lines(decompressing(stream, name), _READ_BLOCK, digest=False)
    return sum(1 for raw in lines if not isinstance(raw, bytes) or raw.strip())


def _count_container(source: _Source) -> int | None:
    """Count the items of a JSONL file or an archive by a cheap pass over it."""
    try:
        if source.kind == "jsonl":
            with open(source.path, "rb") as stream:
                return _count_jsonl(stream, source.path)
        if source.kind == "zip":
            total = 0
            with zipfile.ZipFile(source.path) as archive:
                for info in archive.infolist():
                    if info.is_dir():
                        continue
                    if is_jsonl_name(info.filename):
                        with archive.open(info) as stream:
                            total += _count_jsonl(stream, info.filename)
                    else:
                        total += 1
            return total
        total = 0
        with tarfile.open(source.path, mode="r|*") as archive:
            for info in archive:
                archive.members.clear()
                if info.isdir():
                    continue
                if info.isfile():
                    if is_jsonl_name(info.name):
                        member = archive.extractfile(info)
                        total += _count_jsonl(member, info.name) if member else 0
                    else:
                        total += 1
                else:
                    total += 1  # an error line
        return total
    except _READ_ERRORS:
        return None  # the read pass will report the archive as unreadable


def read_inputs(
    paths: Iterable[str], settings: ReadSettings | None = None, stdin: BinaryIO | None = None
) -> Iterator[ReadItem]:
    """Read every input named by `paths`, one `InputDocument` or `ErrorLine` per input."""
    return iter(InputPlan.from_args(paths, settings, stdin))


def read_text_bytes(
    data: bytes,
    *,
    doc_id: str = "stdin",
    path: str = STDIN_PATH,
    settings: ReadSettings | None = None,
) -> ReadItem:
    """Decode bytes received some other way (stdin, an HTTP upload) with the same checks."""
    return decode_bytes(data, doc_id=doc_id, path=path, settings=settings or ReadSettings())


__all__ = [
    "CP874_MIN_THAI_SHARE",
    "DEFAULT_MAX_BYTES",
    "MIN_THAI_SHARE",
    "InputPlan",
    "ReadItem",
    "ReadSettings",
    "check_text",
    "decode_bytes",
    "doc_id_for",
    "document_from_json",
    "read_inputs",
    "read_jsonl",
    "read_text_bytes",
    "thai_share",
]
