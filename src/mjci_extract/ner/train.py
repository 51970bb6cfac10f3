"""Train the NER model from a committed spaCy config: ThaiNER 1.5 (+ our annotations) -> models/<name>/.

The run is reproducible: the config fixes the seed, the data files are recorded by sha256 in the
model's `mjci_meta.json`, and `mjci-extract train --output models/<name>` rebuilds the shipped
model. Model selection uses ThaiNER val (spaCy keeps the best dev entity F1).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as spacy_train
from spacy.util import load_config

import mjci_extract.ner.registry  # noqa: F401  (registers what our model configs name)
from mjci_extract.ner.base import REPO_ROOT
from mjci_extract.ner.convert import (
    ConversionIssue,
    Example,
    iter_docs,
    read_annotations,
    read_thainer,
    split_lines,
    without_person_titles,
)
from mjci_extract.ner.evaluate import evaluate_file
from mjci_extract.ner.gazetteer_tags import TAG_TABLE_FILE, live_table, table_fingerprint
from mjci_extract.ner.scorer import HEADLINE_LABELS
from mjci_extract.ner.spacy_backend import SpacyNerBackend
from mjci_extract.record.models import ANNOTATED_LABELS, NER_LABELS
from mjci_extract.text.segment import blank_thai

META_FILE = "mjci_meta.json"
THAINER_CREDIT = {
    "name": "ThaiNER 1.5",
    "author": "Wannaphong Phatthiyaphaibun",
    "license": "CC BY 3.0",
    "url": "https://github.com/wannaphong/thai-ner",
    "note": "This model was trained on ThaiNER 1.5; the corpus is licensed CC BY 3.0.",
}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _report(issues: list[ConversionIssue], log: Callable[[str], None]) -> None:
    for issue in issues:
        log(f"skipped malformed example: {issue}")


def train_model(
    config_path: str | Path,
    output_dir: str | Path,
    *,
    thainer_dir: str | Path,
    annotations: str | Path | list[str | Path] | None = None,
    max_epochs: int | None = None,
    seed: int = 0,
    overrides: dict | None = None,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Train and write a model directory; returns its path.

    thainer_dir holds ThaiNER's train.txt and val.txt. annotations is one annotations .jsonl file
    or a list of them (added to training data; each skipped with a message when absent); None
    takes the config's `[mjci] annotations` list (paths relative to the repository root), if any.
    Examples whose text is also in ThaiNER val or in the in-domain test file
    (annotations/thaigov-ner-test.jsonl) are never trained on. max_epochs/overrides
    override the config (dotted keys, e.g. {"training.max_steps": 50}).
    """
    log = log or (lambda message: print(message, file=sys.stderr, flush=True))
    config_path, output_dir, thainer_dir = Path(config_path), Path(output_dir), Path(thainer_dir)
    started = time.perf_counter()
    # Overrides apply to our [mjci] section too (e.g. {"mjci.person_titles": []}).
    config = load_config(config_path, overrides=dict(overrides or {}), interpolate=False)
    labels = list(config.get("mjci", {}).get("labels", NER_LABELS))

    train_file, dev_file = thainer_dir / "train.txt", thainer_dir / "val.txt"
    for required in (train_file, dev_file):
        if not required.is_file():
            raise FileNotFoundError(
                f"{required}: ThaiNER file not found (need train.txt and val.txt)"
            )
    train_read = read_thainer(train_file)
    dev_read = read_thainer(dev_file)
    issues = train_read.issues + dev_read.issues
    train_examples: list[Example] = list(train_read.examples)
    data_files = [
        _data_record(train_file, "train", len(train_read.examples), train_read.issues),
        _data_record(dev_file, "dev", len(dev_read.examples), dev_read.issues),
    ]
    if annotations is None:
        annotations = [REPO_ROOT / p for p in config.get("mjci", {}).get("annotations", [])]
    elif isinstance(annotations, (str, Path)):
        annotations = [annotations]
    by_lines = config.get("mjci", {}).get("split_annotations") == "lines"
    from_annotations: set[int] = set()
    for annotation_file in map(Path, annotations):
        if annotation_file.is_file():
            annotated = read_annotations(annotation_file)
            issues += annotated.issues
            train_examples += annotated.examples
            from_annotations.update(map(id, annotated.examples))
            data_files.append(
                _data_record(annotation_file, "train", len(annotated.examples), annotated.issues)
            )
        else:
            log(f"{annotation_file}: not found; not training on it")
    _report(issues, log)
    # ThaiNER 1.5's val.txt is a subset of train.txt (all 510 lines appear there verbatim), so a
    # model trained on both would be scored on sentences it memorised. Training leaves out every
    # example whose text is also in val: val then measures text the model has not seen. The
    # in-domain test briefs are left out the same way, whatever annotation files are given.
    held_out = {example.text for example in dev_read.examples}
    test_file = _in_domain_test_file()
    if test_file is not None:
        held_out |= {example.text for example in read_annotations(test_file).examples}
    kept = [example for example in train_examples if example.text not in held_out]
    overlap = len(train_examples) - len(kept)
    if overlap:
        log(f"left out {overlap} training examples whose text is also in {dev_file.name}")
    train_examples = kept
    if by_lines:
        train_examples = [
            piece
            for example in train_examples
            for piece in (split_lines(example) if id(example) in from_annotations else [example])
        ]
    data_files[0]["left_out_also_in_dev"] = overlap
    titles = list(config.get("mjci", {}).get("person_titles", []))
    if titles:
        untitled = [without_person_titles(example, titles) for example in train_examples]
        added = [example for example in untitled if example is not None]
        train_examples += added
        log(f"added {len(added)} copies of training examples with PERSON titles cut")
        data_files[0]["untitled_person_copies"] = len(added)

    with tempfile.TemporaryDirectory(prefix="mjci-ner-train-") as work:
        work_dir = Path(work)
        vocab = blank_thai().vocab
        for name, examples in (("train", train_examples), ("dev", dev_read.examples)):
            DocBin(docs=iter_docs(examples, vocab, labels), store_user_data=False).to_disk(
                work_dir / f"{name}.spacy"
            )
        log(f"converted {len(train_examples)} training and {len(dev_read.examples)} dev examples")
        settings = {
            "paths.train": str(work_dir / "train.spacy"),
            "paths.dev": str(work_dir / "dev.spacy"),
            "system.seed": seed,
        }
        if max_epochs is not None:
            settings["training.max_epochs"] = max_epochs
        settings.update(overrides or {})
        config = load_config(config_path, overrides=settings, interpolate=False)
        config.pop("mjci", None)  # ours, not spaCy's
        init_tok2vec = _resolve_init_tok2vec(config)
        if init_tok2vec is not None:
            log(f"starting from pretrained tok2vec weights {init_tok2vec}")
            data_files.append(
                {
                    "path": init_tok2vec.name,
                    "role": "init_tok2vec",
                    "sha256": sha256_file(init_tok2vec),
                }
            )
        vectors = _resolve_vectors(config)
        if vectors is not None:
            log(f"static vectors from {vectors}")
            data_files.append(_vectors_record(vectors))
        nlp = init_nlp(config, use_gpu=-1)
        (work_dir / "out").mkdir()
        spacy_train(nlp, work_dir / "out", use_gpu=-1, stdout=sys.stderr, stderr=sys.stderr)
        best = work_dir / "out" / "model-best"
        if output_dir.exists():
            shutil.rmtree(output_dir)
        shutil.copytree(best, output_dir)

    elapsed = time.perf_counter() - started
    _write_meta(output_dir, config_path, labels, seed, data_files, dev_file, elapsed, issues)
    log(f"model written to {output_dir} in {elapsed / 60:.1f} min")
    return output_dir


