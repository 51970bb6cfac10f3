"""Loading an NER backend by kind: the shipped spaCy model or a local transformers checkpoint."""

from __future__ import annotations

from pathlib import Path

from mjci_extract.ner.base import BACKEND_KINDS, NerBackend, NerModelError, default_model_path


def load_backend(
    kind: str = "spacy", model: str | Path | None = None, **options
) -> NerBackend | None:
    """Load an NER backend once; reuse it for every document.

    kind: "spacy" (model defaults to the shipped model), "transformers" (model is required: a local
    token-classification checkpoint directory), or "none" (returns None).
    options go to the backend (for transformers: `label_map`, `batch_size`, `max_length`).
    """
    if kind == "none":
        return None
    if kind == "spacy":
        # spaCy is imported here, when a model is asked for, so that commands which load none
        # (`--help`, validate, export) start without it.
        try:
            from mjci_extract.ner.spacy_backend import SpacyNerBackend
        except ImportError as exc:
            raise NerModelError(
                f"the spacy backend needs spaCy, a dependency of mjci-extract: pip install "
                f"'mjci-extract' (or 'spacy>=3.8,<3.9'), or pass --ner-backend none ({exc})"
            ) from exc

        return SpacyNerBackend(Path(model) if model else default_model_path(), **options)
    if kind == "transformers":
        if model is None:
            raise NerModelError(
                "the transformers backend needs a model directory (--ner-model DIR): a local "
                "token-classification checkpoint; nothing is downloaded"
            )
        try:
            from mjci_extract.ner.transformers_backend import TransformersNerBackend
        except ImportError as exc:
            raise NerModelError(
                f"the transformers backend needs the optional extra: pip install "
                f"'mjci-extract[transformers]' torch==2.13.0 ({exc})"
            ) from exc
        return TransformersNerBackend(Path(model), **options)
    raise ValueError(f"unknown NER backend {kind!r}; choose one of {BACKEND_KINDS}")
