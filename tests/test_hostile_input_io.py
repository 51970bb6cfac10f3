"""Hostile input (issue 11), the reading and writing rows: 1, 2, 3, 4, 6, 7, 8, 11, 12, 13, 14,
and a fuzz test of the reader's invariant (one item per input, never a traceback). Every input
is built here."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mjci_extract.cli import app
from mjci_extract.io import write as writer_module
from mjci_extract.io.document import InputDocument
from mjci_extract.io.read import ReadSettings, read_inputs
from mjci_extract.io.write import JsonlWriter, OutputError
from mjci_extract.record.models import ErrorLine

BRIEF = "วันที่ 4 กรกฎาคม 2567 คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาแหล่งน้ำ ณ ทำเนียบรัฐบาล\n"
FAST = ["--ner-backend", "none"]  # inputs, lines and exit codes here, not extracted values
ENTRY = "import sys; from mjci_extract.cli import main; sys.argv[0] = 'mjci-extract'; main()"
SRC = str(Path(__file__).resolve().parents[1] / "src")


def brief(n: int) -> str:
    return f"{BRIEF.strip()} ครั้งที่ {n}\n"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["extract", *args, *FAST])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.stderr


def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", ENTRY, "extract", *args, *FAST]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return env


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_all(*paths: Path | str, **options: object) -> list[InputDocument | ErrorLine]:
    return list(read_inputs([str(p) for p in paths], ReadSettings(**options)))  # type: ignore[arg-type]


def errors_of(items: list[InputDocument | ErrorLine]) -> list[ErrorLine]:
    return [item for item in items if isinstance(item, ErrorLine)]


# ------------------------------------------------- row 1: depth bomb, lone surrogate as id


def test_row1_depth_bomb_and_surrogate_id_are_line_errors_and_resume_goes_on(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"id": "a", "text": brief(1)}, ensure_ascii=False),
        "[" * 100_000 + "]" * 100_000,
        '{"id": "\\ud800", "text": "' + brief(2).strip() + '"}',
        json.dumps({"id": "b", "text": brief(3)}, ensure_ascii=False),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    code, _ = invoke(str(source), "-o", str(out), "--errors", str(err), "--chunk-size", "1")
    assert code == 1
    assert [r["doc_id"] for r in lines_of(out)] == ["a", "b"]
    assert [(e["line"], e["reason"]) for e in lines_of(err)] == [
        (2, "invalid JSON: nested too deeply"),
        (3, "invalid JSON: \\ud800 is a lone surrogate escape, not a character"),
    ]
    # --resume reads the same lines again: everything is done, nothing dies.
    code, stderr = invoke(str(source), "-o", str(out), "--errors", str(err), "--resume")
    assert code == 0 and "4 skipped" in stderr
    assert len(lines_of(out)) == 2 and len(lines_of(err)) == 2


# ------------------------------------------------- row 2: bad deflate data in a zip member


def test_row2_corrupt_deflate_member_is_its_own_error_line(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(3):
            # Text that does not compress to nothing, so that bytes 200-259 are deflate data.
            archive.writestr(f"m{i}.txt", "".join(reversed(brief(i) * 3)) + brief(i))
    data = bytearray(buffer.getvalue())
    for i in range(200, 260):
        data[i] ^= 0xFF
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    later = tmp_path / "later.txt"
    later.write_text(brief(9), encoding="utf-8")
    items = read_all(bad, later)
    assert [item.doc_id for item in items] == ["m0", "m1", "m2", "later"]
    (error,) = errors_of(items)
    assert error.doc_id == "m0" and error.reason.startswith("unreadable archive member: ")
    out, err = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    code, _ = invoke(str(bad), str(later), "-o", str(out), "--errors", str(err))
    assert code == 1
    assert [r["doc_id"] for r in lines_of(out)] == ["m1", "m2", "later"]
    assert [e["doc_id"] for e in lines_of(err)] == ["m0"]


# ------------------------------------------------- row 3: an output that is an input


def test_row3_output_that_is_an_input_is_refused_before_anything_is_emptied(
    tmp_path: Path,
) -> None:
    source = tmp_path / "b.txt"
    source.write_text(brief(1), encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(source)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "old.jsonl").write_text("{}\n", encoding="utf-8")
    for args, option in (
        ([str(source), "-o", str(source)], "--output"),
        ([str(source), "-o", str(link)], "--output"),
        ([str(source), "-o", str(tmp_path / "x.jsonl"), "--errors", str(source)], "--errors"),
        ([str(folder), "-o", str(folder / "old.jsonl")], "--output"),
    ):
        code, stderr = invoke(*args)
        assert code == 2 and f"{option} " in stderr and "is an input" in stderr, stderr
    assert source.read_text(encoding="utf-8") == brief(1)
    assert (folder / "old.jsonl").read_text(encoding="utf-8") == "{}\n"
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"kept": true}\n', encoding="utf-8")
    missing = tmp_path / "missing-dir" / "e.jsonl"
    code, stderr = invoke(str(source), "-o", str(keep), "--errors", str(missing))
    assert code == 2 and "no such directory" in stderr and "missing-dir" in stderr
    assert keep.read_text(encoding="utf-8") == '{"kept": true}\n'
    code, stderr = invoke(str(source), "-o", str(tmp_path))
    assert code == 2 and "is a directory" in stderr


# ------------------------------------------------- rows 4 and 13: bounded memory


def child_peak_rss_mb(script: str, *args: str) -> tuple[float, str]:
    """Run `script` in a child interpreter; its peak RSS in MB (getrusage of the children, from
    this process) and its stdout."""
    before = __import__("resource").getrusage(__import__("resource").RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=child_env(),
    )
    assert done.returncode == 0, done.stderr
    peak = __import__("resource").getrusage(__import__("resource").RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of the children is the largest of any child so far: only meaningful when this
    # child is the largest, which a bound above every earlier child's peak ensures.
    return max(peak, before) / 1024, done.stdout


READ_AND_REPORT = textwrap.dedent(
    """
    import json, resource, sys
    from mjci_extract.io.read import read_inputs
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kinds = []
    for item in read_inputs(sys.argv[1:]):
        kinds.append([type(item).__name__, item.doc_id, getattr(item, "reason", "")])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"items": len(kinds), "first": kinds[:3], "last": kinds[-1],
                      "base_mb": base / 1024, "growth_mb": (peak - base) / 1024}))
    """
)


def test_row4_a_zip_of_zeros_is_capped_while_reading(tmp_path: Path) -> None:
    """256 MiB of zeros (one "line") in a small zip: refused with flat memory. Before issue 11
    the line was read whole (1 GiB of zeros: 2.1 GB peak RSS); now 55 MB."""
    bomb = tmp_path / "bomb.zip"
    block = b"\0" * (1 << 20)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("zeros.jsonl", "zeros.txt"):
            with archive.open(name, "w", force_zip64=True) as member:
                for _ in range(256):
                    member.write(block)
        archive.writestr("ok.txt", brief(1))
    assert bomb.stat().st_size < 2_000_000
    _, stdout = child_peak_rss_mb(READ_AND_REPORT, str(bomb))
    report = json.loads(stdout)
    assert report["items"] == 3
    (kind, doc_id, reason), (_, _, reason_txt) = report["first"][:2]
    assert kind == "ErrorLine" and reason.startswith("too large: a line of 268435456 bytes")
    assert reason_txt.startswith("too large: 268435456 bytes")
    assert report["last"][:2] == ["InputDocument", "ok"]
    assert report["growth_mb"] < 200, report  # the limit is 12 MB a line; 256 MiB if held


def test_row4_jsonl_line_cap_follows_max_bytes(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    long_text = brief(1) * 200  # ~36 KB of UTF-8
    source.write_text(
        json.dumps({"id": "long", "text": long_text})
        + "\n"  # \u escapes: ~6 bytes a letter
        + json.dumps({"id": "short", "text": brief(2)}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    items = read_all(source, max_bytes=1000)
    assert [item.doc_id for item in items] == [None, "short"]
    assert items[0].reason.startswith("too large: a line of") and items[0].line == 1
    assert items[0].sha256 and len(items[0].sha256) == 64
    # A line under 6 x max_bytes (room for escapes) is decoded and its text measured instead.
    (item, _) = read_all(source, max_bytes=len(long_text.encode()) + 10)
    assert isinstance(item, InputDocument) and item.doc_id == "long"


def test_row13_a_tar_of_300000_members_streams_in_flat_memory(tmp_path: Path) -> None:
    """300,000 members: tarfile kept every TarInfo it had read; the member list is cleared while
    streaming now (peak RSS 172 MB before, 36 MB after). Empty members keep the test fast (each
    is an "empty" error line, so no doc_id is kept either): the memory measured is the
    archive's own."""
    archive_path = tmp_path / "many.tar.gz"
    with tarfile.open(archive_path, "w:gz", compresslevel=1) as archive:
        info = tarfile.TarInfo()
        for i in range(300_000):
            info.name = f"d{i // 1000:03d}/m{i:06d}.txt"
            archive.addfile(info)
    _, stdout = child_peak_rss_mb(READ_AND_REPORT, str(archive_path))
    report = json.loads(stdout)
    assert report["items"] == 300_000
    assert report["last"] == ["ErrorLine", "d299/m299999", "empty: the input has 0 bytes"]
    assert report["growth_mb"] < 60, report


