"""`mjci-extract extract`: run the pipeline over files, directories, archives, JSONL or stdin."""

from __future__ import annotations

import signal
import sys
import threading
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mjci_extract.cli.app import app
from mjci_extract.cli.options import SetOption, check_config, pipeline_overrides
from mjci_extract.io.read import DEFAULT_MAX_BYTES, MIN_THAI_SHARE, InputPlan, ReadSettings


class NerBackendChoice(StrEnum):
    spacy = "spacy"
    transformers = "transformers"
    none = "none"


class StdinFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"


EXTRACT_HELP = (
    "Extract records from Thai news briefs: one JSON line per input document.\n\n"
    "PATH may be a file, a directory (read recursively, in sorted order), a glob such as "
    "'corpus/**/*.txt', a .zip/.tar/.tar.gz archive (members read in place), a .jsonl file of "
    '{"id", "text"} objects (.jsonl.gz/.xz/.zst too), or - for standard input. Inputs that cannot '
    "be read as Thai text (undecodable, empty, binary, too large, not Thai; a FIFO or device in a "
    "folder, an archive member that is a link or an archive itself, a folder that cannot be "
    "listed) give one line each in the errors file with their path, sha256 and the reason. An "
    "output that is one of the inputs is refused.\n\n"
    "doc_id: the path relative to the directory given, the member path in an archive, the file "
    "name of a file given by itself, the JSONL id (extensions dropped); an input whose doc_id an "
    "earlier one has gives an error line naming that input.\n\n"
    "Exit codes: 0 = every input gave a record; 1 = the run finished but some inputs gave "
    "error lines; 2 = usage error (bad option, no inputs found, an output that is an input or "
    "in a missing folder, a damaged output to --resume, pipeline or Dask scheduler unusable); "
    "74 = an output could not be written (disk full; the lines written are whole: free space "
    "and rerun with --resume); 130 = interrupted (what was written is whole: rerun with "
    "--resume)."
)


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


EXIT_USAGE = 2  # = batch.EXIT_USAGE; batch (and spaCy with it) is imported only to extract
EXIT_INTERRUPTED = 130  # = batch.EXIT_INTERRUPTED
INTERRUPTED = "mjci-extract: interrupted; every line written is whole: rerun with --resume"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"mjci-extract extract: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


