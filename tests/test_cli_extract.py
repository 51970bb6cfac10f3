"""`mjci-extract extract` as a user runs it: a real subprocess, real files, real signals."""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from mjci_extract.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "corpus" / "thaigov-sample"
BRIEF = "วันที่ 4 กรกฎาคม 2567 คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาแหล่งน้ำ ณ ทำเนียบรัฐบาล\n"
# These tests are about inputs, lines and exit codes, not extracted values: skip the NER model.
FAST = ["--ner-backend", "none"]
SUMMARY = re.compile(
    r"mjci-extract: (\d+) documents, (\d+) records, (\d+) errors(?:, (\d+) skipped \(already done\))?"
    r" in [\d.]+ s \([\d.]+ docs/s\)"
)


# The console script's entry point, run by this interpreter (`python -m mjci_extract.cli` would
# load it twice, as __main__ and as mjci_extract.cli).
ENTRY = "import sys; from mjci_extract.cli import main; sys.argv[0] = 'mjci-extract'; main()"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", ENTRY, "extract", *args]


def extract(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(cli(*args), input=stdin, capture_output=True, timeout=300)


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_stdin_text_to_stdout_is_quiet_apart_from_the_summary() -> None:
    done = extract("-", *FAST, stdin=BRIEF.encode("utf-8"))
    assert done.returncode == 0, done.stderr.decode()
    (record,) = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert record["doc_id"] == "stdin" and record["source"]["path"] == "<stdin>"
    stderr = done.stderr.decode("utf-8").strip()
    assert SUMMARY.fullmatch(stderr), stderr  # no progress bar in a pipe
    assert SUMMARY.fullmatch(stderr).groups()[:3] == ("1", "1", "0")


def test_stdin_jsonl_errors_go_to_stderr_by_default() -> None:
    data = (
        json.dumps({"id": "a", "text": BRIEF}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "text": "English only."})
        + "\n{oops\n"
    )
    done = extract("-", "--stdin-format", "jsonl", *FAST, stdin=data.encode("utf-8"))
    assert done.returncode == 1
    assert [json.loads(x)["doc_id"] for x in done.stdout.decode().splitlines()] == ["a"]
    stderr = done.stderr.decode("utf-8").splitlines()
    errors = [json.loads(line) for line in stderr[:-1]]
    assert [(e["line"], e["reason"].split(":")[0]) for e in errors] == [
        (2, "not Thai"),
        (3, "invalid JSON"),
    ]
    assert SUMMARY.fullmatch(stderr[-1]).groups()[:3] == ("3", "1", "2")


def invoke(*args: str) -> Result:
    """In-process run (no interpreter start-up) for the cases that need no stdin or signals."""
    return CliRunner().invoke(app, ["extract", *args])


def test_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BRIEF, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    out, err = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    assert invoke(str(good), "-o", str(out), *FAST).exit_code == 0
    mixed = invoke(str(good), str(bad), "-o", str(out), "--errors", str(err), *FAST)
    assert mixed.exit_code == 1
    assert len(lines_of(out)) == 1 and lines_of(err)[0]["reason"].startswith("binary")
    capped = invoke(str(good), "--max-bytes", "100", "-o", str(out), "--errors", str(err), *FAST)
    assert capped.exit_code == 1 and lines_of(err)[0]["reason"].startswith("too large")
    (tmp_path / "empty").mkdir()
    usage = {
        "bad option": invoke(str(good), "--workers", "0"),
        "unknown option": invoke(str(good), "--frobnicate"),
        "no inputs": invoke(str(tmp_path / "empty"), *FAST),
        "resume to stdout": invoke(str(good), "--resume", *FAST),
        "missing config": invoke(str(good), "--config", str(tmp_path / "none.cfg")),
        "same files": invoke(str(good), "-o", str(out), "--errors", str(out), *FAST),
    }
    for case, result in usage.items():
        assert result.exit_code == 2, case
        assert result.exception is None or isinstance(result.exception, SystemExit), case
    assert "no inputs found" in usage["no inputs"].stderr
    assert "--resume" in usage["resume to stdout"].stderr


