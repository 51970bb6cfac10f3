"""The committed JSON Schema matches the models, and it accepts good records and rejects bad ones."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema_rs
import pytest
from seed_like_record import seed_like_record
from typer.testing import CliRunner

from mjci_extract.cli.contract import app
from mjci_extract.record.models import SCHEMA_VERSION
from mjci_extract.record.schema import record_json_schema, render_schema, schema_filename

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / schema_filename()


def test_committed_schema_matches_models() -> None:
    how_to_update = (
        f"The record models no longer match {schema_filename()}.\n"
        "If the change breaks v{0} consumers (a field renamed, removed, retyped or newly "
        "required), bump SCHEMA_VERSION (and the Literal of Record.schema_version) in "
        "src/mjci_extract/record/models.py, then write the new file with\n"
        "    mjci-extract schema --output schemas/record-v<NEW>.json\n"
        "and keep the old file. If it only adds optional fields, regenerate the current file "
        "with\n    mjci-extract schema --output {1}\nand commit it with the model change."
    ).format(SCHEMA_VERSION, schema_filename())
    assert COMMITTED.exists(), f"{schema_filename()} is missing.\n{how_to_update}"
    assert COMMITTED.read_text(encoding="utf-8") == render_schema(), how_to_update


def test_older_schema_versions_stay_committed() -> None:
    # A bump adds a file; consumers of older versions still need theirs.
    versions = sorted(
        int(p.stem.removeprefix("record-v")) for p in REPO.glob("schemas/record-v*.json")
    )
    assert versions == list(range(1, int(SCHEMA_VERSION) + 1))


def test_schema_carries_version_and_pins_it() -> None:
    schema = record_json_schema()
    assert schema["schema_version"] == SCHEMA_VERSION
    assert schema["$id"].endswith(f"v{SCHEMA_VERSION}")
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert {"doc_id", "source"} <= set(schema["required"])


def test_schema_command_prints_the_committed_schema(tmp_path: Path) -> None:
    runner = CliRunner()
    printed = runner.invoke(app, ["schema"])
    assert printed.exit_code == 0, printed.output
    assert printed.stdout == COMMITTED.read_text(encoding="utf-8")
    written = tmp_path / "out" / "schema.json"
    result = runner.invoke(app, ["schema", "--output", str(written)])
    assert result.exit_code == 0, result.output
    assert json.loads(written.read_text(encoding="utf-8")) == record_json_schema()


@pytest.fixture(scope="module")
def validator() -> jsonschema_rs.Validator:
    return jsonschema_rs.validator_for(json.loads(COMMITTED.read_text(encoding="utf-8")))


def test_schema_accepts_a_real_record(validator: jsonschema_rs.Validator) -> None:
    record = json.loads(seed_like_record().model_dump_json())
    assert validator.is_valid(record)
    assert validator.is_valid(json.loads(seed_like_record().model_dump_json(exclude_defaults=True)))


@pytest.mark.parametrize(
    ("break_it", "why"),
    [
        (lambda r: r.pop("doc_id"), "missing doc_id"),
        (lambda r: r.update(schema_version="2"), "other schema version"),
        (lambda r: r["source"].update(sha256="not-a-hash"), "bad sha256"),
        (lambda r: r["meetings"][0].update(number="29"), "number as text"),
        (lambda r: r["meetings"][0]["date"].update(date="15/07/2024"), "non-ISO date"),
        (lambda r: r["officials"][0].update(role="boss"), "unknown role"),
        (lambda r: r.update(surprise=1), "unknown field"),
        (lambda r: r["entities"][0].update(start=-1), "negative offset"),
    ],
)
def test_schema_rejects_broken_records(validator: jsonschema_rs.Validator, break_it, why) -> None:
    record = json.loads(seed_like_record().model_dump_json())
    break_it(record)
    assert not validator.is_valid(record), why
