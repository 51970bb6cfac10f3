"""Commands for consumers of records: schema, validate, export, serve."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from mjci_extract.cli.app import app
from mjci_extract.cli.options import SetOption, check_config, pipeline_overrides

MAX_PROBLEMS_SHOWN = 200


@app.command("schema")
def schema_command(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the schema to this file instead of stdout."),
    ] = None,
) -> None:
    """Print the JSON Schema of a record line (generated from the models, with schema_version)."""
    from mjci_extract.record.schema import render_schema, write_schema

    if output is None:
        sys.stdout.write(render_schema())
        return
    write_schema(output)
    typer.echo(f"wrote {output}", err=True)


@app.command("validate")
def validate_command(
    records: Annotated[
        Path, typer.Argument(help="Records JSONL file (.gz/.xz/.zst too; '-' reads stdin).")
    ],
) -> None:
    """Check every line of a records JSONL file against the record models.

    Prints `FILE:LINE: reason` for each invalid line and exits 1 if there is any (2 if the file
    cannot be read).
    """
    from mjci_extract.io.jsonl import DECOMPRESSION_ERRORS
    from mjci_extract.io.validate import validate_file, validate_lines

    try:
        if str(records) == "-":
            report = validate_lines(sys.stdin.buffer, path="<stdin>")
        else:
            report = validate_file(records)
    except DECOMPRESSION_ERRORS as exc:  # OSError and a damaged .gz/.xz/.zst
        reason = getattr(exc, "strerror", None) or exc
        typer.echo(f"error: {records}: cannot read: {reason}", err=True)
        raise typer.Exit(2) from None
    for problem in report.problems[:MAX_PROBLEMS_SHOWN]:
        typer.echo(f"{report.path}:{problem.line}: {problem.reason}")
    if len(report.problems) > MAX_PROBLEMS_SHOWN:
        typer.echo(f"... and {len(report.problems) - MAX_PROBLEMS_SHOWN} more invalid lines")
    invalid = len(report.problems)
    typer.echo(
        f"{report.path}: {report.lines} lines, {report.valid} valid, {invalid} invalid", err=True
    )
    if report.lines == 0:
        typer.echo(f"warning: {report.path} holds no records", err=True)
    if invalid:
        raise typer.Exit(1)


@app.command("export")
def export_command(
    records: Annotated[Path, typer.Argument(help="Records JSONL file.")],
    to: Annotated[
        Path,
        typer.Option(
            "--to",
            help="out.duckdb (a DuckDB database) or out.parquet (a directory of one Parquet "
            "file per table).",
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="duckdb or parquet (default: from the --to suffix)."),
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace --to if it exists.")] = False,
) -> None:
    """Export records to DuckDB or Parquet tables that join on doc_id + ordinal ids.

    Tables: documents, meetings, meeting_chairs, officials, projects, entities, evidence. Ordinal
    ids (meeting_id, official_id, ...) are 0-based positions in the record's arrays.
    """
    try:
        from mjci_extract.io.export import ExportError, export_records
    except ImportError as exc:
        typer.echo(
            f"error: export needs the 'export' extra ({exc.name} is missing): "
            "pip install 'mjci-extract[export]'",
            err=True,
        )
        raise typer.Exit(2) from None
    try:
        counts = export_records(records, to, fmt=fmt, overwrite=overwrite)
    except ExportError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    summary = ", ".join(f"{name} {count}" for name, count in counts.items())
    typer.echo(f"wrote {to}: {summary}", err=True)


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    max_body_bytes: Annotated[
        int, typer.Option(help="Largest request body accepted; larger ones get 413.")
    ] = 10 * 1024 * 1024,
    config: Annotated[
        Path | None, typer.Option(help="Pipeline config file (default: the shipped one).")
    ] = None,
    ner_backend: Annotated[
        str | None, typer.Option(help="spacy, transformers or none (default: from the config).")
    ] = None,
    ner_model: Annotated[Path | None, typer.Option(help="NER model directory.")] = None,
    settings: SetOption = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    time_limit: Annotated[
        float,
        typer.Option(help="Seconds one request may take (504 past it; in a batch, error items)."),
    ] = 60.0,
    max_concurrent: Annotated[
        int, typer.Option(help="Requests extracted at the same time (one worker thread each).")
    ] = 4,
    header_timeout: Annotated[
        float,
        typer.Option(help="Seconds a connection has to send a complete request head."),
    ] = 10.0,
    keep_alive_timeout: Annotated[
        int, typer.Option(help="Seconds an idle keep-alive connection stays open.")
    ] = 5,
) -> None:
    """Serve extraction over HTTP (FastAPI + uvicorn); OpenAPI docs at /docs."""
    try:
        from mjci_extract.service import PipelineLoadError, serve
    except ImportError as exc:
        typer.echo(
            f"error: serve needs the 'service' extra ({exc.name} is missing): "
            "pip install 'mjci-extract[service]'",
            err=True,
        )
        raise typer.Exit(2) from None
    for name, value in (
        ("--max-body-bytes", max_body_bytes),
        ("--time-limit", time_limit),
        ("--max-concurrent", max_concurrent),
        ("--header-timeout", header_timeout),
        ("--keep-alive-timeout", keep_alive_timeout),
    ):
        if value <= 0:
            typer.echo(f"error: {name} must be positive", err=True)
            raise typer.Exit(2)
    overrides = pipeline_overrides(settings, ner_backend=ner_backend, ner_model=ner_model)
    check_config(config, overrides)
    try:
        serve(
            host,
            port,
            max_body_bytes=max_body_bytes,
            config_path=str(config) if config else None,
            pipeline_overrides=overrides,
            log_level=log_level,
            time_limit=time_limit,
            max_concurrent=max_concurrent,
            header_timeout=header_timeout,
            keep_alive_timeout=keep_alive_timeout,
        )
    except PipelineLoadError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
