"""Named-entity recognition backends: one small API over a spaCy model or a transformers checkpoint.

    backend = load_backend("spacy")            # the shipped model (models/mjci-ner-th/)
    backend.find(text) -> [EntitySpan(start, end, label), ...]   # offsets into `text`
    backend.pipe(texts) -> iterator of such lists, in order

`load_backend("none")` gives None, so callers can switch NER off with the same option.
"""

from __future__ import annotations

from mjci_extract.ner.base import (
    BACKEND_KINDS,
    DEFAULT_MODEL_NAME,
    MODEL_ENV,
    MODEL_PACKAGE,
    REPO_ROOT,
    EntitySpan,
    NerBackend,
    NerModelError,
    default_model_path,
    shipped_model_path,
)
from mjci_extract.ner.loading import load_backend

__all__ = [
    "BACKEND_KINDS",
    "DEFAULT_MODEL_NAME",
    "MODEL_ENV",
    "MODEL_PACKAGE",
    "REPO_ROOT",
    "EntitySpan",
    "NerBackend",
    "NerModelError",
    "default_model_path",
    "load_backend",
    "shipped_model_path",
]