def _in_domain_test_file() -> Path | None:

    path = REPO_ROOT / "annotations" / "thaigov-ner-test.jsonl"
    return path if path.is_file() else None


def _repo_path(value: str, exists, missing: str) -> Path:
    """`value` as a path, relative ones taken from the repository root (where models/ is);
    FileNotFoundError(`missing`) unless `exists(path)`."""

    path = Path(value)
    if not path.is_absolute():
        path = REPO_ROOT / path
    if not exists(path):
        raise FileNotFoundError(f"{path}: {missing}")
    return path


def _resolve_vectors(config) -> Path | None:
    """A relative `[initialize] vectors` folder is relative to the repository root."""
    value = config["initialize"].get("vectors")
    if not value or str(value).startswith("${"):
        return None
    path = _repo_path(
        value,
        Path.is_dir,
        "static vectors not found ([initialize] vectors); build them with "
        "`python tools/train_vectors.py`",
    )
    config["initialize"]["vectors"] = str(path)
    return path


def _vectors_record(path: Path) -> dict:
    record: dict = {"path": _display_path(path), "role": "static_vectors"}
    info = path / "mjci_vectors.json"
    if info.is_file():
        record["info"] = json.loads(info.read_text(encoding="utf-8"))
    return record


def _resolve_init_tok2vec(config) -> Path | None:
    """A relative `paths.init_tok2vec` is relative to the repository root (where models/ is)."""
    value = config["paths"].get("init_tok2vec")
    if not value:
        return None
    path = _repo_path(
        value,
        Path.is_file,
        "pretrained tok2vec weights not found (paths.init_tok2vec); build them with "
        "`mjci-extract pretrain-ner` or set paths.init_tok2vec = null",
    )
    config["paths"]["init_tok2vec"] = str(path)
    return path