def test_help_documents_the_exit_codes() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for phrase in ("Exit codes: 0 =", "1 = the run finished", "2 = usage error", "--resume"):
        assert phrase in text


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(BRIEF + str(n), encoding="utf-8")
    master, slave = pty.openpty()
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(cli(str(tmp_path), "-o", str(out), *FAST), stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        seen += chunk
    assert process.wait(timeout=120) == 0
    os.close(master)
    text = seen.decode("utf-8", "replace")
    assert "docs/s" in text and "ETA" in text and "3/3" in text
    assert len(lines_of(out)) == 3


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="needs ../shared/corpus/thaigov-sample")
def test_kill_9_midway_then_resume_gives_one_line_per_input(tmp_path: Path) -> None:
    files = [str(p) for p in sorted(p for p in SAMPLE.rglob("*") if p.is_file())[::50][:60]]
    # A FIFO in the middle of the inputs holds the run still after the first 30 documents, so the
    # kill lands midway every time, however fast the pipeline is.
    gate = tmp_path / "gate.txt"
    os.mkfifo(gate)
    inputs = [*files[:30], str(gate), *files[30:]]
    out, err = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    common = [*inputs, "-o", str(out), "--errors", str(err), *FAST]
    first = subprocess.Popen(
        cli(*common, "--workers", "1", "--chunk-size", "1"), stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        written = sum(len(p.read_bytes().splitlines()) for p in (out, err) if p.exists())
        if written >= 30:
            break
        assert first.poll() is None, "the run ended before reaching the FIFO"
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    assert first.wait(timeout=30) == -signal.SIGKILL
    assert len(out.read_bytes().splitlines()) + len(err.read_bytes().splitlines()) == 30
    # A kill that lands inside a write leaves a torn last line; add one, as such a kill would.
    first_line = out.read_bytes().splitlines()[0]
    with open(out, "ab") as stream:
        stream.write(first_line[: len(first_line) // 2])
    gate.unlink()
    gate.write_text(BRIEF, encoding="utf-8")

    resumed = subprocess.run(
        cli(*common, "--resume", "--workers", "2", "--chunk-size", "4"),
        capture_output=True,
        timeout=300,
    )
    assert resumed.returncode in (0, 1), resumed.stderr.decode()
    assert b"dropped a half-written last line" in resumed.stderr
    summary = SUMMARY.search(resumed.stderr.decode("utf-8"))
    assert summary and summary.group(4) == "30" and summary.group(1) == str(len(inputs) - 30)

    records, errors = lines_of(out), lines_of(err)  # every line parses: valid JSONL
    paths = [r["source"]["path"] for r in records] + [e["path"] for e in errors]
    counts = Counter(paths)
    assert sorted(counts) == sorted(inputs), "gaps or strays"
    assert max(counts.values()) == 1, "duplicates"
    shas = [r["source"]["sha256"] for r in records] + [e["sha256"] for e in errors]
    assert len(set(shas)) == len(inputs)
    # Records are in input order across the kill and the resumed run.
    record_paths = [r["source"]["path"] for r in records]
    assert record_paths == [p for p in inputs if p in set(record_paths)]


def test_sigterm_stops_cleanly_with_exit_130(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(BRIEF, encoding="utf-8")
    gate = tmp_path / "gate.txt"
    os.mkfifo(gate)  # holds the run still after the first document
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        cli(str(first), str(gate), "-o", str(out), "--chunk-size", "1", *FAST),
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not (out.exists() and out.read_bytes().endswith(b"\n")):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    process.terminate()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "interrupted" in stderr.decode() and "Traceback" not in stderr.decode()
    assert len(lines_of(out)) == 1


def test_exit_usage_matches_batch() -> None:
    from mjci_extract.cli import extract as cli_extract
    from mjci_extract.run import batch

    assert cli_extract.EXIT_USAGE == batch.EXIT_USAGE
