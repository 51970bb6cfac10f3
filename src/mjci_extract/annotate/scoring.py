"""Field-level scoring of records against gold records.

`score_records` gives exactly the numbers of ../shared/tools/score_records.py (the project's
yardstick): records are matched to gold documents by `source.sha256`; each field's values are
normalised (NFC, Thai digits, no whitespace; titles stripped from names; ณ/ที่ from venues) and
matched one-to-one, exactly for keys and dates, softly (containment >= 0.6 or similarity >= 0.8)
for free text; precision, recall and F1 per field, rounded to 3 places, and their macro mean.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mjci_extract.lexicon.thai import THAI_TO_ASCII_DIGITS
from mjci_extract.record.fields import SCORED_FIELDS, ScoredField

# The scored fields, and the kind of value each holds, are declared beside the models
# (record/fields.py, SCORED_FIELDS); this module knows how each kind is normalised and matched.
# Kinds of values that are keys: they match only when equal after normalisation.
EXACT_KINDS = frozenset({"date", "number", "country", "name"})

# Whitespace plus the invisible joiners and no-break space that Thai web text is full of.
_INVISIBLE_OR_SPACE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00a0]+")
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")

# Honorifics, academic titles and ranks: not part of a person's name (../shared/spec/gold.md).
# The scorer's own list, copied from ../shared/tools/score_records.py, not the gazetteer's title
# lists: those hold more titles (and grow), and stripping more than the yardstick would change
# the scores.
_NAME_PREFIXES_AS_WRITTEN = """
นาย นางสาว นาง น.ส. ดร. ศ. รศ. ผศ. ศาสตราจารย์พิเศษ ศาสตราจารย์ รองศาสตราจารย์
ผู้ช่วยศาสตราจารย์ ศ.พิเศษ ศ.(พิเศษ) พลเอก พลโท พลตรี พันเอก พันโท พันตรี ร้อยเอก ร้อยโท ร้อยตรี
พล.อ. พล.ท. พล.ต. พ.อ. พ.ท. พ.ต. ร.อ. ร.ท. ร.ต. พลตำรวจเอก พลตำรวจโท พลตำรวจตรี พล.ต.อ. พล.ต.ท.
พล.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต. ร.ต.อ. ร.ต.ท. ร.ต.ต. พลอากาศเอก พลอากาศโท พลอากาศตรี พล.อ.อ. พล.อ.ท.
พล.อ.ต. พลเรือเอก พลเรือโท พลเรือตรี พล.ร.อ. พล.ร.ท. พล.ร.ต. ว่าที่ร้อยตรี ว่าที่ร.ต. Mr. Mrs. Ms. Dr. H.E.
Prof. คุณ
""".split()  # noqa: SIM905 - a word list reads better as text


def normalise(value: object) -> str:
    """NFC, Thai digits to ASCII, all whitespace and zero-width characters removed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).translate(THAI_TO_ASCII_DIGITS)
    return _INVISIBLE_OR_SPACE.sub("", text)


# Longest first, so "นางสาว" is removed whole rather than as "นาง" + "สาว".
_NAME_PREFIXES = tuple(
    normalise(p) for p in sorted(_NAME_PREFIXES_AS_WRITTEN, key=len, reverse=True)
)


def normalise_name(value: object) -> str:
    """A person's name without any leading honorifics, titles or ranks (repeatedly)."""
    name = normalise(value)
    stripped = True
    while stripped:
        stripped = False
        for prefix in _NAME_PREFIXES:
            if name.startswith(prefix) and len(name) > len(prefix):
                name, stripped = name[len(prefix) :], True
    return name


def normalise_venue(value: object) -> str:
    venue = normalise(value)
    for preposition in ("ณ", "ที่"):
        if venue.startswith(preposition) and len(venue) > len(preposition):
            venue = venue[len(preposition) :]
    return venue


def similar(a: str, b: str) -> bool:
    """Soft match for free text: one contains most of the other, or they are 80% alike."""
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if shorter in longer and len(shorter) / len(longer) >= 0.6:
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def _text_of(value: object, *keys: str) -> Any:
    """A value given either plainly or as an object holding it under the first non-empty key."""
    if isinstance(value, dict):
        for key in keys:
            if value.get(key) not in (None, ""):
                return value[key]
        return None
    return value


