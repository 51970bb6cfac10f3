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
    """Maps tag ids to (kind, label) once, then decodes a document's tag scores into token spans.

    Decoding is Viterbi under BIO constraints (I-X only after B-X or I-X): worth about 3 points of
    entity F1 over a plain argmax on ThaiNER val, because the argmax breaks long organisation
    names into pieces. To stay cheap it runs only over stretches of tokens that are not almost
    surely "O"; a sure-O token is a fixed point of any BIO path, so the stretches are independent.
    """

    # log P(O) above this fixes a token to O (P(O) > 0.99).
    SURE_OUTSIDE = float(numpy.log(0.99))

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
        begin_of = {self.entity[i]: i for i in range(len(labels)) if self.kind[i] == 1}
        self._inside = numpy.array(
            [i for i in range(len(labels)) if self.kind[i] == 2 and self.entity[i] in begin_of],
            dtype="int64",
        )
        self._inside_begin = numpy.array(
            [begin_of[self.entity[i]] for i in self._inside], dtype="int64"
        )
        # Tags that can open a stretch: anything but I-X.
        self._can_start = numpy.where(self.kind == 2, -numpy.inf, 0.0)

    def decode(self, tag_ids: numpy.ndarray) -> list[tuple[int, int, str]]:
        """Token spans [start, end) with labels from a tag id sequence. An I-X that does not
        continue an X entity starts one (a stray I-X is more often a missed B-X than noise)."""
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

    def best_tags(self, scores: numpy.ndarray) -> numpy.ndarray:
        """The best BIO-valid tag sequence for one document's (tokens x tags) scores (logits or
        probabilities' logs; they are normalised here)."""
        scores = numpy.asarray(scores, dtype="float32")
        tags = scores.argmax(axis=1)
        if self.outside_id < 0 or not len(scores) or not len(self._inside):
            return tags
        # log-softmax by the max trick (numpy's logaddexp.reduce is several times slower).
        peak = scores.max(axis=1, keepdims=True)
        log_probs = scores - (peak + numpy.log(numpy.exp(scores - peak).sum(axis=1, keepdims=True)))
        uncertain = log_probs[:, self.outside_id] < self.SURE_OUTSIDE
        if not uncertain.any():
            return tags
        # Stretches of consecutive uncertain tokens: [start, end) pairs.
        edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], uncertain.view("int8"), [0]))))
        for start, end in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
            if end - start == 1:  # one token after a sure O: anything but I-X
                tags[start] = int((log_probs[start] + self._can_start).argmax())
            else:
                tags[start:end] = self._viterbi(log_probs[start:end])
        return tags

    def _viterbi(self, log_probs: numpy.ndarray) -> numpy.ndarray:
        n, width = log_probs.shape
        inside, inside_begin = self._inside, self._inside_begin
        back = numpy.empty((n, width), dtype="int64")
        delta = log_probs[0] + self._can_start
        for t in range(1, n):
            best = int(delta.argmax())
            # B-X and O may follow anything; I-X only B-X or I-X.
            step = numpy.full(width, delta[best], dtype="float32")
            back[t] = best
            from_begin = delta[inside_begin] >= delta[inside]
            step[inside] = numpy.where(from_begin, delta[inside_begin], delta[inside])
            back[t, inside] = numpy.where(from_begin, inside_begin, inside)
            delta = step + log_probs[t]
        path = numpy.empty(n, dtype="int64")
        path[-1] = int(delta.argmax())
        for t in range(n - 1, 0, -1):
            path[t - 1] = back[t, path[t]]
        return path

    def decode_scores(self, scores: numpy.ndarray) -> list[tuple[int, int, str]]:
        return self.decode(self.best_tags(scores))


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

    def predict(self, docs: Iterable[Doc]) -> list:
        """Per-document tag scores; `set_annotations` decodes them (Viterbi, see TagDecoder)."""
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [self.model.ops.alloc2f(0, len(self.labels)) for _ in docs]
        return list(self.model.predict(docs))

    def set_annotations(self, docs: Iterable[Doc], batch_scores) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        decoder = self.decoder
        for doc, scores in zip(docs, batch_scores, strict=True):
            if hasattr(scores, "get"):
                scores = scores.get()
            spans = decoder.decode_scores(numpy.asarray(scores)) if len(doc) else []
            ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
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
