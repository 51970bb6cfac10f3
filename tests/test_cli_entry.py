"""Every way to start the command line lists every command (the command modules register on the
leaf module cli.app; importing the package imports them all)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mjci_extract.cli import app


def _command_names() -> set[str]:
    names = {c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands}
    names |= {g.name for g in app.registered_groups if g.name}
    return names


def test_the_app_has_the_commands_of_every_group() -> None:
    expected = {"extract", "schema", "validate", "export", "serve", "train", "evaluate-ner"}
    expected |= {"pretrain-ner", "annotate", "review", "evaluate"}
    assert expected <= _command_names()


@pytest.mark.parametrize("module", ["mjci_extract", "mjci_extract.cli"])
def test_python_dash_m_lists_every_command(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", module, "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    listed = {
        line.split("│")[1].split()[0]
        for line in done.stdout.splitlines()
        if "│ " in line and line.split("│")[1].strip()
    }
    missing = _command_names() - listed
    assert not missing, f"python -m {module} --help does not list {sorted(missing)}"
    assert "Traceback" not in done.stderr