# ------------------------------------------------- row 6: a FIFO in a folder


def test_row6_fifo_in_a_folder_is_an_error_line_and_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(brief(1), encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "z.txt").write_text(brief(2), encoding="utf-8")
    out, err = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    done = subprocess.run(
        cli(str(folder), "-o", str(out), "--errors", str(err)),
        capture_output=True,
        timeout=120,
        env=child_env(),
    )
    assert done.returncode == 1, done.stderr
    assert [r["doc_id"] for r in lines_of(out)] == ["a", "z"]
    (error,) = lines_of(err)
    assert error["doc_id"] == "pipe"
    assert error["reason"] == "not a regular file: a FIFO (named pipe), not opened"
    # The same through a glob.
    items = read_all(str(folder / "*.txt"))
    assert [type(item).__name__ for item in items] == ["InputDocument", "ErrorLine"] + [
        "InputDocument"
    ]


# ------------------------------------------------- row 7: one doc_id twice


def test_row7_a_doc_id_is_never_given_twice(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": "same", "text": brief(i)}, ensure_ascii=False) + "\n"
            for i in range(2)
        ),
        encoding="utf-8",
    )
    for sub in ("a", "b"):
        (tmp_path / "corpus" / sub).mkdir(parents=True)
        (tmp_path / "corpus" / sub / "x.txt").write_text(brief(ord(sub)), encoding="utf-8")
    (tmp_path / "same.txt").write_text(brief(5), encoding="utf-8")
    items = read_all(
        source,
        tmp_path / "corpus" / "a" / "x.txt",
        tmp_path / "corpus" / "b" / "x.txt",
        tmp_path / "corpus",
        tmp_path / "same.txt",
    )
    ids = [item.doc_id for item in items if isinstance(item, InputDocument)]
    assert len(ids) == len(set(ids)) and ids[:3] == ["same", "a/x", "b/x"]
    duplicates = errors_of(items)
    assert len(items) == 7 and len(duplicates) == 4
    assert duplicates[0].line == 2
    # The folder's a/x and b/x are the ids of the files given one by one; same.txt has the
    # JSONL id "same": each is an error line naming the input that has the id already.
    assert [(e.doc_id, e.reason.split(":")[0]) for e in duplicates] == [
        ("same", "duplicate doc_id 'same'"),
        ("a/x", "duplicate doc_id 'a/x'"),
        ("b/x", "duplicate doc_id 'b/x'"),
        ("same", "duplicate doc_id 'same'"),
    ]


