"""The headline-label scorer spaCy uses to pick the NER checkpoint."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

from mjci_extract.ner.scorer import headline_prf, make_headline_ner_scorer


def _doc(nlp, words, ents):
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_headline_scores_count_only_the_four_labels():
    nlp = spacy.blank("th")
    words = ["นาย", "สมชาย", " ", "ไป", "ลำปาง", " ", "5", " ", "บาท"]
    gold = [(0, 2, "PERSON"), (4, 5, "LOCATION"), (6, 9, "MONEY")]
    # PERSON right, LOCATION with the wrong label, MONEY (not a headline label) missed
    predicted = [(0, 2, "PERSON"), (4, 5, "ORGANIZATION")]
    example = Example(_doc(nlp, words, predicted), _doc(nlp, words, gold))
    scores = headline_prf([example])
    # tp 1 (PERSON), fp 1 (ORGANIZATION), fn 1 (LOCATION)
    assert scores["headline_ents_p"] == pytest.approx(0.5)
    assert scores["headline_ents_r"] == pytest.approx(0.5)
    assert scores["headline_ents_f"] == pytest.approx(0.5)
    full = make_headline_ner_scorer()([example])
    assert full["headline_ents_f"] == pytest.approx(0.5)
    # spaCy's own all-label scores come along: 1 of 2 predicted right, 1 of 3 gold found
    assert full["ents_p"] == pytest.approx(0.5) and full["ents_r"] == pytest.approx(1 / 3)


def test_headline_scores_are_zero_without_entities():
    nlp = spacy.blank("th")
    doc = _doc(nlp, ["ไม่", "มี"], [])
    assert headline_prf([Example(doc, doc)])["headline_ents_f"] == 0.0
