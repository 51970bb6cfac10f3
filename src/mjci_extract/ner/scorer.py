"""A spaCy NER scorer that also reports entity F1 over the headline labels.

The model learns 18 labels, but its target (and what extraction leans on) is PERSON, ORGANIZATION,
LOCATION and DATE. `spacy train` keeps the checkpoint with the best weighted score, so the config
weights `headline_ents_f` rather than the all-label `ents_f`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import spacy
from spacy.scorer import get_ner_prf
from spacy.training import Example

from mjci_extract.ner.evaluate import score_spans

HEADLINE_LABELS = ("PERSON", "ORGANIZATION", "LOCATION", "DATE")


def headline_prf(examples: Iterable[Example], labels: Iterable[str] = HEADLINE_LABELS) -> dict:
    """Entity-exact micro precision, recall and F1 over `labels` (character offsets), counted as
    `mjci-extract evaluate-ner` counts them."""
    examples = list(examples)
    gold = [[(e.start_char, e.end_char, e.label_) for e in eg.reference.ents] for eg in examples]
    predicted = [
        [(e.start_char, e.end_char, e.label_) for e in eg.predicted.ents] for eg in examples
    ]
    micro = score_spans(gold, predicted, labels).micro
    return {
        "headline_ents_p": micro.precision,
        "headline_ents_r": micro.recall,
        "headline_ents_f": micro.f1,
    }


def score_headline_ner(examples: Iterable[Example], **kwargs: Any) -> dict:
    examples = list(examples)
    return {**get_ner_prf(examples, **kwargs), **headline_prf(examples)}


@spacy.registry.scorers("mjci_extract.headline_ner_scorer.v1")
def make_headline_ner_scorer():
    return score_headline_ner
