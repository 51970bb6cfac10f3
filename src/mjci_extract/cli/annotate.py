"""Commands of the correction loop: annotate export/import, evaluate, review.

mjci-extract annotate export INPUT... --format label-studio -o tasks.json
mjci-extract annotate import corrected.json --format label-studio
mjci-extract train ...                      (the NER engineer's command; reads annotations/)
mjci-extract evaluate --model models/new --gold ../shared/dev/gold
mjci-extract review brief.txt -o review.html
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mjci_extract.annotate.store import StoreError
from mjci_extract.cli.app import app
from mjci_extract.cli.options import SetOption, pipeline_overrides

if TYPE_CHECKING:
    from mjci_extract.io.document import InputDocument
    from mjci_extract.run.pipeline import Pipeline

annotate_app = typer.Typer(
    help="Export predictions to Label Studio / doccano and import the corrections.",
    no_args_is_help=True,
)
app.add_typer(annotate_app, name="annotate")


class Format(StrEnum):
    label_studio = "label-studio"
    doccano = "doccano"


class NerBackendName(StrEnum):
    spacy = "spacy"
    transformers = "transformers"
    none = "none"


ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Pipeline configuration file.", exists=True)
]
BackendOption = Annotated[
    NerBackendName | None, typer.Option("--ner-backend", help="NER backend of the pipeline.")
]
ModelOption = Annotated[
    Path | None,
    typer.Option("--ner-model", "--model", help="NER model directory (default: the shipped one)."),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _load_pipeline(
    config: Path | None,
    backend: NerBackendName | None,
    model: Path | None,
    settings: list[str] | None,
    ner_scope: str | None = None,
) -> Pipeline:
    """The pipeline; `ner_scope="all"` makes the model read whole texts (annotation and review
    show every prediction, where extraction only needs the clauses around positions)."""
    from mjci_extract.core.config import ConfigError
    from mjci_extract.run.pipeline import Pipeline

    if model is not None and not model.exists():
        raise _fail(f"{model}: no such model directory")
    overrides = pipeline_overrides(
        settings,
        ner_backend=backend.value if backend else None,
        ner_model=model,
        ner_scope=ner_scope,
    )
    try:
        return Pipeline.load(str(config) if config else None, overrides)
    except ConfigError as error:
        raise _fail(str(error), code=2) from None
    except (OSError, ValueError, RuntimeError) as error:  # RuntimeError: NerModelError
        raise _fail(f"cannot load the pipeline: {error}") from None


def _read_documents(inputs: list[str]) -> tuple[list[InputDocument], list[str]]:
    """Decoded documents, and one message per input that could not be read."""
    from mjci_extract.io.read import read_inputs
    from mjci_extract.record.models import ErrorLine

    documents: list[InputDocument] = []
    problems: list[str] = []
    for item in read_inputs(inputs):
        if isinstance(item, ErrorLine):
            where = f"{item.path}:{item.line}" if item.line else item.path
            problems.append(f"{where}: {item.reason}")
        else:
            documents.append(item)
    return documents, problems


@annotate_app.command("export")
def export_command(
    inputs: Annotated[list[str], typer.Argument(help="Briefs: files, directories, globs, JSONL.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Tasks file to write.")],
    fmt: Annotated[Format, typer.Option("--format", help="Annotation tool.")] = Format.label_studio,
    config: ConfigOption = None,
    ner_backend: BackendOption = None,
    ner_model: ModelOption = None,
    settings: SetOption = None,
) -> None:
    """Run the pipeline and write annotation tasks with the model's entities prefilled.

    label-studio: a JSON list of tasks with `predictions`, plus OUTPUT's stem + .label_config.xml
    (the labelling interface). doccano: JSONL `{"text", "label": [[start, end, LABEL]]}`, plus
    OUTPUT's stem + .labels.json (the label set). Exits 1 if any input could not be read (the
    others are still exported).
    """
    from importlib.metadata import version

    from mjci_extract.annotate import ExportFormat, export_documents, predicted_document

    documents, problems = _read_documents(inputs)
    pipeline = _load_pipeline(config, ner_backend, ner_model, settings, ner_scope="all")
    predicted = []
    dropped = 0
    for document, record in zip(documents, pipeline.pipe(documents), strict=True):
        doc = predicted_document(record, document.text)
        dropped += len(doc.dropped)
        for note in doc.dropped:
            typer.echo(f"note: {document.path}: prediction left out: {note}", err=True)
        predicted.append(doc)
    ids = [d.doc_id for d in predicted]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise _fail(
            "several inputs have the same document id (file stem), which the store uses as the "
            f"task id: {', '.join(duplicates)}; export them separately or rename them"
        )
    model_version = f"mjci-extract {version('mjci-extract')}" + (
        f" {ner_model.name}" if ner_model else ""
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    extra = export_documents(predicted, ExportFormat(fmt.value), output, model_version)
    spans = sum(len(d.spans) for d in predicted)
    typer.echo(
        f"wrote {len(predicted)} tasks with {spans} predicted spans to {output}"
        f" (label set: {extra})",
        err=True,
    )
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    if problems:
        raise typer.Exit(1)


@annotate_app.command("import")
def import_command(
    export: Annotated[Path, typer.Argument(help="The corrected export from the annotation tool.")],
    fmt: Annotated[Format, typer.Option("--format", help="Annotation tool.")] = Format.label_studio,
    store: Annotated[Path, typer.Option("--store", help="The annotation store to update.")] = Path(
        "annotations/spans.jsonl"
    ),
) -> None:
    """Validate a corrected export and merge it into the annotation store (by task id).

    Every problem is listed (file, task, span); if there is any, the store is left untouched and
    the exit status is 1. Re-importing a task replaces its earlier version.
    """
    from mjci_extract.annotate import ExportFormat, StoreError, import_export

    if not export.is_file():
        raise _fail(f"{export}: no such file")
    try:
        report = import_export(export, ExportFormat(fmt.value), store)
    except StoreError as error:
        for problem in error.problems:
            typer.echo(f"error: {problem}", err=True)
        typer.echo(f"{len(error.problems)} problem(s); {store} was not changed", err=True)
        raise typer.Exit(1) from None
    for note in report.unannotated:
        typer.echo(f"note: {note}", err=True)
    summary = report.summary
    typer.echo(
        f"imported {len(report.imported)} tasks into {store}: {len(summary.added)} added, "
        f"{len(summary.replaced)} replaced, {summary.total} in the store"
    )


HeldOutOption = Annotated[
    float,
    typer.Option(
        "--held-out",
        min=0.0,
        max=1.0,
        help="Share of the store (chosen stably by id) kept out of training and scored by "
        "`evaluate`; 1 = every annotated text, 0 = none.",
    ),
]


@annotate_app.command("split")
def split_command(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Training part to write (store format).")
    ],
    store: Annotated[Path, typer.Option("--store", help="The annotation store.")] = Path(
        "annotations/spans.jsonl"
    ),
    held_out: HeldOutOption = 0.2,
) -> None:
    """Write the training part of the store: everything but the held-out texts.

    Pass it to `mjci-extract train --annotations OUTPUT`; `mjci-extract evaluate --held-out` with
    the same share then scores only texts the model never saw. The split is by a hash of each id,
    so a text stays on its side as the store grows.
    """
    from mjci_extract.annotate.store import read_store, split_store, write_store

    try:
        train, held = split_store(read_store(store), held_out)
    except StoreError as error:
        for problem in error.problems:
            typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(1) from None
    write_store(output, train)
    typer.echo(f"wrote {len(train)} texts for training to {output}; {len(held)} held out")


def _evaluate_annotations(
    store: Path, held_out: float, model: Path | None, show: bool, quiet: bool
) -> dict:
    """Entity-exact P/R/F1 per label of the NER model on the held-out part of the store.

    Scoring is the NER engineer's (`mjci_extract.ner.evaluate.score_spans`), so these numbers
    agree with the model's own evaluation.
    """
    from mjci_extract.annotate.store import read_store, split_store
    from mjci_extract.ner import load_backend
    from mjci_extract.ner.evaluate import score_spans

    try:
        _, evaluation = split_store(read_store(store), held_out)
    except StoreError as error:
        for problem in error.problems:
            typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(1) from None
    if not evaluation:
        typer.echo(
            f"annotations: none of the {store} entries fall in the held-out part "
            f"(--held-out {held_out}); nothing to score",
            err=True,
        )
        return {"documents": 0}
    try:
        backend = load_backend("spacy", str(model) if model else None)
    except (OSError, ValueError, RuntimeError) as error:  # RuntimeError: NerModelError
        raise _fail(f"cannot load the NER model: {error}") from None
    if backend is None:
        raise _fail("no NER backend could be loaded")
    gold = [sorted((s.start, s.end, s.label) for s in entry.spans) for entry in evaluation]
    predicted = [
        sorted((s.start, s.end, s.label) for s in found)
        for found in backend.pipe(entry.text for entry in evaluation)
    ]
    report = score_spans(gold, predicted)
    examples = []
    for entry, gold_spans, found in zip(evaluation, gold, predicted, strict=True):
        expected, got = set(gold_spans), set(found)
        examples.append(
            {
                "id": entry.id,
                "correct": sorted(expected & got),
                "missed": sorted(expected - got),
                "spurious": sorted(got - expected),
            }
        )
    if not quiet:
        typer.echo(f"entities on {len(evaluation)} held-out annotated texts from {store}:")
        typer.echo(report.table())
    if show and not quiet:
        texts = {entry.id: entry.text for entry in evaluation}
        for example in examples:
            text = texts[example["id"]]
            typer.echo(
                f"  {example['id']}: {len(example['correct'])} correct, "
                f"{len(example['missed'])} missed, {len(example['spurious'])} spurious"
            )
            for kind in ("correct", "missed", "spurious"):
                for start, end, label in example[kind]:
                    typer.echo(f"    {kind:8s} {label} [{start}:{end}] {text[start:end]!r}")
    return {
        "documents": len(evaluation),
        "labels": {
            row.label: {
                "p": round(row.precision, 3),
                "r": round(row.recall, 3),
                "f1": round(row.f1, 3),
                "gold": row.support,
                "pred": row.true_positives + row.false_positives,
            }
            for row in [*report.per_label, report.micro]
        },
        "examples": examples,
    }


def _gold_records(gold_dir: Path, pipeline: Pipeline) -> list[dict]:
    """Run the pipeline on the documents a gold folder's index names (paths are relative to the
    folder's grandparent: the repository root for annotations/gold, shared/ for dev/gold)."""
    from mjci_extract.annotate.scoring import read_gold_dir

    root = gold_dir.resolve().parent.parent
    paths = []
    for gold in read_gold_dir(gold_dir):
        if not gold.path:
            raise _fail(f"{gold_dir}/index.json: entry {gold.id!r} has no 'path' to its document")
        path = root / gold.path
        if not path.is_file():
            raise _fail(f"{gold_dir}/index.json: document of {gold.id!r} not found at {path}")
        paths.append(str(path))
    documents, problems = _read_documents(paths)
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    return [record.model_dump(mode="json") for record in pipeline.pipe(documents)]


