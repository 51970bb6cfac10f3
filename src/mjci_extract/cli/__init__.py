"""The `mjci-extract` command line: one module per command group, all on the app in `cli.app`."""

from __future__ import annotations

from mjci_extract.cli import annotate, contract, extract, ner, pipeline
from mjci_extract.cli.app import app

__all__ = ["annotate", "app", "contract", "extract", "main", "ner", "pipeline"]


def main() -> None:
    app()
