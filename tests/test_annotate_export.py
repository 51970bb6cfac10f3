"""Export of predictions to Label Studio and doccano, and the round trip back into the store."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from annotate_support import SHARED, gold_document, record_from_gold, require_shared
from typer.testing import CliRunner

from mjci_extract.annotate import (
    ExportFormat,
    export_documents,
    import_export,
    predicted_document,
    read_store,
)
from mjci_extract.annotate.doccano import labels_path
from mjci_extract.annotate.labelstudio import label_config_path
from mjci_extract.cli import app
from mjci_extract.record.models import ALL_LABELS, Entity

SEED = SHARED / "seeds" / "000_1222a793f4919218.txt"


def seed_prediction():
    document, gold = gold_document("seed")
    record = record_from_gold(document, gold)
    assert len(record.entities) >= 10  # names, positions, projects, date, venue
    return document, record, predicted_document(record, document.text)


def test_label_studio_tasks_match_their_label_config(tmp_path: Path) -> None:
    document, record, predicted = seed_prediction()
    tasks_path = tmp_path / "tasks.json"
    config_path = export_documents([predicted], ExportFormat.label_studio, tasks_path, "test-v1")
    assert config_path == label_config_path(tasks_path)

    config = ET.fromstring(config_path.read_text(encoding="utf-8"))
    labels_tag = config.find("Labels")
    text_tag = config.find("Text")
    assert text_tag is not None and labels_tag is not None
    assert labels_tag.get("toName") == text_tag.get("name")
    assert text_tag.get("value") == "$text"
    config_labels = {label.get("value") for label in labels_tag.findall("Label")}
    assert config_labels == set(ALL_LABELS)

    (task,) = json.loads(tasks_path.read_text(encoding="utf-8"))
    assert task["data"]["text"] == document.text
    assert task["data"]["doc_id"] == record.doc_id
    (prediction,) = task["predictions"]
    assert prediction["model_version"] == "test-v1"
    results = prediction["result"]
    assert len(results) == len(record.entities)
    for item in results:
        assert item["type"] == "labels"
        assert item["from_name"] == labels_tag.get("name")
        assert item["to_name"] == text_tag.get("name")
        value = item["value"]
        assert document.text[value["start"] : value["end"]] == value["text"]
        (label,) = value["labels"]
        assert label in config_labels


def test_doccano_examples(tmp_path: Path) -> None:
    document, record, predicted = seed_prediction()
    path = tmp_path / "tasks.jsonl"
    labels_file = export_documents([predicted], ExportFormat.doccano, path, "v")
    assert labels_file == labels_path(path)
    (line,) = path.read_text(encoding="utf-8").splitlines()
    example = json.loads(line)
    assert example["text"] == document.text and example["doc_id"] == record.doc_id
    expected = [[e.start, e.end, e.label] for e in record.entities]
    assert example["label"] == expected
    assert {d["text"] for d in json.loads(labels_file.read_text(encoding="utf-8"))} == set(
        ALL_LABELS
    )


def test_uncorrected_exports_round_trip_into_the_store(tmp_path: Path) -> None:
    """Accepting every prediction as is stores exactly the predictions, in both formats."""
    document, record, predicted = seed_prediction()
    expected = [(e.start, e.end, e.label, e.text) for e in record.entities]
    # Label Studio: an annotator who accepts the prediction submits it as their annotation.
    tasks_path = tmp_path / "tasks.json"
    export_documents([predicted], ExportFormat.label_studio, tasks_path, "v")
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    for task in tasks:
        task["annotations"] = [{"result": task.pop("predictions")[0]["result"]}]
    tasks_path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    doccano_path = tmp_path / "tasks.jsonl"
    export_documents([predicted], ExportFormat.doccano, doccano_path, "v")
    for fmt, path in (
        (ExportFormat.label_studio, tasks_path),
        (ExportFormat.doccano, doccano_path),
    ):
        store = tmp_path / fmt.value / "spans.jsonl"
        import_export(path, fmt, store)
        (entry,) = read_store(store)
        assert entry.id == record.doc_id and entry.text == document.text
        assert [(s.start, s.end, s.label, s.text) for s in entry.spans] == expected


def test_predictions_that_cannot_be_annotated_are_left_out_with_a_reason() -> None:
    document, record, _ = seed_prediction()
    first = record.entities[0]
    text = document.text
    record.entities += [
        # overlaps the first entity and is shorter: the longer one stays
        Entity(
            label="ORGANIZATION",
            text=text[first.start : first.start + 2],
            start=first.start,
            end=first.start + 2,
            source="rule",
        ),  # fmt: skip
        # the models refuse unknown labels; a record built without validation may still hold one
        Entity.model_construct(label="MADE_UP", text=text[0:2], start=0, end=2, source="rule"),
        Entity(label="PERSON", text="ไม่ตรง", start=0, end=6, source="model"),
        Entity(label="PERSON", text="x", start=len(text), end=len(text) + 1, source="model"),
    ]
    predicted = predicted_document(record, text)
    assert len(predicted.spans) == len(record.entities) - 4
    reasons = "\n".join(predicted.dropped)
    assert "overlaps" in reasons and "not in the annotation label set" in reasons
    assert "does not match" in reasons and "outside the text" in reasons
    starts = [s.start for s in predicted.spans]
    assert starts == sorted(starts)


def test_export_command_runs_the_pipeline(tmp_path: Path) -> None:
    require_shared()
    runner = CliRunner()
    out = tmp_path / "tasks.json"
    # Rules only: the NER model's part is covered by the retraining loop test.
    rules_only = ["--ner-backend", "none"]
    result = runner.invoke(
        app,
        ["annotate", "export", str(SEED), "--format", "label-studio", "-o", str(out), *rules_only],
    )
    assert result.exit_code == 0, result.output
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["data"]["doc_id"] == SEED.stem
    assert task["data"]["text"] == SEED.read_text(encoding="utf-8")
    for item in task["predictions"][0]["result"]:
        value = item["value"]
        assert task["data"]["text"][value["start"] : value["end"]] == value["text"]
    assert task["predictions"][0]["result"], "the rules found nothing in the seed brief"
    assert label_config_path(out).is_file()

    out = tmp_path / "tasks.jsonl"
    missing = tmp_path / "nope.txt"
    result = runner.invoke(
        app,
        [
            "annotate",
            "export",
            str(SEED),
            str(missing),
            "--format",
            "doccano",
            "-o",
            str(out),
            *rules_only,
        ],
    )
    # The readable input is exported; the missing one is named and makes the exit status 1.
    assert result.exit_code == 1
    assert f"{missing}: missing" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
