"""The Typer app every command registers on; a leaf, so command modules import it without a cycle.

`mjci_extract.cli` imports every command module, so importing the package (as the console script
and `python -m mjci_extract[.cli]` do) gives the full command line.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="mjci-extract",
    help="Turn Thai news briefs into validated JSON Lines records with evidence offsets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
