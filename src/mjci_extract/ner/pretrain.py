"""Pretrain the NER model's token-to-vector layer on raw Thai text (spaCy's characters objective).

ThaiNER has under 5,000 training sentences, so most names the model meets in briefs are words it
never saw. Pretraining teaches the CNN, from unlabelled text, to predict each word's first and
last characters from its context, which gives the NER layer a head start on unseen words. The
raw text is every distinct line (of 20+ characters) of the briefs in a folder (default
../shared/corpus/thaigov-sample), or of the members of the .tar.gz archives in it (the thaigov
archive, read in place), plus ThaiNER's training sentences that are not in val. Briefs whose
sha256 is held out (the dev gold briefs and the in-domain NER test briefs: `held_out_sha256`)
never reach it.

The result is one file of tok2vec weights; the NER config's `paths.init_tok2vec` points at it, so
`mjci-extract train` starts from it. `mjci-extract pretrain-ner` rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.training.pretrain import pretrain
from spacy.util import load_config

import mjci_extract.ner.registry  # noqa: F401  (registers what our model configs name)
from mjci_extract.ner.base import REPO_ROOT
from mjci_extract.ner.convert import read_thainer

MIN_LINE_CHARS = 20


def held_out_sha256(shared: Path = REPO_ROOT.parent / "shared") -> set[str]:
    """sha256 of every brief no training data may contain: dev gold and in-domain NER test."""
    hashes: set[str] = set()
    dev_index = shared / "dev" / "gold" / "index.json"
    if dev_index.is_file():
        hashes |= {row["sha256"] for row in json.loads(dev_index.read_text(encoding="utf-8"))}
    test = REPO_ROOT / "annotations" / "thaigov-ner-test.jsonl"
    if test.is_file():
        for line in test.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                hashes.add(row["sha256"])
                hashes.add(hashlib.sha256(row["text"].encode("utf-8")).hexdigest())
    return hashes


def _brief_bytes(raw_text_dir: Path, max_per_archive: int) -> Iterator[bytes]:
    archives = sorted(raw_text_dir.glob("*.tar.gz"))
    if archives:
        for archive in archives:
            used = 0
            with tarfile.open(archive, "r:gz") as tar:
                for member in tar:
                    if max_per_archive and used >= max_per_archive:
                        break
                    handle = tar.extractfile(member) if member.isfile() else None
                    if handle is not None:
                        used += 1
                        yield handle.read()
        return
    files = sorted(raw_text_dir.rglob("*.txt"))
    if not files:
        raise FileNotFoundError(f"{raw_text_dir}: no .txt files or .tar.gz archives to pretrain on")
    for path in files:
        yield path.read_bytes()


def write_raw_text(
    raw_text_dir: Path,
    thainer_dir: Path,
    output: Path,
    *,
    skip_sha256: set[str] | frozenset[str] = frozenset(),
    max_per_archive: int = 0,
) -> tuple[int, str]:
    """Write the pretraining corpus as JSONL {"text"}; returns (lines, sha256 of the file).

    Identical lines (page furniture repeated in every brief) are written once.
    """
    held_out = {e.text for e in read_thainer(thainer_dir / "val.txt").examples}
    seen: set[str] = set()
    lines = 0
    digest = hashlib.sha256()
    with output.open("w", encoding="utf-8") as handle:

        def emit(text: str) -> None:
            nonlocal lines
            if text in seen:
                return
            seen.add(text)
            row = json.dumps({"text": text}, ensure_ascii=False) + "\n"
            handle.write(row)
            digest.update(row.encode("utf-8"))
            lines += 1

        for data in _brief_bytes(raw_text_dir, max_per_archive):
            if hashlib.sha256(data).hexdigest() in skip_sha256:
                continue
            for line in data.decode("utf-8", errors="replace").split("\n"):
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
    max_per_archive: int = 0,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Pretrain the tok2vec of the config's NER component; write its weights to output_file."""
    log = log or (lambda message: print(message, file=sys.stderr, flush=True))
    config_path, output_file = Path(config_path), Path(output_file)
    raw_text_dir, thainer_dir = Path(raw_text_dir), Path(thainer_dir)
    with tempfile.TemporaryDirectory(prefix="mjci-ner-pretrain-") as work:
        work_dir = Path(work)
        raw = work_dir / "raw.jsonl"
        lines, digest = write_raw_text(
            raw_text_dir,
            thainer_dir,
            raw,
            skip_sha256=held_out_sha256(),
            max_per_archive=max_per_archive,
        )
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
                "raw_text": {
                    "folder": raw_text_dir.name,
                    "max_per_archive": max_per_archive,
                    "lines": lines,
                    "sha256": digest,
                },
                "epochs": config["pretraining"]["max_epochs"],
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    log(f"tok2vec weights written to {output_file}")
    return output_file
