"""Import of corrected exports: strict validation, clear messages, atomic store updates."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mjci_extract.annotate import ExportFormat, StoreError, import_export, read_store
from mjci_extract.annotate.store import (
    AnnotatedText,
    StoredSpan,
    is_held_out,
    split_store,
    text_sha256,
    write_store,
)
from mjci_extract.cli import app

TEXT = "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ เดินทางไปกรุงโตเกียว ประเทศญี่ปุ่น"
NAME = "สมชาย ใจดี"
CITY = "กรุงโตเกียว"


def at(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def region(start: int, end: int, label: str, text: str | None = None, **extra) -> dict:
    value = {"start": start, "end": end, "labels": [label]}
    if text is not None:
        value["text"] = text
    return {"from_name": "label", "to_name": "text", "type": "labels", "value": value, **extra}


def ls_task(doc_id: str, text: str, results: list[dict], **extra) -> dict:
    return {
        "id": 7,
        "data": {"text": text, "doc_id": doc_id, "text_sha256": text_sha256(text)},
        "annotations": [{"id": 1, "result": results, "was_cancelled": False}],
        **extra,
    }


def good_results() -> list[dict]:
    name, city = at(TEXT, NAME), at(TEXT, CITY)
    return [region(*name, "PERSON", NAME), region(*city, "LOCATION", CITY)]


def write_json(path: Path, payload: object) -> Path:
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store that already holds one other text, so "untouched" means something."""
    path = tmp_path / "annotations" / "spans.jsonl"
    other = "ประชุมที่กรุงเทพมหานคร"
    start, end = at(other, "กรุงเทพมหานคร")
    write_store(
        path,
        [
            AnnotatedText(
                id="other",
                sha256=text_sha256(other),
                text=other,
                spans=[StoredSpan(start=start, end=end, label="LOCATION", text="กรุงเทพมหานคร")],
                source="manual",
                updated="2024-01-01T00:00:00Z",
            )
        ],
    )
    return path


def test_label_studio_import_adds_and_reimport_replaces(tmp_path: Path, store: Path) -> None:
    export = write_json(tmp_path / "export.json", [ls_task("doc-1", TEXT, good_results())])
    report = import_export(export, ExportFormat.label_studio, store)
    assert report.summary.added == ["doc-1"]
    entries = read_store(store)
    assert [e.id for e in entries] == ["other", "doc-1"]
    assert [(s.label, s.text) for s in entries[1].spans] == [("PERSON", NAME), ("LOCATION", CITY)]
    assert entries[1].source == "label-studio"
    assert entries[1].sha256 == text_sha256(TEXT)

    # The same task again, corrected differently: replaced in place, not duplicated.
    fixed = good_results()[:1]
    write_json(export, [ls_task("doc-1", TEXT, fixed)])
    report = import_export(export, ExportFormat.label_studio, store)
    assert report.summary.replaced == ["doc-1"] and report.summary.added == []
    entries = read_store(store)
    assert [e.id for e in entries] == ["other", "doc-1"]
    assert [s.label for s in entries[1].spans] == ["PERSON"]
    assert len(store.read_text(encoding="utf-8").splitlines()) == 2


def test_latest_uncancelled_annotation_wins_and_unannotated_tasks_are_reported(
    tmp_path: Path, store: Path
) -> None:
    name, city = at(TEXT, NAME), at(TEXT, CITY)
    task = ls_task("doc-1", TEXT, [])
    task["annotations"] = [
        {"result": [region(*name, "PERSON")], "updated_at": "2024-05-01T10:00:00Z"},
        {"result": [region(*city, "LOCATION")], "updated_at": "2024-05-02T10:00:00Z"},
        {"result": [], "updated_at": "2024-06-01T10:00:00Z", "was_cancelled": True},
    ]
    untouched = {"id": 9, "data": {"text": TEXT, "doc_id": "doc-2"}, "annotations": []}
    export = write_json(tmp_path / "export.json", [task, untouched])
    report = import_export(export, ExportFormat.label_studio, store)
    assert [s.label for s in report.imported[0].spans] == ["LOCATION"]
    assert len(report.unannotated) == 1
    assert "task[1] (id 'doc-2')" in report.unannotated[0]
    assert "doc-2" not in {e.id for e in read_store(store)}


def test_label_studio_json_min_export(tmp_path: Path, store: Path) -> None:
    name = at(TEXT, NAME)
    rows = [{"id": 3, "doc_id": "doc-min", "text": TEXT, "label": [
        {"start": name[0], "end": name[1], "text": NAME, "labels": ["PERSON"]}
    ]}]  # fmt: skip
    import_export(write_json(tmp_path / "min.json", rows), ExportFormat.label_studio, store)
    (entry,) = [e for e in read_store(store) if e.id == "doc-min"]
    assert [(s.start, s.end, s.label) for s in entry.spans] == [(*name, "PERSON")]