def _display_path(path: Path) -> str:
    """Repository files by their path in the repository; shared data by file name."""

    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return path.name


def _data_record(path: Path, role: str, examples: int, issues: list[ConversionIssue]) -> dict:
    return {
        "path": _display_path(path),
        "role": role,
        "sha256": sha256_file(path),
        "examples": examples,
        "skipped_lines": [{"line": i.line, "reason": i.reason} for i in issues],
    }


def _write_meta(
    output_dir: Path,
    config_path: Path,
    labels: list[str],
    seed: int,
    data_files: list[dict],
    dev_file: Path,
    elapsed: float,
    issues: list[ConversionIssue],
) -> None:

    backend = SpacyNerBackend(output_dir)
    # Scored the way extraction sees text: the model tokenizes raw val text itself.
    report = evaluate_file(dev_file, backend)
    headline = report.restricted_to(HEADLINE_LABELS)
    meta = {
        "name": output_dir.name,
        "labels": list(backend.labels),
        "trained_labels_config": labels,
        "seed": seed,
        "config": {"path": config_path.name, "sha256": sha256_file(config_path)},
        "training_data": data_files,
        "scores": {
            "dataset": f"ThaiNER 1.5 {dev_file.name} (raw text, entity-exact)",
            "micro_4_labels": headline.micro.model_dump(),
            "micro_all_labels": report.micro.model_dump(),
            "per_label": {s.label: s.model_dump() for s in report.per_label},
        },
        "training_seconds": round(elapsed, 1),
        "sources": _sources(data_files),
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "spacy_version": spacy.__version__,
        "credit": THAINER_CREDIT,
    }
    test_file = _in_domain_test_file()
    if test_file is not None:
        in_domain = evaluate_file(test_file, backend, ANNOTATED_LABELS)
        meta["scores_in_domain_test"] = {
            "dataset": f"{_display_path(test_file)} (whole briefs, raw text, entity-exact)",
            "micro_4_labels": in_domain.restricted_to(HEADLINE_LABELS).micro.model_dump(),
            "micro_all_labels": in_domain.micro.model_dump(),
            "per_label": {s.label: s.model_dump() for s in in_domain.per_label},
        }
    if getattr(backend.nlp.tokenizer, "gazetteer_tags", False):
        # The model keeps the table it was trained (and scored above) with: later edits of the
        # word lists must not change its input.
        live_table().to_file(output_dir / TAG_TABLE_FILE)
        meta["gazetteer_tags_sha256"] = table_fingerprint()
    (output_dir / META_FILE).write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    # spaCy's own meta.json carries the licence and source too, for anyone loading it with spaCy.
    spacy_meta_path = output_dir / "meta.json"
    spacy_meta = json.loads(spacy_meta_path.read_text(encoding="utf-8"))
    spacy_meta.update(
        {
            "name": output_dir.name.replace("-", "_"),
            "description": f"Thai NER for mjci-extract ({_describe(backend.nlp)}, nlpo3 tokens)",
            "license": "CC BY 3.0 (training data: ThaiNER 1.5, Wannaphong Phatthiyaphaibun)",
            "sources": _sources(data_files),
        }
    )
    spacy_meta_path.write_text(json.dumps(spacy_meta, ensure_ascii=False, indent=2) + "\n", "utf-8")


THAIGOV_SOURCE = {
    "name": "thaigov.go.th news briefs (../shared/corpus/thaigov-archive)",
    "license": "public domain (Thai government works)",
}


def _sources(data_files: list[dict]) -> list[dict]:
    """Every data source behind the model, with its licence."""
    sources = [THAINER_CREDIT]
    for record in data_files:
        path = record["path"]
        if record["role"] == "train" and path.startswith("annotations/thaigov"):
            sources.append({**THAIGOV_SOURCE, "use": f"NER training annotations ({path}, ours)"})
        elif record["role"] == "train" and path.startswith("annotations/"):
            sources.append(
                {
                    "name": f"{path} (briefs written by the project)",
                    "license": "project's own",
                    "use": "NER training annotations",
                }
            )
        elif record["role"] == "static_vectors":
            sources.append(
                {**THAIGOV_SOURCE, "use": f"floret static vectors ({path}, tools/train_vectors.py)"}
            )
        elif record["role"] == "init_tok2vec":
            sources.append({**THAIGOV_SOURCE, "use": f"tok2vec pretraining ({path})"})
    return sources


def _describe(nlp) -> str:
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    if "beam_ner" in factories:
        return "transition-based entity recogniser (beam search)"
    if "ner" in factories:
        return "transition-based entity recogniser"
    return "BIO entity tagger"
