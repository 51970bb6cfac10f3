"""Options every command that loads the pipeline shares: `--set section.key=value` and the NER
shorthands, which are the same overrides (`--ner-backend none` is `--set ner.backend=none`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from mjci_extract.core.config import Config, ConfigError
from mjci_extract.run.pipeline import load_checked_config

SetOption = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="SECTION.KEY=VALUE",
        help="Override a config key (repeatable); VALUE is a TOML value, a bare word a string: "
        "--set ner.scope=all --set meetings.venue_window=300.",
    ),
]


def pipeline_overrides(
    settings: list[str] | None,
    *,
    ner_backend: str | None = None,
    ner_model: Path | str | None = None,
    ner_scope: str | None = None,
) -> list[str]:
    """The overrides for Pipeline.load: the shorthands first, then each --set (which wins)."""
    out = []
    for key, value in (("backend", ner_backend), ("model", ner_model), ("scope", ner_scope)):
        if value is not None:
            out.append(f"ner.{key}={json.dumps(str(value))}")  # a TOML string, quoted
    return out + list(settings or [])


def check_config(config: Path | str | None, overrides: list[str], prefix: str = "error") -> Config:
    """Validate the config and overrides now, so that a bad key is one line and exit 2 (not a
    failure in every worker)."""
    try:
        return load_checked_config(config, overrides)
    except ConfigError as exc:
        typer.echo(f"{prefix}: {exc}", err=True)
        raise typer.Exit(2) from None