def _iso_date(value: object) -> str | None:
    value = _text_of(value, "date", "value", "iso", "start")
    if isinstance(value, str) and _ISO_PREFIX.match(value):
        return value[:10]
    return None


FieldValues = dict[str, list[Any]]


def _number(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _text(keys: tuple[str, ...], normaliser: Callable[[object], str]) -> Callable[[object], Any]:
    def read(value: object) -> Any:
        text = _text_of(value, *keys)
        return normaliser(text) if text else None

    return read


def _country(value: object) -> str | None:
    country = _text_of(value, "code", "iso", "alpha2")
    return str(country).upper() if country else None


# The normalised value of each kind (None: no value), from a plain value or an object holding it.
_READ: dict[str, Callable[[object], Any]] = {
    "date": _iso_date,
    "number": _number,
    "country": _country,
    "name": _text(("text", "th"), normalise_name),
    "venue": _text(("text", "name"), normalise_venue),
    "text": _text(("title", "name", "text"), normalise),
    "keyed": _text(("text", "th"), normalise),
}


def _lookup(item: object, path: tuple[str, ...]) -> object:
    for key in path:
        item = item.get(key) if isinstance(item, Mapping) else None
    return item


def _read(item: object, scored: ScoredField) -> Any:
    """The first value the field's paths give in `item`, normalised."""
    for path in scored.paths:
        value = _READ[scored.kind](_lookup(item, path))
        if value is not None:
            return value
    return None


def field_values(
    record: Mapping[str, Any], scored_fields: Sequence[ScoredField] = SCORED_FIELDS
) -> FieldValues:
    """The normalised values of every scored field in one record, or one gold record (which has
    the record's shape for the scored fields, with plain values)."""
    values: FieldValues = {f.name: [] for f in scored_fields}
    lists = dict.fromkeys(f.items for f in scored_fields)
    for items_name in lists:
        scored = [f for f in scored_fields if f.items == items_name]
        items = [record] if items_name is None else record.get(items_name) or []
        # In a list with a person's name, the same person twice counts once, and a `keyed`
        # value (an official's position) is scored paired with that name.
        key_field = next((f for f in scored if f.kind == "name"), None)
        keys: set[Any] = set()
        for item in items:
            key = None
            if key_field is not None:
                key = _read(item, key_field)
                if not key or key in keys:
                    continue
                keys.add(key)
            for f in scored:
                value = _read(item, f)
                if value is not None:
                    values[f.name].append((key, value) if f.kind == "keyed" else value)
    return values


def true_positives(scored: ScoredField, gold: Sequence[Any], predicted: Sequence[Any]) -> int:
    """Greedy one-to-one matching in gold order; each prediction is used at most once."""
    unused = list(predicted)
    matched = 0
    for gold_value in gold:
        for i, candidate in enumerate(unused):
            if scored.kind in EXACT_KINDS:
                hit = candidate == gold_value
            elif scored.kind == "keyed":
                hit = candidate[0] == gold_value[0] and similar(gold_value[1], candidate[1])
            else:
                hit = similar(gold_value, candidate)
            if hit:
                del unused[i]
                matched += 1
                break
    return matched


@dataclass
class FieldScore:
    p: float
    r: float
    f1: float
    gold: int


@dataclass
class FieldMiss:
    doc_id: str
    field: str
    gold: list[Any]
    predicted: list[Any]


@dataclass
class RecordScores:
    fields: dict[str, FieldScore]
    macro_f1: float
    missing: list[str] = field(default_factory=list)
    errors: list[FieldMiss] = field(default_factory=list)
    documents: int = 0

    def as_json(self) -> dict[str, Any]:
        """The same object as `score_records.py --json` prints."""
        return {
            "fields": {
                name: {"p": s.p, "r": s.r, "f1": s.f1, "gold": s.gold}
                for name, s in self.fields.items()
            },
            "macro_f1": self.macro_f1,
            "missing": list(self.missing),
        }

    def table(self, show_errors: bool = False) -> str:
        lines = [
            f"{name:18s} P {s.p:.3f}  R {s.r:.3f}  F1 {s.f1:.3f}  (gold {s.gold})"
            for name, s in self.fields.items()
        ]
        if self.missing:
            lines.append(f"documents with no record: {len(self.missing)} of {self.documents}")
        if show_errors:
            lines += [
                f"  {e.doc_id} {e.field}: gold={e.gold} pred={e.predicted}" for e in self.errors
            ]
        lines.append(f"macro F1 {self.macro_f1}")
        return "\n".join(lines)


def _precision_recall_f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    # Nothing to find and nothing found is perfect; finding something where nothing is, is not.
    precision = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class GoldDocument:
    id: str
    sha256: str
    record: dict[str, Any]
    path: str | None = None


def read_gold_dir(gold_dir: Path) -> list[GoldDocument]:
    """index.json ([{"id", "sha256", "path"}]) and one `<id>.json` gold record per entry."""
    gold_dir = Path(gold_dir)
    index_path = gold_dir / "index.json"
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{index_path}: cannot read the gold index: {error}") from error
    documents = []
    for position, entry in enumerate(index):
        if not isinstance(entry, dict) or not {"id", "sha256"} <= set(entry):
            raise ValueError(f"{index_path}: entry [{position}] needs 'id' and 'sha256'")
        gold_path = gold_dir / f"{entry['id']}.json"
        try:
            record = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ValueError(f"{gold_path}: cannot read the gold record: {error}") from error
        documents.append(
            GoldDocument(
                id=str(entry["id"]), sha256=entry["sha256"], record=record, path=entry.get("path")
            )
        )
    return documents


def score_records(
    records: Iterable[Mapping[str, Any]],
    gold_dir: Path,
    scored_fields: Sequence[ScoredField] = SCORED_FIELDS,
) -> RecordScores:
    """Score records (dicts in the record contract's shape) against a gold folder."""
    gold_documents = read_gold_dir(gold_dir)
    by_sha: dict[str, Mapping[str, Any]] = {}
    for record in records:
        sha = (record.get("source") or {}).get("sha256")
        if sha:
            by_sha[sha] = record  # a later record for the same input wins
    counts = {f.name: [0, 0, 0] for f in scored_fields}  # true positives, predicted, gold
    missing: list[str] = []
    errors: list[FieldMiss] = []
    for gold_doc in gold_documents:
        record = by_sha.get(gold_doc.sha256)
        if record is None:
            missing.append(gold_doc.id)
            record = {}
        expected = field_values(gold_doc.record, scored_fields)
        found = field_values(record, scored_fields)
        for scored in scored_fields:
            name = scored.name
            tp = true_positives(scored, expected[name], found[name])
            counts[name][0] += tp
            counts[name][1] += len(found[name])
            counts[name][2] += len(expected[name])
            if tp < max(len(expected[name]), len(found[name])):
                errors.append(FieldMiss(gold_doc.id, name, expected[name], found[name]))
    scores: dict[str, FieldScore] = {}
    for name, (tp, n_pred, n_gold) in counts.items():
        precision, recall, f1 = _precision_recall_f1(tp, n_pred, n_gold)
        scores[name] = FieldScore(
            p=round(precision, 3), r=round(recall, 3), f1=round(f1, 3), gold=n_gold
        )
    macro = round(sum(s.f1 for s in scores.values()) / len(scores), 3)
    return RecordScores(
        fields=scores,
        macro_f1=macro,
        missing=missing,
        errors=errors,
        documents=len(gold_documents),
    )


def read_records(path: Path) -> list[dict[str, Any]]:
    """A records JSONL file; a bad line is an error naming the file and line."""
    from mjci_extract.io.jsonl import BLANK, iter_json_lines, open_input

    records = []
    with open_input(str(path)) as handle:
        for line in iter_json_lines(handle):
            if line.problem == BLANK:
                continue
            if line.problem is not None:
                raise ValueError(f"{path}:{line.number}: {line.problem}")
            records.append(line.value)
    return records