@app.command("evaluate")
def evaluate_command(
    model: ModelOption = None,
    annotations: Annotated[
        Path, typer.Option("--annotations", help="Annotation store to take held-out texts from.")
    ] = Path("annotations/spans.jsonl"),
    held_out: HeldOutOption = 0.2,
    gold: Annotated[
        list[Path] | None,
        typer.Option("--gold", help="Gold-record folder(s) to score field extraction on."),
    ] = None,
    records: Annotated[
        Path | None,
        typer.Option("--records", help="Score this records JSONL instead of running the pipeline."),
    ] = None,
    no_gold: Annotated[
        bool, typer.Option("--no-gold", help="Skip the gold records (entities only).")
    ] = False,
    show_examples: Annotated[
        bool, typer.Option("--show-examples", help="List each text's missed/spurious entities.")
    ] = False,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List each field miss on the gold records.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    config: ConfigOption = None,
    ner_backend: BackendOption = None,
    settings: SetOption = None,
) -> None:
    """Score a model: entities on the held-out annotations, fields on gold records.

    The gold part uses the same metrics as ../shared/tools/score_records.py (per-field P/R/F1 and
    macro F1). Without --gold, annotations/gold is used when it has an index.json.
    """
    from mjci_extract.annotate.scoring import read_records, score_records

    result: dict = {}
    if held_out > 0 and annotations.exists() and records is None:
        result["annotations"] = _evaluate_annotations(
            annotations, held_out, model, show_examples, quiet=as_json
        )
    elif held_out > 0 and records is None:
        typer.echo(f"annotations: {annotations} does not exist; skipping entity scores", err=True)
    gold_dirs = list(gold or [])
    default_gold = Path("annotations/gold")
    if no_gold:
        gold_dirs = []
    elif not gold_dirs and (default_gold / "index.json").is_file():
        gold_dirs = [default_gold]
    pipeline = None
    for gold_dir in gold_dirs:
        if not (gold_dir / "index.json").is_file():
            raise _fail(f"{gold_dir}: not a gold folder (no index.json)")
        try:
            if records is not None:
                found = read_records(records)
            else:
                pipeline = pipeline or _load_pipeline(config, ner_backend, model, settings)
                found = _gold_records(gold_dir, pipeline)
            scores = score_records(found, gold_dir)
        except (OSError, ValueError) as error:
            raise _fail(str(error)) from None
        result.setdefault("gold", {})[str(gold_dir)] = scores.as_json()
        if not as_json:
            typer.echo(f"fields on {scores.documents} gold documents in {gold_dir}:")
            typer.echo(scores.table(show_errors=show_errors))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))