def test_doccano_both_export_shapes(tmp_path: Path, store: Path) -> None:
    name, city = at(TEXT, NAME), at(TEXT, CITY)
    lines = [
        {"id": 1, "text": TEXT, "label": [[*name, "PERSON"]], "doc_id": "d-label"},
        {
            "id": 2,
            "text": TEXT,
            "entities": [
                {"id": 5, "start_offset": city[0], "end_offset": city[1], "label": "LOCATION"}
            ],
            "relations": [],
        },
    ]
    export = tmp_path / "doccano.jsonl"
    export.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    report = import_export(export, ExportFormat.doccano, store)
    assert sorted(report.summary.added) == ["2", "d-label"]  # doccano's own id when no doc_id
    by_id = {e.id: e for e in read_store(store)}
    assert by_id["d-label"].spans[0].text == NAME
    assert by_id["2"].spans[0].label == "LOCATION" and by_id["2"].source == "doccano"


# Every malformed case: (results or doccano labels, the words the message must contain).
NAME_START, NAME_END = at(TEXT, NAME)
CITY_START, CITY_END = at(TEXT, CITY)
LABEL_STUDIO_CASES = {
    "end past the text": (
        [region(NAME_START, len(TEXT) + 5, "PERSON")],
        ["result[0]", f"[{NAME_START}:{len(TEXT) + 5}]", "outside the text"],
    ),
    "negative start": ([region(-1, 4, "PERSON")], ["result[0]", "outside the text"]),
    "empty span": ([region(5, 5, "PERSON")], ["result[0]", "[5:5]", "empty"]),
    "span text differs": (
        [region(NAME_START, NAME_END, "PERSON", "สมชาย")],
        ["result[0]", f"text[{NAME_START}:{NAME_END}] is '{NAME}'", "'สมชาย'"],
    ),
    "unknown label": (
        [region(CITY_START, CITY_END, "CITY", CITY)],
        ["result[0]", "unknown label 'CITY'"],
    ),
    "overlapping spans": (
        [
            region(NAME_START, NAME_END, "PERSON", NAME),
            region(NAME_START + 2, NAME_END + 4, "ORGANIZATION"),
        ],
        ["result[1]", "overlaps", "result[0]"],
    ),
    "offset not a number": (
        [region("3", 8, "PERSON")],
        ["result[0]", "start '3' is not an integer"],
    ),
    "two labels on one region": (
        [{"type": "labels", "value": {"start": 0, "end": 3, "labels": ["PERSON", "LOCATION"]}}],
        ["result[0]", "exactly one label"],
    ),
    "unsupported result type": (
        [{"type": "choices", "value": {"choices": ["x"]}}],
        ["result[0]", "result type 'choices' is not supported"],
    ),
}


@pytest.mark.parametrize("case", sorted(LABEL_STUDIO_CASES))
def test_label_studio_malformed_is_rejected_and_store_untouched(
    tmp_path: Path, store: Path, case: str
) -> None:
    results, words = LABEL_STUDIO_CASES[case]
    # A valid task first: one bad task must stop the whole import.
    export = write_json(
        tmp_path / "export.json",
        [ls_task("fine", TEXT, good_results()), ls_task("doc-bad", TEXT, results)],
    )
    before = store.read_bytes()
    with pytest.raises(StoreError) as caught:
        import_export(export, ExportFormat.label_studio, store)
    message = "\n".join(caught.value.problems)
    assert f"{export}: task[1] (id 'doc-bad')" in message
    for word in words:
        assert word in message, (word, message)
    assert store.read_bytes() == before
    assert sorted(p.name for p in store.parent.iterdir()) == ["spans.jsonl"]  # no temp files


DOCCANO_CASES = {
    "end past the text": ([[0, len(TEXT) + 1, "PERSON"]], ["label[0]", "outside the text"]),
    "unknown label": ([[0, 3, "PER"]], ["label[0]", "unknown label 'PER'"]),
    "overlap": ([[0, 8, "PERSON"], [4, 10, "PERSON"]], ["label[1]", "overlaps"]),
    "not a triple": ([[0, 3]], ["label[0]", "expected [start, end, LABEL]"]),
}


@pytest.mark.parametrize("case", sorted(DOCCANO_CASES))
def test_doccano_malformed_is_rejected_and_store_untouched(
    tmp_path: Path, store: Path, case: str
) -> None:
    labels, words = DOCCANO_CASES[case]
    export = tmp_path / "doccano.jsonl"
    lines = [
        {"doc_id": "ok", "text": TEXT, "label": []},
        {"doc_id": "bad", "text": TEXT, "label": labels},
    ]
    export.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    before = store.read_bytes()
    with pytest.raises(StoreError) as caught:
        import_export(export, ExportFormat.doccano, store)
    message = "\n".join(caught.value.problems)
    assert f"{export}:2 (id 'bad')" in message
    for word in words:
        assert word in message, (word, message)
    assert store.read_bytes() == before


