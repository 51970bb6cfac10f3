"""A spaCy component that finds entities by tagging each token B-X / I-X / O.

Why not spaCy's own `ner` (a transition-based parser)? Speed. On a 1,000-token brief the parser's
per-token state machine and `doc.ents` bookkeeping cost more than the CNN that feeds it, and
extraction must run at tens of briefs per second on one core. A softmax over BIO tags is one
matrix product per batch, and `decode_bio` turns the argmax into spans in NumPy.

The component trains like spaCy's `tagger` (its model is any Tok2Vec + Softmax), takes its gold
from the reference `doc.ents`, and scores with spaCy's NER scorer, so `spacy train` selects the
best model by entity F1 on the dev set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

import numpy
from spacy.language import Language
from spacy.pipeline.tagger import Tagger
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples
from thinc.api import Model, SequenceCategoricalCrossentropy

FACTORY = "mjci_bio_ner"
OUTSIDE = "O"

# Converting spaCy's aligned BILUO gold tags to the BIO tags this component predicts.
_BILUO_TO_BIO = {"B": "B", "I": "I", "L": "I", "U": "B"}


def biluo_to_bio(tag: str | None) -> str | None:
    """One aligned gold tag to BIO; None (missing or misaligned) stays None."""
    if tag is None or tag == "" or tag == "-":
        return None
    if tag == "O":
        return OUTSIDE
    prefix, _, label = tag.partition("-")
    return f"{_BILUO_TO_BIO[prefix]}-{label}"


class TagDecoder:
    """Maps tag ids to (kind, label) once, then decodes id sequences into token spans."""

    def __init__(self, labels: Iterable[str]) -> None:
        labels = list(labels)
        self.labels = labels
        self.kind = numpy.zeros(len(labels), dtype="int8")  # 0 O, 1 B, 2 I
        self.entity = ["" for _ in labels]
        for i, tag in enumerate(labels):
            if tag != OUTSIDE:
                prefix, _, name = tag.partition("-")
                self.kind[i] = 1 if prefix == "B" else 2
                self.entity[i] = name
        self.outside_id = labels.index(OUTSIDE) if OUTSIDE in labels else -1

    def decode(self, tag_ids: numpy.ndarray) -> list[tuple[int, int, str]]:
        """Token spans [start, end) with labels. An I-X that does not continue an X entity starts
        one: the tagger's argmax has no transition constraints, and a stray I-X is far more often
        a missed B-X than noise."""
        spans: list[tuple[int, int, str]] = []
        inside = numpy.flatnonzero(self.kind[tag_ids] != 0)
        start = -1
        label = ""
        last = -2
        for position in inside.tolist():
            tag_id = int(tag_ids[position])
            name = self.entity[tag_id]
            continues = self.kind[tag_id] == 2 and position == last + 1 and name == label
            if not continues:
                if start >= 0:
                    spans.append((start, last + 1, label))
                start, label = position, name
            last = position
        if start >= 0:
            spans.append((start, last + 1, label))
        return spans


class BioEntityTagger(Tagger):
    """Token-level BIO tagger whose output is `doc.ents`."""

    def __init__(self, vocab, model: Model, name: str = FACTORY, *, scorer: Callable | None = None):
        super().__init__(vocab, model, name, scorer=scorer)
        self._decoder: TagDecoder | None = None

    @property
    def decoder(self) -> TagDecoder:
        if self._decoder is None or self._decoder.labels != list(self.labels):
            self._decoder = TagDecoder(self.labels)
        return self._decoder

    @property
    def entity_labels(self) -> list[str]:
        return sorted({tag.partition("-")[2] for tag in self.labels if tag != OUTSIDE})

    def set_annotations(self, docs: Iterable[Doc], batch_tag_ids) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        decoder = self.decoder
        for doc, tag_ids in zip(docs, batch_tag_ids, strict=True):
            if hasattr(tag_ids, "get"):
                tag_ids = tag_ids.get()
            ents = [
                Span(doc, s, e, label=lab) for s, e, lab in decoder.decode(numpy.asarray(tag_ids))
            ]
            doc.set_ents(ents, default="outside")

    def get_loss(self, examples: Iterable[Example], scores):
        validate_examples(examples, "BioEntityTagger.get_loss")
        loss_func = SequenceCategoricalCrossentropy(names=self.labels, normalize=False)
        truths = [[biluo_to_bio(tag) for tag in eg.get_aligned_ner()] for eg in examples]
        d_scores, loss = loss_func(scores, truths)
        if self.model.ops.xp.isnan(loss):
            raise ValueError(f"NaN loss in {self.name}")
        return float(loss), d_scores

    def initialize(self, get_examples, *, nlp=None, labels=None) -> None:
        if labels is None:
            names = set()
            for example in get_examples():
                names.update(ent.label_ for ent in example.reference.ents)
            labels = [OUTSIDE] + [f"{p}-{n}" for n in sorted(names) for p in "BI"]
        for tag in labels:
            self.add_label(tag)
        docs, golds = [], []
        for example in islice(get_examples(), 10):
            docs.append(example.x)
            tags = [biluo_to_bio(t) or OUTSIDE for t in example.get_aligned_ner()]
            golds.append(
                self.model.ops.asarray(
                    [[1.0 if tag == gold else 0.0 for tag in self.labels] for gold in tags],
                    dtype="float32",
                )
            )
        if not docs:
            raise ValueError(f"{self.name}: no training examples to initialize from")
        self.model.initialize(X=docs, Y=golds)


@Language.factory(
    FACTORY,
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={"model": None, "scorer": {"@scorers": "spacy.ner_scorer.v1"}},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_bio_entity_tagger(nlp: Language, name: str, model: Model, scorer: Callable | None):
    return BioEntityTagger(nlp.vocab, model, name, scorer=scorer)
