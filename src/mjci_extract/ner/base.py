"""What every NER backend shares: the span type, the backend protocol, its error, where models live."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Protocol, runtime_checkable

BACKEND_KINDS = ("spacy", "transformers", "none")
DEFAULT_MODEL_NAME = "mjci-ner-th"
MODEL_ENV = "MJCI_NER_MODEL"
# The package that carries the trained models once installed (pyproject.toml maps models/ to it).
MODEL_PACKAGE = "mjci_extract.model_data"
# src/mjci_extract/ner/base.py -> the repository root, which holds models/, configs/ and
# annotations/ in a source checkout (an installed package has only what ships inside it).
REPO_ROOT = Path(__file__).resolve().parents[3]


@dataclass(frozen=True, order=True)
class EntitySpan:
    """An entity found in a text: `text[start:end]` is the entity, `label` a ThaiNER label."""

    start: int
    end: int
    label: str


@runtime_checkable
class NerBackend(Protocol):
    labels: tuple[str, ...]

    def find(self, text: str) -> list[EntitySpan]: ...

    def pipe(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[list[EntitySpan]]: ...


class NerModelError(RuntimeError):
    """A model directory is missing or cannot be loaded; the message says which and why."""


def _in_source_checkout() -> bool:
    return (
        REPO_ROOT.joinpath("pyproject.toml").is_file() and Path(__file__).parents[2].name == "src"
    )


def shipped_model_path() -> Path:
    """The default model that ships with the package.

    Run from a source checkout (`pip install -e .`, `PYTHONPATH=src`) it is that checkout's
    models/mjci-ner-th/, so a model trained there is the one used; installed from a wheel it is
    the copy inside the package, found with importlib.resources.
    """
    if _in_source_checkout():
        return REPO_ROOT / "models" / DEFAULT_MODEL_NAME
    try:
        root = files(MODEL_PACKAGE)
    except ModuleNotFoundError:
        # A broken install; the loader's error then names this path and what to do.
        return Path(__file__).resolve().parents[1] / "model_data" / DEFAULT_MODEL_NAME
    return Path(str(root.joinpath(DEFAULT_MODEL_NAME)))


def default_model_path() -> Path:
    """`$MJCI_NER_MODEL` if set, else the shipped model (`shipped_model_path()`)."""
    configured = os.environ.get(MODEL_ENV)
    return Path(configured) if configured else shipped_model_path()
