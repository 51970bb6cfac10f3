"""`mjci-extract pipeline`: the effective config and the component table, before running anything
(what spaCy's `debug config` and `analyze_pipes` show): each key's value and where it came from
(default.cfg, a --config file or a --set), and what each component requires and assigns."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from mjci_extract.cli.app import app
from mjci_extract.cli.options import SetOption, check_config
from mjci_extract.core.config import PipelineSettings
from mjci_extract.core.registry import analyze_pipes
from mjci_extract.run.pipeline import PREFIX


def _toml_value(value: Any) -> str:
    # The config holds strings, numbers, booleans and lists of them: JSON spells each as TOML does.
    return json.dumps(value, ensure_ascii=False)


@app.command("pipeline")
def show_pipeline(
    config: Annotated[
        Path | None, typer.Option(help="A config file over default.cfg (as for extract).")
    ] = None,
    settings: SetOption = None,
) -> None:
    """Print the effective config (each key with its origin) and the components in order."""
    overrides = list(settings or [])
    loaded = check_config(config, overrides)
    for section in loaded.sections():
        typer.echo(f"[{section.section}]")
        for key, value in section.model_dump().items():
            typer.echo(f"{key} = {_toml_value(value)}  # {loaded.origin(section.section, key)}")
        typer.echo("")
    names = [*PREFIX, *loaded.get(PipelineSettings).components]
    typer.echo("# components (in order): requires -> assigns")
    for row in analyze_pipes(names):
        requires = ", ".join(row["requires"]) or "-"
        assigns = ", ".join(row["assigns"]) or "-"
        typer.echo(f"# {row['name']}: {requires} -> {assigns}")
