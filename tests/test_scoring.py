"""scoring.py must give exactly the numbers of ../shared/tools/score_records.py."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from annotate_support import GOLD_DIR, SHARED, gold_entries
from typer.testing import CliRunner

from mjci_extract.annotate.scoring import (
    normalise,
    normalise_name,
    normalise_venue,
    read_records,
    score_records,
    similar,
)
from mjci_extract.cli import app

SCORER = SHARED / "tools" / "score_records.py"


def reference_scores(records: Path, gold_dir: Path, *flags: str) -> str:
    if not SCORER.is_file():
        pytest.skip(f"reference scorer not found at {SCORER}")
    done = subprocess.run(
        [sys.executable, str(SCORER), str(records), str(gold_dir), *flags],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def realistic_records(seed: int) -> list[dict]:
    """Records for the dev gold documents, as an imperfect extractor would write them.

    Values come from the gold with the variations the scorer must see through or punish:
    honorifics and ranks before names, ณ before venues, Thai digits, spaces, shortened positions,
    dropped and invented values, a duplicated official, and missing documents.
    """
    rng = random.Random(seed)
    records = []
    for entry in gold_entries():
        if rng.random() < 0.12:
            continue  # no record for this document
        gold = json.loads((GOLD_DIR / f"{entry['id']}.json").read_text(encoding="utf-8"))
        record: dict = {"doc_id": entry["id"], "source": {"sha256": entry["sha256"]}}
        if gold.get("published") and rng.random() < 0.85:
            record["published"] = {"date": gold["published"], "text": "x", "start": 0, "end": 1}
        meetings = []
        for m in gold.get("meetings", []):
            meeting: dict = {"number": m["number"] if rng.random() < 0.8 else None}
            if m.get("date") and rng.random() < 0.8:
                meeting["date"] = {"date": m["date"], "text": "d", "start": 0, "end": 1}
            if m.get("venue") and rng.random() < 0.9:
                venue = rng.choice(["ณ ", "ที่", ""]) + m["venue"][: rng.choice([None, -4])]
                meeting["venue"] = {"text": venue, "country": m.get("country")}
            if rng.random() < 0.5:
                meeting["country"] = m.get("country")
            meetings.append(meeting)
        if rng.random() < 0.3:
            meetings.append({"number": 7, "date": {"date": "2024-01-02"}, "venue": "ห้องประชุม 1"})
        record["meetings"] = meetings
        officials = []
        for o in gold.get("officials", []):
            if rng.random() < 0.2:
                continue
            prefix = rng.choice(["", "นาย", "นางสาว", "พล.ต.อ. ", "ดร.", "Mr. "])
            position = o.get("position")
            if position and rng.random() < 0.3:
                position = position[: max(1, len(position) // 2)]
            officials.append({"name": prefix + o["name"], "position": position})
            if rng.random() < 0.1:
                officials.append({"name": o["name"], "position": None})  # same person again
        if rng.random() < 0.3:
            officials.append({"name": "สมชาย ใจดี", "position": "ผู้อำนวยการ"})
        record["officials"] = officials
        projects = [{"title": t.replace("1", "๑")} for t in gold.get("projects", [])]
        projects = [p for p in projects if rng.random() < 0.8]
        if rng.random() < 0.3:
            projects.append({"title": "โครงการดังกล่าว"})
        record["projects"] = projects
        records.append(record)
    return records


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_same_json_as_reference_on_dev_gold(tmp_path: Path, seed: int) -> None:
    records = write_jsonl(tmp_path / "records.jsonl", realistic_records(seed))
    expected = json.loads(reference_scores(records, GOLD_DIR, "--json"))
    ours = score_records(read_records(records), GOLD_DIR).as_json()
    assert ours == expected
    # The perturbations must actually cost something, or the comparison proves little.
    assert 0.2 < ours["macro_f1"] < 1.0


def test_same_table_and_errors_as_reference(tmp_path: Path) -> None:
    records = write_jsonl(tmp_path / "records.jsonl", realistic_records(5))
    expected = reference_scores(records, GOLD_DIR, "--show-errors")
    ours = score_records(read_records(records), GOLD_DIR).table(show_errors=True)
    assert ours.strip() == expected.strip()


def tiny_gold(root: Path) -> Path:
    gold_dir = root / "gold"
    gold_dir.mkdir()
    golds = [
        {
            "id": "a",
            "published": "2024-07-04",
            "meetings": [
                {
                    "number": 29,
                    "date": "2024-07-15",
                    "end_date": None,
                    "venue": "ห้องประชุมสีม่วง ทำเนียบรัฐบาล",
                    "country": "TH",
                }
            ],
            "officials": [
                {"name": "สมหญิง ตัวอย่าง", "position": "รัฐมนตรีว่าการกระทรวงพาณิชย์"},
                {"name": "ประยูร ทดสอบ", "position": "อธิบดีกรมส่งเสริมการค้า"},
            ],
            "projects": ["โครงการพัฒนาแหล่งน้ำชุมชน"],
        },
        {"id": "b", "published": None, "meetings": [], "officials": [], "projects": []},
    ]
    index = []
    for number, gold in enumerate(golds):
        (gold_dir / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
        index.append(
            {"id": gold["id"], "path": f"docs/{gold['id']}.txt", "sha256": f"{number:064x}"}
        )
    (gold_dir / "index.json").write_text(json.dumps(index), "utf-8")
    return gold_dir


def tiny_records() -> list[dict]:
    return [
        {
            "source": {"sha256": f"{0:064x}"},
            "published": {"date": "2024-07-04"},
            "meetings": [
                {
                    "number": 29,
                    "date": {"date": "2024-07-16"},  # wrong day
                    "venue": {"text": "ณ ห้องประชุมสีม่วง ทำเนียบรัฐบาล", "country": "TH"},
                }
            ],
            "officials": [
                {"name": "นางสมหญิง ตัวอย่าง", "position": "รัฐมนตรีว่าการกระทรวงพาณิชย์"},
                {"name": "สมศักดิ์ อื่น", "position": "ผู้ว่าราชการจังหวัด"},
            ],
            "projects": [{"title": "โครงการพัฒนาแหล่งน้ำชุมชน ระยะที่ ๒"}],
        },
        {"source": {"sha256": f"{1:064x}"}, "projects": [{"title": "โครงการใหม่"}]},
    ]


def test_tiny_gold_numbers_by_hand(tmp_path: Path) -> None:
    gold_dir = tiny_gold(tmp_path)
    scores = score_records(tiny_records(), gold_dir).as_json()
    fields = scores["fields"]
    assert fields["published"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1}
    assert fields["meeting_date"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "gold": 1}
    assert fields["venue"]["f1"] == 1.0  # ณ is not part of the venue
    assert fields["country"]["f1"] == 1.0
    # one of two names right, one invented: P 1/2, R 1/2
    assert fields["official_name"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "gold": 2}
    # the project is matched softly (gold contained in a longer title); the invented one is not
    assert fields["project"] == {"p": 0.5, "r": 1.0, "f1": 0.667, "gold": 1}
    assert scores["missing"] == []


def test_tiny_gold_same_as_reference(tmp_path: Path) -> None:
    gold_dir = tiny_gold(tmp_path)
    records = write_jsonl(tmp_path / "records.jsonl", tiny_records())
    assert score_records(read_records(records), gold_dir).as_json() == json.loads(
        reference_scores(records, gold_dir, "--json")
    )


def test_evaluate_command_scores_a_records_file_like_the_reference(tmp_path: Path) -> None:
    records = write_jsonl(tmp_path / "records.jsonl", realistic_records(3))
    result = CliRunner().invoke(
        app,
        [
            "evaluate",
            "--records",
            str(records),
            "--gold",
            str(GOLD_DIR),
            "--held-out",
            "0",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)["gold"][str(GOLD_DIR)]
    assert ours == json.loads(reference_scores(records, GOLD_DIR, "--json"))


def test_evaluate_command_rejects_a_folder_without_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["evaluate", "--records", str(tmp_path / "r.jsonl"), "--gold", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "not a gold folder (no index.json)" in result.stderr


def test_normalisation() -> None:
    assert normalise("ครั้งที่ ๒๙\u200b") == "ครั้งที่29"
    assert normalise_name("พล.ต.อ. ดร.สมชาย ใจดี") == "สมชายใจดี"
    assert normalise_name("นางสาวสุดา") == "สุดา"  # นางสาว whole, not นาง + สาว
    assert normalise_name("นาย") == "นาย"  # a bare title is left alone
    assert normalise_venue("ณ ทำเนียบรัฐบาล") == "ทำเนียบรัฐบาล"
    assert similar("โครงการก", "โครงการก ระยะ")
    assert not similar("", "x")


def test_evaluate_runs_the_pipeline_on_gold_documents_like_extract_plus_reference(
    tmp_path: Path,
) -> None:
    """`evaluate --gold` = `extract` over the gold documents, then score_records.py."""
    runner = CliRunner()
    documents = [str(SHARED / entry["path"]) for entry in gold_entries()]
    records = tmp_path / "records.jsonl"
    result = runner.invoke(
        app,
        ["extract", *documents, "-o", str(records), "--errors", str(tmp_path / "errors.jsonl"),
         "--ner-backend", "none"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    expected = json.loads(reference_scores(records, GOLD_DIR, "--json"))
    result = runner.invoke(
        app,
        ["evaluate", "--gold", str(GOLD_DIR), "--held-out", "0", "--ner-backend", "none", "--json"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["gold"][str(GOLD_DIR)] == expected
    assert expected["missing"] == []

    result = runner.invoke(
        app, ["evaluate", "--gold", str(GOLD_DIR), "--held-out", "0", "--ner-backend", "none"]
    )
    assert result.exit_code == 0, result.output
    assert f"fields on {len(documents)} gold documents in {GOLD_DIR}:" in result.stdout
    assert f"macro F1 {expected['macro_f1']}" in result.stdout
