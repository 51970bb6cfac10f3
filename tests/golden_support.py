"""Inputs of the golden tests and how their records are made, shared with tools/update_golden.py."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mjci_extract.io.document import InputDocument
from mjci_extract.run.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLDEN_DIR = ROOT / "tests" / "golden"
SEED = SHARED / "seeds" / "000_1222a793f4919218.txt"


def golden_inputs() -> list[tuple[str, Path, str]]:
    """(golden name, file, path as recorded): the seed brief and every brief of corpus/."""
    inputs = []
    if SEED.exists():
        inputs.append(("seed", SEED, "seeds/000_1222a793f4919218.txt"))
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        inputs.append((path.stem, path, f"corpus/{path.name}"))
    return inputs


def record_for(pipeline: Pipeline, path: Path, relative: str) -> dict:
    data = path.read_bytes()
    doc = InputDocument(
        doc_id=path.stem,
        path=relative,
        sha256=hashlib.sha256(data).hexdigest(),
        text=data.decode("utf-8"),
    )
    return pipeline(doc).model_dump(mode="json")
