"""The `mjci-extract` command line.

Each command lives in the module of its stage; this file only gathers them into one Typer app.
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


def _register() -> None:
    # Command modules add themselves to `app` on import.
    import mjci_extract.cli_annotate  # noqa: F401
    import mjci_extract.cli_contract  # noqa: F401
    import mjci_extract.cli_ner  # noqa: F401
    from mjci_extract import cli_extract  # noqa: F401


def main() -> None:
    _register()
    app()


if __name__ == "__main__":
    main()
