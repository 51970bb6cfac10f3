"""Pretrain the NER model's token-to-vector layer on raw Thai text (spaCy's characters objective).

ThaiNER has under 5,000 training sentences, so most names the model meets in briefs are words it
never saw. Pretraining teaches the CNN, from unlabelled text, to predict each word's first and
last characters from its context, which gives the NER layer a head start on unseen words. The
raw text is every line (of 20+ characters) of the briefs in a folder (default
../shared/corpus/thaigov-sample) plus ThaiNER's training sentences that are not in val.

The result is one file of tok2vec weights; the NER config's `paths.init_tok2vec` points at it, so
`mjci-extract train` starts from it. `mjci-extract pretrain-ner` rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from spacy.training.pretrain import pretrain
from spacy.util import load_config

import mjci_extract.ner.registry  # noqa: F401  (registers what our model configs name)
from mjci_extract.ner.convert import read_thainer

MIN_LINE_CHARS = 20


def write_raw_text(raw_text_dir: Path, thainer_dir: Path, output: Path) -> tuple[int, str]:
    """Write the pretraining corpus as JSONL {"text"}; returns (lines, sha256 of the file)."""
    files = sorted(raw_text_dir.rglob("*.txt"))
    if not files:
        raise FileNotFoundError(f"{raw_text_dir}: no .txt files to pretrain on")
    held_out = {e.text for e in read_thainer(thainer_dir / "val.txt").examples}
    lines = 0
    digest = hashlib.sha256()
    with output.open("w", encoding="utf-8") as handle:

        def emit(text: str) -> None:
            nonlocal lines
            row = json.dumps({"text": text}, ensure_ascii=False) + "\n"
            handle.write(row)
            digest.update(row.encode("utf-8"))
            lines += 1

        for path in files:
            for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
                if len(line.strip()) >= MIN_LINE_CHARS:
                    emit(line.strip())
        for example in read_thainer(thainer_dir / "train.txt").examples:
            if example.text not in held_out and len(example.text) >= MIN_LINE_CHARS:
                emit(example.text)
    return lines, digest.hexdigest()


def pretrain_tok2vec(
    config_path: str | Path,
    output_file: str | Path,
    *,
    raw_text_dir: str | Path,
    thainer_dir: str | Path,
    epochs: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Pretrain the tok2vec of the config's NER component; write its weights to output_file."""
    log = log or (lambda message: print(message, file=sys.stderr, flush=True))
    config_path, output_file = Path(config_path), Path(output_file)
    raw_text_dir, thainer_dir = Path(raw_text_dir), Path(thainer_dir)
    with tempfile.TemporaryDirectory(prefix="mjci-ner-pretrain-") as work:
        work_dir = Path(work)
        raw = work_dir / "raw.jsonl"
        lines, digest = write_raw_text(raw_text_dir, thainer_dir, raw)
        log(f"pretraining on {lines} lines of raw text (sha256 {digest[:12]}...)")
        settings: dict = {"paths.raw_text": str(raw), "system.seed": seed}
        if epochs is not None:
            settings["pretraining.max_epochs"] = epochs
        config = load_config(config_path, overrides=settings, interpolate=False)
        config.pop("mjci", None)
        pretrain(config.interpolate(), work_dir, silent=False)
        output_file.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work_dir / "model-last.bin", output_file)
    output_file.with_suffix(".json").write_text(
        json.dumps(
            {
                "config": config_path.name,
                "seed": seed,
                "raw_text": {"folder": raw_text_dir.name, "lines": lines, "sha256": digest},
                "epochs": config["pretraining"]["max_epochs"],
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    log(f"tok2vec weights written to {output_file}")
    return output_file
