"""The correction loop end to end: export -> correct -> import -> train -> load -> evaluate.

A scripted annotator corrects the pipeline's Label Studio export (one label fixed, one missed
entity added), the corrections are imported into a store, a tiny model is trained on them with the
NER engineer's `train_model`, and both `evaluate` and a re-export through the pipeline with the
retrained model show the corrected example. Tiny on purpose: a handful of our own short briefs,
20 ThaiNER sentences, ~100 training steps (a few seconds).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from annotate_support import REPO, SHARED
from typer.testing import CliRunner

from mjci_extract.annotate import read_store
from mjci_extract.cli import app
from mjci_extract.ner.train import train_model

THAINER = SHARED / "data" / "thainer-1.5"

# Our own short briefs (written for this test).
BRIEFS = {
    "loop-1": "เมื่อวันที่ 3 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ "
    "เป็นประธานการประชุมคณะกรรมการส่งเสริมการค้า ครั้งที่ 2/2568 ณ ทำเนียบรัฐบาล",
    "loop-2": "นางสาวสุดา รักไทย อธิบดีกรมส่งเสริมการค้าระหว่างประเทศ เดินทางไปกรุงโตเกียว "
    "ประเทศญี่ปุ่น เพื่อหารือความร่วมมือด้านการค้า",
    "loop-3": "นายวิชัย มั่นคง ผู้ว่าราชการจังหวัดเชียงใหม่ ตรวจเยี่ยมโครงการพัฒนาแหล่งน้ำชุมชน "
    "เมื่อวันที่ 12 มกราคม 2568",
    "loop-4": "นางพรทิพย์ ศรีสุข ปลัดกระทรวงการคลัง ร่วมการประชุมรัฐมนตรีคลังอาเซียน ครั้งที่ 11 "
    "ณ ศูนย์การประชุมแห่งชาติสิริกิติ์",
}
# The scripted annotator's two corrections. Buildings are FACILITY in ThaiNER's convention, while
# the pipeline's venue rule calls every venue LOCATION; and no rule finds a city on its own.
FIXED = ("loop-1", "ทำเนียบรัฐบาล", "LOCATION", "FACILITY")
ADDED = ("loop-2", "กรุงโตเกียว", "LOCATION")


def region(start: int, end: int, text: str, label: str) -> dict:
    value = {"start": start, "end": end, "text": text, "labels": [label]}
    return {"from_name": "label", "to_name": "text", "type": "labels", "value": value}


def correct_export(tasks: list[dict]) -> None:
    """What an annotator does in Label Studio: accept the predictions, fix one, add one."""
    by_id = {task["data"]["doc_id"]: task for task in tasks}
    for task in tasks:
        task["annotations"] = [{"result": task["predictions"][0]["result"], "was_cancelled": False}]

    doc_id, surface, wrong, right = FIXED
    results = by_id[doc_id]["annotations"][0]["result"]
    (item,) = [r for r in results if r["value"]["text"] == surface]
    assert item["value"]["labels"] == [wrong], "precondition: the pipeline's label has changed"
    item["value"]["labels"] = [right]

    doc_id, surface, label = ADDED
    text = by_id[doc_id]["data"]["text"]
    start = text.index(surface)
    results = by_id[doc_id]["annotations"][0]["result"]
    overlapping = [r for r in results if r["value"]["start"] < start + len(surface)
                   and start < r["value"]["end"]]  # fmt: skip
    assert not overlapping, "precondition: the pipeline now finds the 'missed' entity"
    results.append(region(start, start + len(surface), surface, label))


def tiny_thainer(folder: Path) -> Path:
    """20 ThaiNER training sentences and 5 dev sentences (dev only picks the checkpoint: with
    `eval_frequency == max_steps` the last one, which has seen the corrections most)."""
    folder.mkdir()
    for name, count in (("train.txt", 20), ("val.txt", 5)):
        lines = (THAINER / name).read_text(encoding="utf-8-sig").splitlines()
        (folder / name).write_text("\n".join(lines[1 : count + 1]) + "\n", encoding="utf-8")
    return folder


def export_tasks(runner: CliRunner, briefs: Path, out: Path, *model_options: str) -> list[dict]:
    result = runner.invoke(
        app, ["annotate", "export", str(briefs), "--format", "label-studio", "-o", str(out),
              *model_options],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def predicted(tasks: list[dict], doc_id: str) -> set[tuple[str, str]]:
    (task,) = [t for t in tasks if t["data"]["doc_id"] == doc_id]
    return {(r["value"]["text"], r["value"]["labels"][0]) for r in task["predictions"][0]["result"]}


@pytest.mark.slow
def test_correct_import_train_evaluate(tmp_path: Path) -> None:
    if not (THAINER / "train.txt").is_file():
        pytest.skip(f"ThaiNER not found at {THAINER} (CI has it at ../shared)")
    runner = CliRunner()
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    for doc_id, text in BRIEFS.items():
        (briefs / f"{doc_id}.txt").write_text(text, encoding="utf-8")

    # 1. Export: the pipeline's predictions (rules only: no model has been trained yet).
    tasks_path = tmp_path / "tasks.json"
    tasks = export_tasks(runner, briefs, tasks_path, "--ner-backend", "none")
    assert len(tasks) == len(BRIEFS)

    # 2. The scripted correction, 3. import.
    correct_export(tasks)
    corrected = tmp_path / "corrected.json"
    corrected.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "annotations" / "spans.jsonl"
    result = runner.invoke(app, ["annotate", "import", str(corrected), "--store", str(store)])
    assert result.exit_code == 0, result.output
    stored = {e.id: {(s.text, s.label) for s in e.spans} for e in read_store(store)}
    assert (FIXED[1], FIXED[3]) in stored[FIXED[0]] and (FIXED[1], FIXED[2]) not in stored[FIXED[0]]
    assert (ADDED[1], ADDED[2]) in stored[ADDED[0]]

    # 4. Train a few iterations with the corrections.
    model = train_model(
        REPO / "configs" / "ner.cfg",
        tmp_path / "model",
        thainer_dir=tiny_thainer(tmp_path / "thainer"),
        annotations=store,
        overrides={
            "training.max_steps": 400,
            "training.eval_frequency": 400,
            "training.optimizer.learn_rate": 0.003,
            # no title-cut copies of ThaiNER names: the steps are for the corrections
            "mjci.person_titles": [],
        },
        log=lambda message: None,
    )

    # 5. Evaluate the retrained model on the corrected texts: the corrections are now predicted.
    result = runner.invoke(
        app,
        ["evaluate", "--model", str(model), "--annotations", str(store), "--held-out", "1",
         "--show-examples", "--no-gold"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    fixed_text, added_text = BRIEFS[FIXED[0]], BRIEFS[ADDED[0]]
    fixed_at, added_at = fixed_text.index(FIXED[1]), added_text.index(ADDED[1])
    assert (
        f"correct  {FIXED[3]} [{fixed_at}:{fixed_at + len(FIXED[1])}] '{FIXED[1]}'" in result.stdout
    ), result.stdout
    assert (
        f"correct  {ADDED[2]} [{added_at}:{added_at + len(ADDED[1])}] '{ADDED[1]}'" in result.stdout
    ), result.stdout
    result = runner.invoke(
        app, ["evaluate", "--model", str(model), "--annotations", str(store), "--held-out", "1",
              "--json", "--no-gold"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    output = json.loads(result.stdout)
    assert "gold" not in output
    scores = output["annotations"]
    assert scores["documents"] == len(BRIEFS)
    assert scores["labels"]["FACILITY"]["r"] == 1.0
    assert scores["labels"]["micro"]["f1"] > 0.8

    # 6. Load the retrained model in the pipeline: its next export predicts the corrections.
    tasks = export_tasks(runner, briefs, tmp_path / "again.json", "--ner-model", str(model))
    assert (FIXED[1], FIXED[3]) in predicted(tasks, FIXED[0])
    assert (ADDED[1], ADDED[2]) in predicted(tasks, ADDED[0])
