"""The JSON Schema of a record line, generated from the Pydantic models.

The models in `mjci_extract.record.models` are the single source of truth; this module only renders them
as JSON Schema (draft 2020-12) for systems that do not speak Python. Each schema version is
committed as `schemas/record-v{SCHEMA_VERSION}.json`, and tests/test_schema.py fails when the
models drift from the committed file without a version bump.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mjci_extract.record.models import SCHEMA_VERSION, Record

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_id(version: str = SCHEMA_VERSION) -> str:
    """A stable identifier for the schema of one version (not a URL that must resolve)."""
    return f"urn:mjci-extract:record:v{version}"


def schema_filename(version: str = SCHEMA_VERSION) -> str:
    """The committed file name of a schema version, relative to the repository root."""
    return f"schemas/record-v{version}.json"


def record_json_schema() -> dict[str, Any]:
    """The JSON Schema that every line of a records JSONL file satisfies.

    Validation mode is used on purpose: the schema says what a consumer may receive and what
    `mjci-extract validate` accepts, so fields with defaults are optional in it.
    """
    body = Record.model_json_schema(mode="validation")
    header: dict[str, Any] = {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": schema_id(),
        # An annotation keyword (ignored by validators) so a reader knows the version at a glance;
        # the `schema_version` property itself is pinned by the model's Literal.
        "schema_version": SCHEMA_VERSION,
    }
    return {**header, **body}


def render_schema(schema: dict[str, Any] | None = None) -> str:
    """The exact text committed in schemas/: stable key order, UTF-8, trailing newline."""
    return json.dumps(schema or record_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_schema(), encoding="utf-8")
    return path