# ------------------------------------------------- row 8: disk full


def test_row8_a_failed_write_leaves_no_torn_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.jsonl"
    writer = JsonlWriter(str(target))
    writer.write([{"n": 1}])
    real_write = os.write

    def half_then_full(fd: int, data: bytes) -> int:
        if len(data) > 4:
            return real_write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writer_module.os, "write", half_then_full)
    with pytest.raises(OutputError) as raised:
        writer.write([{"n": 2, "pad": "x" * 100}])
    monkeypatch.undo()
    assert str(raised.value) == f"cannot write {target}: No space left on device"
    writer.close()
    assert target.read_bytes() == b'{"n": 1}\n'


def test_row8_disk_full_names_the_file_and_exits_74(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": brief(i)}, ensure_ascii=False) + "\n"
            for i in range(3)
        )
        + "{bad\n",
        encoding="utf-8",
    )
    for args in (["-o", "/dev/full"], ["-o", str(tmp_path / "o.jsonl"), "--errors", "/dev/full"]):
        code, stderr = invoke(str(source), *args)
        assert code == 74, stderr
        assert "cannot write /dev/full: No space left on device" in stderr
        assert "rerun with --resume" in stderr


def test_row8_disk_full_on_a_small_tmpfs_then_resume(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a 1 MB tmpfs here: {done.stderr.decode().strip()}")
    try:
        filler = mount / "filler"
        with contextlib.suppress(OSError), open(filler, "wb") as stream:  # fill it up
            stream.write(b"\0" * (1 << 20))
        free = shutil.disk_usage(mount).free
        while free < 12_000:
            os.truncate(filler, filler.stat().st_size - 4096)
            free = shutil.disk_usage(mount).free
        source = tmp_path / "in.jsonl"
        source.write_text(
            "".join(
                json.dumps({"id": f"d{i}", "text": brief(i) * 3}, ensure_ascii=False) + "\n"
                for i in range(60)
            ),
            encoding="utf-8",
        )
        out = mount / "out.jsonl"
        code, stderr = invoke(str(source), "-o", str(out), "--chunk-size", "4")
        assert code == 74, stderr
        assert f"cannot write {out}: No space left on device" in stderr
        written = out.read_bytes()
        assert written.endswith(b"\n") or not written  # no torn line
        done_ids = [r["doc_id"] for r in lines_of(out)]
        assert done_ids == [f"d{i}" for i in range(len(done_ids))] and len(done_ids) < 60
        filler.unlink()
        code, stderr = invoke(str(source), "-o", str(out), "--resume")
        assert code == 0, stderr
        assert [r["doc_id"] for r in lines_of(out)] == [f"d{i}" for i in range(60)]
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


# ------------------------------------------------- row 11: SIGTERM before the first chunk


def _catches_sigterm(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")
def test_row11_sigterm_before_the_first_chunk_is_an_interruption(tmp_path: Path) -> None:
    process = subprocess.Popen(
        cli("-", "-o", str(tmp_path / "out.jsonl")),
        stdin=subprocess.PIPE,  # never closed: the run waits for stdin forever
        stderr=subprocess.PIPE,
        env=child_env(),
    )
    try:
        deadline = time.monotonic() + 120
        while not _catches_sigterm(process.pid):  # the handler is set: the command has begun
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.05)
        time.sleep(1.5)
        process.terminate()
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    text = stderr.decode()
    assert process.returncode == 130, text
    assert "interrupted" in text and "no inputs found" not in text and "Traceback" not in text


# ------------------------------------------------- row 12: unlistable folders, odd members


def test_row12_tar_and_zip_members_that_are_not_files_get_error_lines(tmp_path: Path) -> None:
    path = tmp_path / "odd.tar"
    with tarfile.open(path, "w") as archive:
        for name, kind, link in (
            ("sym.txt", tarfile.SYMTYPE, "x.txt"),
            ("hard.txt", tarfile.LNKTYPE, "x.txt"),
            ("dev.txt", tarfile.CHRTYPE, ""),
            ("blk.txt", tarfile.BLKTYPE, ""),
            ("fifo.txt", tarfile.FIFOTYPE, ""),
        ):
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, link
            archive.addfile(info)
        info = tarfile.TarInfo("folder")
        info.type = tarfile.DIRTYPE
        archive.addfile(info)
        data = brief(1).encode()
        info = tarfile.TarInfo("x.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    zipped = tmp_path / "odd.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        link = zipfile.ZipInfo("zlink.txt")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "x.txt")
        archive.writestr("zok.txt", brief(2))
    items = read_all(path, zipped)
    assert [(item.doc_id, getattr(item, "reason", None)) for item in items] == [
        ("sym", "not a regular file: the member is a symbolic link to 'x.txt', not read"),
        ("hard", "not a regular file: the member is a hard link to 'x.txt', not read"),
        ("dev", "not a regular file: the member is a character device, not read"),
        ("blk", "not a regular file: the member is a block device, not read"),
        ("fifo", "not a regular file: the member is a FIFO (named pipe), not read"),
        ("x", None),
        ("zlink", "not a regular file: the member is a symbolic link, not read"),
        ("zok", None),
    ]


def test_row12_a_folder_that_cannot_be_listed_is_an_error_line(tmp_path: Path) -> None:
    command_prefix: list[str] = []
    if os.geteuid() == 0:  # root reads anything: run the command as nobody, if this system can
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot drop the DAC capability")
        command_prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        # pytest's tmp_path is private to root: use a folder nobody can reach.
        tmp_path = Path(tempfile.mkdtemp(prefix="mjci-row12-"))
        tmp_path.chmod(0o777)
        if any(p.stat().st_mode & 0o001 == 0 for p in tmp_path.parents):
            shutil.rmtree(tmp_path)
            pytest.skip(f"{tmp_path.parent} is not searchable by others")
    folder = tmp_path / "d"
    try:
        (folder / "locked").mkdir(parents=True)
        (folder / "locked" / "hidden.txt").write_text(brief(1), encoding="utf-8")
        (folder / "ok.txt").write_text(brief(2), encoding="utf-8")
        folder.chmod(0o755)
        (folder / "ok.txt").chmod(0o644)
        os.chmod(folder / "locked", 0)
        out, err = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
        command = [*command_prefix, *cli(str(folder), "-o", str(out), "--errors", str(err))]
        done = subprocess.run(command, capture_output=True, timeout=120, env=child_env())
        assert done.returncode == 1, done.stderr
        # As nobody, the pipeline may not reach root's pythainlp data: ok.txt then gives an
        # error line instead of a record. Either way it gives exactly one line.
        lines = lines_of(out) + lines_of(err)
        assert sorted(line.get("doc_id") or "" for line in lines) == ["", "ok"], lines
        (error,) = [line for line in lines_of(err) if line["doc_id"] is None]
        assert error["path"] == str(folder / "locked")
        assert error["reason"] == "unreadable: cannot list this folder: Permission denied"
    finally:
        if folder.exists():
            os.chmod(folder / "locked", 0o755)
        if command_prefix:
            shutil.rmtree(tmp_path)


# ------------------------------------------------- row 14: clear messages


def test_row14_messages(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "abc\n', encoding="utf-8")
    (error,) = read_all(source)
    assert error.reason == "invalid JSON: Unterminated string starting at column 21"
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("in.txt", brief(1))
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("inner.zip", inner.getvalue())
        archive.writestr("notes.txt.gz", b"\x1f\x8b\x08\x00" + b"\0" * 20)
        archive.writestr("ok.txt", brief(2))
    items = read_all(outer)
    assert [item.doc_id for item in items] == ["inner", "notes.txt", "ok"]
    assert items[0].reason.startswith("nested archive: this member is a zip archive;")
    assert items[1].reason.startswith("nested archive: this member is gzip-compressed data;")
    assert isinstance(items[2], InputDocument)


def test_row14_a_damaged_output_stops_resume_with_file_and_line(tmp_path: Path) -> None:
    source = tmp_path / "b.txt"
    source.write_text(brief(1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _ = invoke(str(source), "-o", str(out))
    assert code == 0
    good = out.read_bytes()
    out.write_bytes(good + b"GARBAGE\n" + good)
    code, stderr = invoke(str(source), "-o", str(out), "--resume")
    assert code == 2
    assert f"cannot resume: {out}:2: not a JSON object" in stderr
    assert out.read_bytes() == good + b"GARBAGE\n" + good  # untouched
    # A torn last line is what a killed run leaves: that one is cut off and the run goes on.
    out.write_bytes(good + b'{"torn')
    code, stderr = invoke(str(source), "-o", str(out), "--resume")
    assert code == 0 and "dropped a half-written last line" in stderr
    assert out.read_bytes() == good


# ------------------------------------------------- fuzz: one item per input, never a traceback

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, min_size=1, max_size=3)
        | st.dictionaries(st.text(max_size=5), inner, min_size=1)
    ),
    max_leaves=8,
)
LINES = st.one_of(
    st.binary(max_size=80).map(lambda b: b.replace(b"\n", b" ")),
    st.text(max_size=60).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.builds(
        lambda i, t: json.dumps({"id": i, "text": t}, ensure_ascii=False).encode(
            "utf-8", "surrogatepass"
        ),
        st.one_of(st.text(max_size=8), st.integers(), st.none(), st.booleans()),
        st.one_of(st.text(alphabet="กขคงจ abc\u0e31\ud800", max_size=40), st.just(brief(1))),
    ),
    st.sampled_from([b"[" * 5000, b'{"id": 1, "text": "' + b"1" * 5000 + b'"}', b"\xef\xbb\xbf{}"]),
)


@FUZZ
@given(lines=st.lists(LINES, max_size=8), ending=st.sampled_from([b"\n", b"\r\n"]))
def test_fuzz_jsonl_lines_each_give_one_item(
    tmp_path: Path, lines: list[bytes], ending: bytes
) -> None:
    path = tmp_path / "fuzz.jsonl"
    data = ending.join(lines) + (ending if lines else b"")
    path.write_bytes(data)
    items = read_all(path, max_bytes=2000)
    expected = sum(1 for line in data.split(b"\n") if line.rstrip(b"\r\n").strip())
    assert len(items) == expected
    for item in items:
        assert isinstance(item, InputDocument | ErrorLine)
        if isinstance(item, ErrorLine):
            assert item.reason and item.line is not None
            ErrorLine.model_validate_json(item.model_dump_json())  # writable as JSON


@FUZZ
@given(
    data=st.binary(max_size=3000),
    name=st.sampled_from(
        ["x.txt", "x.jsonl", "x.jsonl.gz", "x.jsonl.xz", "x.jsonl.zst", "x.zip", "x.tar.gz"]
    ),
)
def test_fuzz_random_bytes_never_raise(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    later = tmp_path / "later.txt"
    later.write_text(brief(1), encoding="utf-8")
    items = read_all(path, later)
    assert items and items[-1].doc_id == "later" and isinstance(items[-1], InputDocument)
    if name == "x.txt":
        assert len(items) == 2
    for item in items:
        assert isinstance(item, InputDocument | ErrorLine)
        if isinstance(item, ErrorLine):
            item.model_dump_json()


@FUZZ
@given(member=st.binary(max_size=400), flip=st.lists(st.integers(0, 10_000), max_size=6))
def test_fuzz_damaged_archives_never_raise(tmp_path: Path, member: bytes, flip: list[int]) -> None:
    for kind in ("zip", "tar.gz"):
        path = tmp_path / f"a.{kind}"
        if kind == "zip":
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("m.txt", member + brief(1).encode() * 3)
                archive.writestr("n.jsonl", member)
        else:
            with tarfile.open(path, "w:gz") as archive:
                for name in ("m.txt", "n.jsonl"):
                    info = tarfile.TarInfo(name)
                    info.size = len(member)
                    archive.addfile(info, io.BytesIO(member))
        data = bytearray(path.read_bytes())
        for position in flip:
            data[position % len(data)] ^= 0xFF
        path.write_bytes(bytes(data))
        items = read_all(path)
        assert items
        assert all(isinstance(item, InputDocument | ErrorLine) for item in items)


def test_help_and_readme_document_exit_code_74() -> None:
    from mjci_extract.cli import extract as cli_extract
    from mjci_extract.run import batch

    text = " ".join(CliRunner().invoke(app, ["extract", "--help"]).stdout.split())
    assert "74 = an output could not be written" in text and "130 = interrupted" in text
    assert batch.EXIT_OUTPUT == 74 and cli_extract.EXIT_INTERRUPTED == batch.EXIT_INTERRUPTED
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`74` an output could not be written" in readme
