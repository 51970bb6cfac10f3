"""`mjci-extract train` and `mjci-extract evaluate-ner`: build and score the NER model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from mjci_extract.cli.app import app
from mjci_extract.ner import BACKEND_KINDS, REPO_ROOT, NerModelError, load_backend
from mjci_extract.record.models import ANNOTATED_LABELS

DEFAULT_CONFIG = REPO_ROOT / "configs" / "ner.cfg"
DEFAULT_OUTPUT = REPO_ROOT / "models" / "mjci-ner-th"
DEFAULT_THAINER = REPO_ROOT.parent / "shared" / "data" / "thainer-1.5"
DEFAULT_ANNOTATIONS = REPO_ROOT / "annotations" / "spans.jsonl"
HEADLINE_LABELS = ("PERSON", "ORGANIZATION", "LOCATION", "DATE")


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=2)


def _person_titles() -> list[str]:
    from spacy.util import load_config

    return list(load_config(DEFAULT_CONFIG, interpolate=False)["mjci"]["person_titles"])


@app.command("train")
def train_command(
    output: Annotated[
        Path, typer.Option(help="Model directory to write (replaced).")
    ] = DEFAULT_OUTPUT,
    config: Annotated[Path, typer.Option(help="spaCy training config.")] = DEFAULT_CONFIG,
    thainer_dir: Annotated[
        Path, typer.Option(help="Folder with ThaiNER train.txt and val.txt.")
    ] = DEFAULT_THAINER,
    annotations: Annotated[
        list[Path] | None,
        typer.Option(
            help="Annotations .jsonl to add to training (repeatable; skipped if absent). "
            "Default: the config's [mjci] annotations."
        ),
    ] = None,
    no_annotations: Annotated[bool, typer.Option(help="Train on ThaiNER only.")] = False,
    max_epochs: Annotated[int | None, typer.Option(help="Override training.max_epochs.")] = None,
    max_steps: Annotated[int | None, typer.Option(help="Override training.max_steps.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed (system.seed).")] = 0,
) -> None:
    """Train the NER model from CONFIG on ThaiNER (+ annotations) into OUTPUT."""
    from mjci_extract.ner.convert import ConversionError
    from mjci_extract.ner.train import train_model

    if not config.is_file():
        _fail(f"{config}: config file not found")
    overrides = {"training.max_steps": max_steps} if max_steps is not None else None
    try:
        path = train_model(
            config,
            output,
            thainer_dir=thainer_dir,
            annotations=[] if no_annotations else (annotations or None),
            max_epochs=max_epochs,
            seed=seed,
            overrides=overrides,
        )
    except (FileNotFoundError, ConversionError) as exc:
        _fail(str(exc))
    meta = json.loads((path / "mjci_meta.json").read_text(encoding="utf-8"))
    micro = meta["scores"]["micro_4_labels"]
    typer.echo(
        f"{path}: micro F1 {micro['f1']:.4f} over {', '.join(HEADLINE_LABELS)} on ThaiNER val"
    )


@app.command("evaluate-ner")
def evaluate_ner_command(
    file: Annotated[
        Path, typer.Argument(help="Gold file: ThaiNER inline tags, or annotations .jsonl.")
    ],
    ner_backend: Annotated[str, typer.Option(help="spacy or transformers.")] = "spacy",
    ner_model: Annotated[
        Path | None, typer.Option(help="Model directory (default: the shipped model).")
    ] = None,
    labels: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated labels to score (default: all in gold or output); "
            "'in-domain' = the nine labels annotated in annotations/thaigov-spans.jsonl."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    strip_titles: Annotated[
        bool,
        typer.Option(
            help="Score names without titles: only examples with a titled PERSON, titles "
            "(configs/ner.cfg [mjci] person_titles) cut from text and gold."
        ),
    ] = False,
) -> None:
    """Entity-exact precision/recall/F1 per label and micro, for FILE."""
    from mjci_extract.ner.evaluate import evaluate_file

    if not file.is_file():
        _fail(f"{file}: file not found")
    if ner_backend not in BACKEND_KINDS[:2]:
        _fail(f"--ner-backend must be spacy or transformers, not {ner_backend!r}")
    try:
        backend = load_backend(ner_backend, ner_model)
    except NerModelError as exc:
        _fail(str(exc))
    if labels == "in-domain":
        labels = ",".join(ANNOTATED_LABELS)
    wanted = [name.strip() for name in labels.split(",") if name.strip()] if labels else None
    titles = _person_titles() if strip_titles else None
    report = evaluate_file(file, backend, wanted, strip_person_titles=titles)
    for skipped in report.skipped:
        typer.echo(f"skipped malformed example: {skipped}", err=True)
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    typer.echo(f"{file}: {report.examples} examples, entity-exact")
    typer.echo(report.table())
    headline = report.restricted_to(HEADLINE_LABELS)
    if (wanted is None or set(HEADLINE_LABELS) <= set(wanted)) and headline.per_label:
        typer.echo(f"micro over {', '.join(HEADLINE_LABELS)}: F1 {headline.micro.f1:.4f}")


DEFAULT_RAW_TEXT = REPO_ROOT.parent / "shared" / "corpus" / "thaigov-sample"
DEFAULT_TOK2VEC = REPO_ROOT / "models" / "pretrained" / "tok2vec-thai-chars.bin"


@app.command("pretrain-ner")
def pretrain_ner_command(
    output: Annotated[
        Path, typer.Option(help="Weights file to write (the config's paths.init_tok2vec).")
    ] = DEFAULT_TOK2VEC,
    config: Annotated[Path, typer.Option(help="spaCy config with [pretraining].")] = DEFAULT_CONFIG,
    raw_text_dir: Annotated[
        Path,
        typer.Option(
            help="Folder of .txt briefs (recursive), or of .tar.gz archives read in place "
            "(../shared/corpus/thaigov-archive)."
        ),
    ] = DEFAULT_RAW_TEXT,
    max_per_archive: Annotated[
        int, typer.Option(help="Read only the first N briefs of each archive (0: all).")
    ] = 0,
    thainer_dir: Annotated[
        Path, typer.Option(help="Folder with ThaiNER train.txt and val.txt.")
    ] = DEFAULT_THAINER,
    epochs: Annotated[int | None, typer.Option(help="Override pretraining.max_epochs.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed (system.seed).")] = 0,
) -> None:
    """Pretrain the NER tok2vec on raw Thai text (characters objective) into OUTPUT."""
    from mjci_extract.ner.pretrain import pretrain_tok2vec

    if not config.is_file():
        _fail(f"{config}: config file not found")
    for folder in (raw_text_dir, thainer_dir):
        if not folder.is_dir():
            _fail(f"{folder}: folder not found")
    try:
        pretrain_tok2vec(
            config,
            output,
            raw_text_dir=raw_text_dir,
            thainer_dir=thainer_dir,
            epochs=epochs,
            seed=seed,
            max_per_archive=max_per_archive,
        )
    except FileNotFoundError as exc:
        _fail(str(exc))
    typer.echo(f"{output}: pretrained tok2vec weights")