def test_task_level_problems(tmp_path: Path, store: Path) -> None:
    changed = ls_task("changed", TEXT, [])
    changed["data"]["text"] = TEXT + " แก้ไข"  # the tool (or a person) altered the text
    tasks = [
        ls_task("twice", TEXT, []),
        ls_task("twice", TEXT, []),
        changed,
        {"id": 4, "annotations": []},
        "not a task",
    ]
    export = write_json(tmp_path / "export.json", tasks)
    before = store.read_bytes()
    with pytest.raises(StoreError) as caught:
        import_export(export, ExportFormat.label_studio, store)
    problems = caught.value.problems
    assert any("task[1] (id 'twice')" in p and "task[0]" in p for p in problems)
    assert any("task[2] (id 'changed')" in p and "changed after export" in p for p in problems)
    assert any("task[3]" in p and "has no text" in p for p in problems)
    assert any("task[4]" in p and "expected an object" in p for p in problems)
    assert store.read_bytes() == before


def test_unreadable_export_and_bad_existing_store(tmp_path: Path, store: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read a Label Studio JSON export"):
        import_export(broken, ExportFormat.label_studio, store)
    # A damaged store is reported with its line and not overwritten.
    store.write_text(store.read_text(encoding="utf-8") + "{not json}\n", encoding="utf-8")
    before = store.read_bytes()
    export = write_json(tmp_path / "export.json", [ls_task("doc-1", TEXT, good_results())])
    with pytest.raises(StoreError, match=r"spans\.jsonl:2: not a valid store entry"):
        import_export(export, ExportFormat.label_studio, store)
    assert store.read_bytes() == before


def test_no_store_file_is_created_on_error(tmp_path: Path) -> None:
    store = tmp_path / "annotations" / "spans.jsonl"
    export = write_json(tmp_path / "e.json", [ls_task("x", TEXT, [region(0, 999, "PERSON")])])
    with pytest.raises(StoreError):
        import_export(export, ExportFormat.label_studio, store)
    assert not store.exists()


def test_interrupted_write_leaves_store_intact(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure at the last step (the rename) must leave the old store and no temporary file."""
    before = store.read_bytes()

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    export = write_json(tmp_path / "export.json", [ls_task("doc-1", TEXT, good_results())])
    with pytest.raises(OSError, match="disk full"):
        import_export(export, ExportFormat.label_studio, store)
    assert store.read_bytes() == before
    assert sorted(p.name for p in store.parent.iterdir()) == ["spans.jsonl"]


def test_utf16_offsets_get_a_hint(tmp_path: Path, store: Path) -> None:
    text = "🙂 ข่าว: " + TEXT
    start, end = at(text, NAME)
    # JavaScript counts the emoji as two units, so a browser tool reports every offset one higher.
    export = write_json(
        tmp_path / "e.json", [ls_task("emoji", text, [region(start + 1, end + 1, "PERSON", NAME)])]
    )
    with pytest.raises(StoreError, match="look like UTF-16 code units"):
        import_export(export, ExportFormat.label_studio, store)


def test_import_command_reports_every_problem_and_exit_status(tmp_path: Path, store: Path) -> None:
    runner = CliRunner()
    bad = write_json(
        tmp_path / "bad.json",
        [ls_task("a", TEXT, [region(0, 999, "PERSON")]), ls_task("b", TEXT, [region(0, 3, "X")])],
    )
    before = store.read_bytes()
    result = runner.invoke(app, ["annotate", "import", str(bad), "--store", str(store)])
    assert result.exit_code == 1
    assert "task[0] (id 'a')" in result.stderr and "task[1] (id 'b')" in result.stderr
    assert f"2 problem(s); {store} was not changed" in result.stderr
    assert "Traceback" not in result.output
    assert store.read_bytes() == before

    good = write_json(tmp_path / "good.json", [ls_task("a", TEXT, good_results())])
    result = runner.invoke(app, ["annotate", "import", str(good), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "1 added, 0 replaced, 2 in the store" in result.stdout

    result = runner.invoke(app, ["annotate", "import", str(tmp_path / "missing.json")])
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_held_out_split_is_stable_and_proportionate() -> None:
    ids = [f"doc-{i}" for i in range(2000)]
    held = [i for i in ids if is_held_out(i, 0.2)]
    assert 0.17 < len(held) / len(ids) < 0.23
    assert held == [i for i in ids if is_held_out(i, 0.2)]
    assert not is_held_out("x", 0) and is_held_out("x", 1)
    entry = AnnotatedText(id="a", sha256=text_sha256("t"), text="t", source="manual", updated="u")
    train, held_out = split_store([entry], 1.0)
    assert (train, held_out) == ([], [entry])
