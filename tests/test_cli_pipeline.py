"""`mjci-extract pipeline` prints the effective config (a valid config file) and the components."""

from __future__ import annotations

import tomllib

from typer.testing import CliRunner

from mjci_extract.cli import app
from mjci_extract.core.config import default_config_path


def test_prints_the_effective_config_with_origins_and_the_component_table() -> None:
    result = CliRunner().invoke(app, ["pipeline", "--set", "ner.scope=all"])
    assert result.exit_code == 0, result.output
    printed = tomllib.loads(result.stdout)
    default = tomllib.loads(default_config_path().read_text(encoding="utf-8"))
    assert printed["ner"]["scope"] == "all"
    printed["ner"]["scope"] = default["ner"]["scope"]
    assert printed == default  # every other key as default.cfg sets it
    assert 'scope = "all"  # --set ner.scope=all' in result.stdout
    assert "# meetings: Layout, Tokens, Dates, PersonsFound, VenuesFound -> MeetingsFound" in (
        result.stdout
    )


def test_a_bad_override_is_one_line_and_exit_2() -> None:
    result = CliRunner().invoke(app, ["pipeline", "--set", "ner.scop=all"])
    assert result.exit_code == 2
    assert "[ner] unknown key 'scop'" in result.output and "Traceback" not in result.output
