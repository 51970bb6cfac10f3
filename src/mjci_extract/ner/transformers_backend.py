"""The transformers NER backend: any local token-classification checkpoint, offline.

`--ner-backend transformers --ner-model DIR` loads DIR with AutoTokenizer and
AutoModelForTokenClassification (`local_files_only=True`: nothing is downloaded), runs it over
windows of the text with the fast tokenizer's offset mapping, and turns its BIO/BIOES/BILOU tags
into character spans with our ThaiNER labels. The checkpoint's entity types are mapped through
`label_map` (defaults cover the usual PER/ORG/LOC/... names); types that map to nothing are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from mjci_extract.ner.base import EntitySpan, NerModelError
from mjci_extract.record.models import ALL_LABELS
from mjci_extract.text.spans import strip_span

# Checkpoint entity type -> our label. ThaiNER's own labels map to themselves (see ALL_LABELS).
DEFAULT_LABEL_MAP: dict[str, str] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "ORGANIZATION": "ORGANIZATION",
    "ORGANISATION": "ORGANIZATION",
    "LOC": "LOCATION",
    "LOCATION": "LOCATION",
    "GPE": "LOCATION",
    "FAC": "FACILITY",
    "DATE": "DATE",
    "TIME": "TIME",
    "MONEY": "MONEY",
    "PERCENT": "PERCENT",
    "LAW": "LAW",
}
_BEGIN, _INSIDE, _END, _SINGLE = "B", "I", "E", "S"
# Prefix spellings of the common schemes, normalised to B/I/E/S.
_PREFIXES = {"B": _BEGIN, "I": _INSIDE, "E": _END, "L": _END, "S": _SINGLE, "U": _SINGLE}


def parse_tag(tag: str, label_map: Mapping[str, str]) -> tuple[str, str] | None:
    """ "B-PER" -> ("B", "PERSON"); "O" or an unmapped type -> None. A bare "PER" counts as inside."""
    if tag in ("O", "", "-"):
        return None
    prefix, sep, kind = tag.partition("-")
    if not sep:
        prefix, sep, kind = tag.partition("_")
    if not sep or prefix.upper() not in _PREFIXES:
        prefix, kind = "I", tag
    label = label_map.get(kind.upper(), label_map.get(kind))
    if label is None and kind.upper() in ALL_LABELS:
        label = kind.upper()
    return (_PREFIXES[prefix.upper()], label) if label else None


def tags_to_spans(
    text: str, tokens: Iterable[tuple[int, int, tuple[str, str] | None]]
) -> list[EntitySpan]:
    """Merge tagged tokens (char start, char end, parsed tag) into character spans.

    An I/E token continues the open entity when its label matches; otherwise it opens one (a
    model's stray I- is usually a missed B-). E/S close the entity after their token.
    """
    spans: list[EntitySpan] = []
    open_start, open_end, open_label = -1, -1, ""

    def close() -> None:
        nonlocal open_start
        if open_start >= 0:
            start, end = strip_span(text, open_start, open_end)
            if start < end:
                spans.append(EntitySpan(start, end, open_label))
        open_start = -1

    for start, end, tag in tokens:
        if tag is None:
            close()
            continue
        prefix, label = tag
        continues = open_start >= 0 and label == open_label and prefix in (_INSIDE, _END)
        if not continues:
            close()
            open_start, open_label = start, label
        open_end = end
        if prefix in (_END, _SINGLE):
            close()
    close()
    return spans


class TransformersNerBackend:
    def __init__(
        self,
        model_dir: Path,
        label_map: Mapping[str, str] | None = None,
        batch_size: int = 8,
        max_length: int | None = None,
        stride: int = 32,
    ) -> None:
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise NerModelError(
                "the transformers backend needs the `transformers` extra: "
                "pip install torch==2.13.0 'mjci-extract[transformers]'"
            ) from exc
        model_dir = Path(model_dir)
        if not (model_dir / "config.json").is_file():
            raise NerModelError(f"{model_dir}: not a transformers checkpoint (no config.json)")
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
            self.model = AutoModelForTokenClassification.from_pretrained(
                model_dir, local_files_only=True
            )
        except Exception as exc:  # transformers raises OSError/ValueError/...; keep path + reason
            raise NerModelError(f"{model_dir}: cannot load checkpoint: {exc}") from exc
        if not getattr(self.tokenizer, "is_fast", False):
            raise NerModelError(
                f"{model_dir}: the tokenizer is not a fast tokenizer, so it gives no character "
                "offsets; convert it (tokenizer.json) first"
            )
        self.model.eval()
        self._torch = torch
        self.label_map = {**DEFAULT_LABEL_MAP, **(label_map or {})}
        id2label = self.model.config.id2label
        self._tags = [parse_tag(id2label[i], self.label_map) for i in range(len(id2label))]
        self.labels = tuple(sorted({tag[1] for tag in self._tags if tag}))
        limit = max_length or getattr(self.model.config, "max_position_embeddings", 512)
        # Some position tables reserve slots (RoBERTa's padding offset); stay inside them.
        self.max_length = min(
            limit - 2, getattr(self.tokenizer, "model_max_length", limit) or limit
        )
        self.stride = min(stride, self.max_length // 4)
        self.batch_size = batch_size

    def find(self, text: str) -> list[EntitySpan]:
        return next(self.pipe([text]))

    def pipe(
        self, texts: Iterable[str], batch_size: int | None = None
    ) -> Iterator[list[EntitySpan]]:
        for text in texts:
            yield self._find(text)

    def _find(self, text: str) -> list[EntitySpan]:
        if not text.strip():
            return []
        encoded = self.tokenizer(
            text,
            return_offsets_mapping=True,
            return_overflowing_tokens=True,
            truncation=True,
            max_length=self.max_length,
            stride=self.stride,
            padding=True,
            return_special_tokens_mask=True,
            return_tensors="pt",
        )
        offsets = encoded.pop("offset_mapping").tolist()
        encoded.pop("overflow_to_sample_mapping", None)
        # [CLS]/[SEP]/padding; an [UNK] inside the text is a real token and keeps its offsets.
        special = encoded.pop("special_tokens_mask").tolist()
        predictions = []
        with self._torch.inference_mode():
            for first in range(0, len(offsets), self.batch_size):
                batch = {k: v[first : first + self.batch_size] for k, v in encoded.items()}
                predictions += self.model(**batch).logits.argmax(-1).tolist()
        # Windows overlap by `stride` tokens; each character position is labelled by the first
        # window that reaches it, so every token is used once, in text order.
        tokens = []
        covered = 0
        for window, window_offsets in enumerate(offsets):
            for i, (start, end) in enumerate(window_offsets):
                if end <= start or special[window][i] or start < covered:
                    continue
                tokens.append((start, end, self._tags[predictions[window][i]]))
                covered = end
        return tags_to_spans(text, tokens)
