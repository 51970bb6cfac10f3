"""The projects-only annotated briefs (annotations/thaigov-projects/): texts as their sha256 says,
every gold title written in its text, none of them a dev gold text or a brief annotated elsewhere,
each in one split, and tools/eval_projects.py scoring a records file of them."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FOLDER = ROOT / "annotations" / "thaigov-projects"


def gold() -> dict[str, dict]:
    return json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))


def test_texts_match_their_sha256_and_hold_their_titles():
    entries = gold()
    assert len(entries) >= 120
    assert {p.stem for p in FOLDER.glob("*.txt")} == set(entries)
    for doc_id, entry in entries.items():
        data = (FOLDER / f"{doc_id}.txt").read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], doc_id
        text = data.decode("utf-8")
        assert all(title in text and title.startswith("โครงการ") for title in entry["projects"])
        assert entry["split"].endswith(("-tune", "-check"))
        assert entry["source"].startswith("thaigov-20") and ".tar.gz:" in entry["source"]


def test_no_brief_is_a_dev_gold_text_or_annotated_elsewhere():
    if not (SHARED / "dev" / "gold" / "index.json").exists():
        pytest.skip("../shared is not here")
    ours = {entry["sha256"] for entry in gold().values()}
    others = set()
    for entry in json.loads((SHARED / "dev" / "gold" / "index.json").read_text("utf-8")):
        others.add(hashlib.sha256((SHARED / entry["path"]).read_bytes()).hexdigest())
    for path in (ROOT / "annotations" / "thaigov").glob("*.txt"):
        others.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert not ours & others


def test_eval_projects_scores_each_split(tmp_path):
    entries = gold()
    # a records file that gets every tune title right and predicts nothing for check
    lines = [
        json.dumps(
            {
                "doc_id": doc_id,
                "projects": [{"title": t} for t in entry["projects"]]
                if entry["split"].endswith("-tune")
                else [],
            },
            ensure_ascii=False,
        )
        for doc_id, entry in entries.items()
    ]
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if not (SHARED / "tools" / "score_records.py").exists():
        pytest.skip("../shared is not here")
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "eval_projects.py"), str(records)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = {line.split()[0]: line for line in out.splitlines() if " project P " in line}
    assert {s for s in rows} == {entry["split"] for entry in entries.values()}
    for split, row in rows.items():
        expected = "F1 1.000" if split.endswith("-tune") else "F1 0.000"
        assert expected in row, row
