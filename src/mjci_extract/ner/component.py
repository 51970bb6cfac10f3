"""The `ner` pipeline component: the NER backend over the windows `[ner] scope` names.

It runs on a batch of documents at once (`pipe`), the model's fast path."""

from __future__ import annotations

from collections.abc import Callable

from mjci_extract.core.config import PipelineSettings
from mjci_extract.core.deadline import check_deadline
from mjci_extract.core.draft import RecordDraft
from mjci_extract.core.registry import Resources, component
from mjci_extract.ner.base import NerBackend
from mjci_extract.ner.loading import load_backend
from mjci_extract.record.models import ALL_LABELS
from mjci_extract.text.doc import Doc
from mjci_extract.text.layout import Layout
from mjci_extract.text.model_spans import ModelSpans, NerSettings, ner_windows
from mjci_extract.text.segment import MAX_WINDOW, Tokens, text_windows


@component("ner", requires=(Layout, Tokens), assigns=(ModelSpans,), config=NerSettings)
class NerComponent:
    """Model spans (start, end, label) from `[ner] backend`; none with backend "none"."""

    def __init__(self, settings: NerSettings, resources: Resources) -> None:
        self.scope = settings.scope
        # load_backend raises NerModelError (naming the extra to install) when a backend's
        # optional package is missing: a pipeline without its model must not load silently.
        self.backend: NerBackend | None = load_backend(settings.backend, settings.model or None)

    def __call__(self, doc: Doc) -> None:
        self.pipe([doc])

    def pipe(self, docs: list[Doc]) -> None:
        found_in: dict[int, list[tuple[int, int, str]]] = {id(doc): [] for doc in docs}
        for doc in docs:
            doc.set(ModelSpans(found_in[id(doc)], self.scope))
        if self.backend is None:
            return
        # A stretch longer than MAX_WINDOW is read in windows (briefs never are), which keeps the
        # model's time and memory linear in the length of a long text.
        pieces = [
            (d, s, e)
            for d in docs
            for ws, we in ner_windows(d)
            for s, e in text_windows(d.text, ws, we, MAX_WINDOW, d.token_bounds)
        ]
        words_of = _shared_words(docs, self.backend)
        if words_of is None:
            found = self.backend.pipe([d.text[s:e] for d, s, e in pieces])
        else:
            found = self.backend.pipe_words(
                [(d.text[s:e], words_of(d, s, e)) for d, s, e in pieces]
            )
        for (doc, start, _), spans in zip(pieces, found, strict=True):
            check_deadline()
            found_in[id(doc)].extend((x.start + start, x.end + start, x.label) for x in spans)

    def contribute(self, doc: Doc, draft: RecordDraft) -> None:
        spans = doc.get(ModelSpans).spans
        for start, end, label in spans:
            # a model trained on other labels: see unknown_model_labels
            if label in ALL_LABELS:
                draft.add_span(start, end, label, "model")
        draft.warnings.extend(unknown_model_labels(spans))


def unknown_model_labels(model_spans: list[tuple[int, int, str]]) -> list[str]:
    """A warning for labels of the NER model outside the record's label set (a custom model):
    their entities are left out of the record rather than making it invalid."""
    unknown = sorted({label for _, _, label in model_spans if label not in ALL_LABELS})
    if not unknown:
        return []
    return [
        f"NER model labels {', '.join(unknown)} are not record labels; their entities were left out"
    ]


def _shared_words(
    docs: list[Doc], backend: NerBackend
) -> Callable[[Doc, int, int], list[str] | None] | None:
    """When the model segments with the engine the `tokens` component used, a function giving
    the words of text[s:e] from the tokens already found (None where s or e falls inside a
    word), so that the model does not segment the text again. nlpo3's words of a body or a clause
    are the whole text's words between those offsets (all 3,015 sample briefs)."""
    engine = getattr(backend, "word_engine", lambda: None)()
    if engine is None or any(
        not d.token_bounds or d.settings(PipelineSettings).word_engine != engine for d in docs
    ):
        return None
    index = {id(d): {b: i for i, b in enumerate(d.token_bounds)} for d in docs}

    def words_of(doc: Doc, start: int, end: int) -> list[str] | None:
        at = index[id(doc)]
        if start not in at or end not in at:
            return None
        bounds, text = doc.token_bounds, doc.text
        i, j = at[start], at[end]
        return [text[bounds[k] : bounds[k + 1]] for k in range(i, j)]

    return words_of
