"""The reach briefs (annotations/reach/manifest.jsonl) and the judgements of rounds q23-q25 made on
them: every brief is rebuilt byte for byte from ../shared, none is evaluation or annotated data,
and every judgement names a reach brief and says one of its verdicts."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REACH = ROOT / "annotations" / "reach"


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (REACH / name).read_text(encoding="utf-8").splitlines()]


def test_the_reach_briefs_are_neither_dev_gold_nor_annotated_briefs():
    manifest = _lines("manifest.jsonl")
    hashes = [entry["sha256"] for entry in manifest]
    assert len(set(hashes)) == len(hashes) == len({entry["id"] for entry in manifest})
    annotated = {
        tomllib.loads(p.read_text(encoding="utf-8"))["sha256"]
        for p in (ROOT / "annotations" / "thaigov").glob("*.toml")
    }
    assert not annotated & set(hashes)
    dev_index = SHARED / "dev" / "gold" / "index.json"
    if dev_index.is_file():
        dev = {e["sha256"] for e in json.loads(dev_index.read_text(encoding="utf-8"))}
        assert not dev & set(hashes)


def test_every_judgement_names_a_reach_brief_and_a_known_verdict():
    manifest = {entry["id"]: entry["sha256"] for entry in _lines("manifest.jsonl")}
    verdicts = {
        "q23-projects.jsonl": {"right", "boundary", "not_project", "duplicate", "unsure"},
        "q24-meetings.jsonl": {"right", "wrong_fields", "not_meeting", "duplicate"},
        "q25-officials.jsonl": {"right", "wrong", "not_official", "duplicate"},
    }
    for name, allowed in verdicts.items():
        briefs = _lines(name)
        assert briefs, name
        for brief in briefs:
            assert manifest[brief["id"]] == brief["sha256"], (name, brief["id"])
            for prediction in brief["predictions"]:
                verdict = prediction.get("label", prediction.get("verdict"))
                assert verdict in allowed, (name, brief["id"], verdict)
                if verdict == "boundary":
                    assert prediction["gold"], (name, brief["id"])


@pytest.mark.skipif(
    not (SHARED / "corpus" / "thaigov-archive").is_dir(), reason="needs ../shared/corpus"
)
def test_the_reach_folders_are_rebuilt_from_shared(tmp_path):
    tool = ROOT / "tools" / "build_reach_folders.py"
    done = subprocess.run(
        [sys.executable, str(tool), str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.txt"))
    assert written == sorted(f"{entry['id']}.txt" for entry in _lines("manifest.jsonl"))