@app.command("review")
def review_command(
    brief: Annotated[Path, typer.Argument(help="The brief (a text file) to review.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML page to write.")] = Path(
        "review.html"
    ),
    records: Annotated[
        Path | None,
        typer.Option(
            "--records", help="Take the record from this JSONL (matched by sha256) instead."
        ),
    ] = None,
    config: ConfigOption = None,
    ner_backend: BackendOption = None,
    ner_model: ModelOption = None,
    settings: SetOption = None,
) -> None:
    """Write one self-contained HTML page: the brief, entities highlighted, beside its record."""
    from pydantic import ValidationError

    from mjci_extract.annotate.review import render_review
    from mjci_extract.record.models import Record

    if not brief.is_file():
        raise _fail(f"{brief}: no such file")
    documents, problems = _read_documents([str(brief)])
    if problems:
        raise _fail(problems[0])
    document = documents[0]
    if records is not None:
        from mjci_extract.annotate.scoring import read_records

        try:
            matching = [
                r
                for r in read_records(records)
                if (r.get("source") or {}).get("sha256") == document.sha256
            ]
        except (OSError, ValueError) as error:
            raise _fail(str(error)) from None
        if not matching:
            raise _fail(f"{records}: no record has the sha256 of {brief} ({document.sha256})")
        try:
            record = Record.model_validate(matching[-1])
        except ValidationError as error:
            raise _fail(f"{records}: the record for {brief} is not valid: {error}") from None
    else:
        record = _load_pipeline(config, ner_backend, ner_model, settings, ner_scope="all")(document)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_review(record, document.text), encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)
