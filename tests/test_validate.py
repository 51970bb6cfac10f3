"""`mjci-extract validate`: good files pass, every broken line is reported with its number."""

from __future__ import annotations

import json
from pathlib import Path

from seed_like_record import seed_like_record
from typer.testing import CliRunner

from mjci_extract.cli.contract import app
from mjci_extract.io.validate import validate_file


def good_line(doc_id: str) -> str:
    return seed_like_record(doc_id).model_dump_json()


def broken_record(doc_id: str, **changes) -> str:
    record = json.loads(good_line(doc_id))
    record.update(changes)
    return json.dumps(record, ensure_ascii=False)


def test_valid_file_passes(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(good_line(f"d{i}") + "\n" for i in range(3)), encoding="utf-8")
    report = validate_file(path)
    assert report.ok and report.lines == 3 and report.valid == 3
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "3 lines, 3 valid, 0 invalid" in result.output


def test_file_without_final_newline_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(good_line("a") + "\n" + good_line("b"), encoding="utf-8")
    assert validate_file(path).valid == 2


def test_every_broken_line_is_reported_with_its_number(tmp_path: Path) -> None:
    meeting = json.loads(good_line("x"))["meetings"][0]
    bad_span = {"start": 10, "end": 3, "text": ""}
    lines = [
        good_line("ok1").encode(),  # 1
        b"",  # 2 blank
        b'{"doc_id": "broken", ',  # 3 truncated JSON
        b"[1, 2]",  # 4 not an object
        broken_record("missing_source", source=None).encode(),  # 5
        broken_record(
            "bad_date", meetings=[{**meeting, "date": {**meeting["date"], "date": "15/7/2567"}}]
        ).encode(),  # 6
        broken_record("extra", confidence=0.9).encode(),  # 7 unknown field
        broken_record("span", projects=[{"title": "x", "evidence": [bad_span]}]).encode(),  # 8
        good_line("ok1").encode(),  # 9 duplicate doc_id
        '{"doc_id": "\xff"}'.encode("latin-1"),  # 10 not UTF-8
        good_line("ok2").encode(),  # 11
        b"   ",  # 12 whitespace only
    ]
    path = tmp_path / "records.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")

    report = validate_file(path)
    reasons = {problem.line: problem.reason for problem in report.problems}
    assert report.lines == 12 and report.valid == 2
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 12]
    assert "blank line" in reasons[2] and "blank line" in reasons[12]
    assert reasons[3].startswith("invalid JSON")
    assert "expected a JSON object" in reasons[4] and "list" in reasons[4]
    assert "source" in reasons[5]
    assert "meetings.0.date.date" in reasons[6] and "pattern" in reasons[6]
    assert "confidence" in reasons[7] and "Extra inputs" in reasons[7]
    assert "projects.0.evidence.0" in reasons[8] and "before start" in reasons[8]
    assert "duplicate doc_id 'ok1'" in reasons[9] and "line 1" in reasons[9]
    assert "UTF-8" in reasons[10] and "0xff" in reasons[10]

    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    for line in reasons:
        assert f"{path}:{line}: " in result.output
    assert "12 lines, 2 valid, 10 invalid" in result.output
    assert "Traceback" not in result.output


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl: cannot read" in result.output
    assert "Traceback" not in result.output


def test_stdin(tmp_path: Path) -> None:
    ok = CliRunner().invoke(app, ["validate", "-"], input=good_line("s") + "\n")
    assert ok.exit_code == 0, ok.output
    bad = CliRunner().invoke(app, ["validate", "-"], input="not json\n")
    assert bad.exit_code == 1 and "<stdin>:1: invalid JSON" in bad.output
