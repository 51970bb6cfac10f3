"""Entity-exact evaluation: a predicted span counts only if start, end and label all match gold.

Gold comes from a ThaiNER inline-tag file or an annotations JSONL file; the backend sees only the
plain text, exactly as extraction would.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel

from mjci_extract.ner.base import EntitySpan, NerBackend
from mjci_extract.ner.convert import ConversionIssue, read_examples, without_person_titles

Span = tuple[int, int, str]


class LabelScore(BaseModel):
    label: str
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float
    recall: float
    f1: float

    @property
    def support(self) -> int:
        return self.true_positives + self.false_negatives


class EvaluationReport(BaseModel):
    """Per-label and micro-averaged (pooled counts) entity-exact scores."""

    examples: int
    per_label: list[LabelScore]
    micro: LabelScore
    skipped: list[str] = []

    def restricted_to(self, labels: Iterable[str]) -> EvaluationReport:
        keep = set(labels)
        rows = [row for row in self.per_label if row.label in keep]
        return EvaluationReport(
            examples=self.examples, per_label=rows, micro=_micro(rows), skipped=self.skipped
        )

    def table(self) -> str:
        lines = [f"{'label':<14}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
        for row in [*self.per_label, self.micro]:
            lines.append(
                f"{row.label:<14}{row.precision:>8.4f}{row.recall:>8.4f}{row.f1:>8.4f}"
                f"{row.support:>7}{row.true_positives + row.false_positives:>7}"
            )
        return "\n".join(lines)


def _score(label: str, tp: int, fp: int, fn: int) -> LabelScore:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScore(
        label=label,
        true_positives=tp,
        false_positives=fp,
        false_negatives=fn,
        precision=precision,
        recall=recall,
        f1=f1,
    )


def _micro(rows: Sequence[LabelScore]) -> LabelScore:
    return _score(
        "micro",
        sum(r.true_positives for r in rows),
        sum(r.false_positives for r in rows),
        sum(r.false_negatives for r in rows),
    )


def score_spans(
    gold: Sequence[Iterable[Span]],
    predicted: Sequence[Iterable[Span]],
    labels: Iterable[str] | None = None,
) -> EvaluationReport:
    """Score predicted spans against gold, document by document.

    labels limits scoring to those labels (spans with other labels are ignored on both sides);
    None scores every label that occurs in gold or predictions.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold documents but {len(predicted)} predictions")
    keep = None if labels is None else set(labels)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        gold_set = {tuple(s) for s in gold_spans if keep is None or s[2] in keep}
        predicted_set = {tuple(s) for s in predicted_spans if keep is None or s[2] in keep}
        for span in gold_set & predicted_set:
            tp[span[2]] += 1
        for span in predicted_set - gold_set:
            fp[span[2]] += 1
        for span in gold_set - predicted_set:
            fn[span[2]] += 1
    names = sorted(keep if keep is not None else set(tp) | set(fp) | set(fn))
    rows = [_score(name, tp[name], fp[name], fn[name]) for name in names]
    return EvaluationReport(examples=len(gold), per_label=rows, micro=_micro(rows))


def evaluate_file(
    path: str | Path,
    backend: NerBackend,
    labels: Iterable[str] | None = None,
    strip_person_titles: Iterable[str] | None = None,
) -> EvaluationReport:
    """Run `backend` over the plain texts of a gold file and score it (see `score_spans`).

    strip_person_titles: score only the examples with a titled PERSON, with the titles cut from
    text and gold alike: how well the model finds names written without "นาย", "นาง", ...
    """
    read = read_examples(path)
    examples = read.examples
    if strip_person_titles is not None:
        titles = list(strip_person_titles)
        stripped = (without_person_titles(ex, titles) for ex in examples)
        examples = [ex for ex in stripped if ex is not None]
    gold = [[(s.start, s.end, s.label) for s in ex.spans] for ex in examples]
    predicted = [
        [_as_tuple(span) for span in spans] for spans in backend.pipe(ex.text for ex in examples)
    ]
    report = score_spans(gold, predicted, labels)
    report.skipped = [str(issue) for issue in read.issues]
    return report


def _as_tuple(span: EntitySpan) -> Span:
    return (span.start, span.end, span.label)


__all__ = [
    "ConversionIssue",
    "EvaluationReport",
    "LabelScore",
    "evaluate_file",
    "score_spans",
]