@app.command("extract", help=EXTRACT_HELP)
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories, globs, archives, .jsonl, or -.")
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Records JSONL file; - for stdout.")
    ] = "-",
    errors: Annotated[
        str | None,
        typer.Option("--errors", help="Error lines JSONL file (default: stderr)."),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Worker processes (1 = in-process).")
    ] = 1,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Documents sent to a worker at a time.")
    ] = 16,
    unordered: Annotated[
        bool,
        typer.Option("--unordered", help="Write records as they finish, not in input order."),
    ] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Skip inputs whose sha256 is already in --output/--errors and append the rest.",
        ),
    ] = False,
    config: Annotated[
        Path | None, typer.Option("--config", help="Pipeline configuration file.")
    ] = None,
    ner_backend: Annotated[
        NerBackendChoice | None,
        typer.Option("--ner-backend", help="NER backend (default: from the configuration)."),
    ] = None,
    ner_model: Annotated[
        Path | None, typer.Option("--ner-model", help="NER model directory.")
    ] = None,
    settings: SetOption = None,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            help="Inputs larger than this are errors (JSONL lines above 6 times it too), "
            "refused while they are read.",
        ),
    ] = DEFAULT_MAX_BYTES,
    min_thai_share: Annotated[
        float,
        typer.Option(
            "--min-thai-share",
            min=0.0,
            max=1.0,
            help=(
                "Share of letters that must be Thai; below it the input is 'not Thai', unless"
                " its first 300 letters are Thai at this share and at least half (a Thai brief"
                " quoting a foreign text)."
            ),
        ),
    ] = MIN_THAI_SHARE,
    stdin_format: Annotated[
        StdinFormat, typer.Option("--stdin-format", help="What - reads: one text, or JSONL.")
    ] = StdinFormat.text,
    dask_scheduler: Annotated[
        str | None,
        typer.Option(
            "--dask-scheduler",
            help="Run on a Dask cluster (tcp://HOST:8786); needs the dask extra.",
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on stderr (default: only when stderr is a terminal).",
        ),
    ] = None,
) -> None:
    # `kill` (SIGTERM) stops a run the way Ctrl-C does: workers shut down, files closed whole.
    # Installed first, so that a run stopped while it looks for inputs or loads the pipeline
    # says "interrupted" too.
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm) if in_main_thread else None
    try:
        _extract(
            paths=paths,
            output=output,
            errors=errors,
            workers=workers,
            chunk_size=chunk_size,
            unordered=unordered,
            resume=resume,
            config=config,
            ner_backend=ner_backend,
            ner_model=ner_model,
            settings=settings,
            max_bytes=max_bytes,
            min_thai_share=min_thai_share,
            stdin_format=stdin_format,
            dask_scheduler=dask_scheduler,
            progress=progress,
        )
    except KeyboardInterrupt:
        typer.echo(INTERRUPTED, err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _extract(
    *,
    paths: list[str],
    output: str,
    errors: str | None,
    workers: int,
    chunk_size: int,
    unordered: bool,
    resume: bool,
    config: Path | None,
    ner_backend: NerBackendChoice | None,
    ner_model: Path | None,
    settings: list[str] | None,
    max_bytes: int,
    min_thai_share: float,
    stdin_format: StdinFormat,
    dask_scheduler: str | None,
    progress: bool | None,
) -> None:
    if config is not None and not config.is_file():
        raise _fail(f"--config {config}: no such file")
    if ner_model is not None and not ner_model.exists():
        raise _fail(f"--ner-model {ner_model}: no such directory")
    overrides = pipeline_overrides(
        settings, ner_backend=ner_backend.value if ner_backend else None, ner_model=ner_model
    )
    check_config(config, overrides, prefix="mjci-extract extract: error")
    read_settings = ReadSettings(
        max_bytes=max_bytes, min_thai_share=min_thai_share, stdin_format=stdin_format.value
    )
    plan = InputPlan.from_args(paths, read_settings)
    if not plan.sources:
        raise _fail("no inputs found in " + ", ".join(paths))
    if progress is None:
        # A bar is for a person watching: not in pipes or logs, and not over records on the
        # same terminal.
        progress = sys.stderr.isatty() and not (output == "-" and sys.stdout.isatty())
    from mjci_extract.run.batch import PipelineSpec, RunOptions, UsageError, run_batch

    options = RunOptions(
        workers=workers,
        chunk_size=chunk_size,
        ordered=not unordered,
        resume=resume,
        progress=progress,
        dask_scheduler=dask_scheduler,
        spec=PipelineSpec(config_path=str(config) if config else None, overrides=tuple(overrides)),
    )
    total = plan.count() if progress else None
    inputs = [source.path for source in plan.sources if source.kind not in ("stdin", "error")]
    try:
        summary = run_batch(
            plan, output=output, errors=errors, options=options, total=total, inputs=inputs
        )
    except UsageError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:  # an output that cannot be opened
        where = exc.filename or output
        raise _fail(f"cannot open {where}: {exc.strerror or exc}") from None
    if summary.output_error:
        typer.echo(summary.line(), err=True)
        typer.echo(
            f"mjci-extract extract: error: {summary.output_error}; every line written is whole: "
            "free space and rerun with --resume",
            err=True,
        )
        raise typer.Exit(summary.exit_code)
    if summary.interrupted:
        typer.echo(summary.line(), err=True)
        typer.echo(INTERRUPTED, err=True)
        raise typer.Exit(summary.exit_code)
    if summary.documents == 0 and summary.skipped == 0:
        raise _fail("no inputs found in " + ", ".join(paths))
    typer.echo(summary.line(), err=True)
    if summary.dropped_torn_line:
        typer.echo("mjci-extract: dropped a half-written last line left by a killed run", err=True)
    raise typer.Exit(summary.exit_code)
