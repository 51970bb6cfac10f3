"""The record's fields as its readers see them, derived from the models.

Export (io/export.py), the review page (annotate/review.py) and scoring (annotate/scoring.py) walk
the models through this module instead of listing the fields themselves, so a new field of a
model reaches all three. What the models cannot say without changing the record's JSON Schema
(schemas/record-v1.json) is declared here, once: the naming of a few flattened columns
(VALUE_FIELDS) and the fields that scoring compares with gold (SCORED_FIELDS).
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from mjci_extract.record.models import IsoDate, Offset, Span, Venue

# What a scalar field holds: text (str or a Literal), an offset into the text, another integer, an
# ISO date, a flag, or a list of texts.
ScalarKind = Literal["text", "offset", "integer", "date", "flag", "texts"]
# How a field of a model is read: a scalar, a nested model (flattened into its parent), or a list
# of models (rows of a table of their own, items of a section; a list of Span is evidence).
FieldKind = Literal[ScalarKind, "model", "models"]

# A nested model's subfield that is the value itself, so its flattened name is the field's own
# name: a meeting's venue *is* `venue.text` (column `venue`), `venue.country` is `venue_country`.
VALUE_FIELDS: dict[type[BaseModel], str] = {Venue: "text"}


@dataclass(frozen=True)
class ModelField:
    """One field of a model: its name, what it holds, and the model it holds, if any."""

    name: str
    kind: FieldKind
    model: type[BaseModel] | None = None


@dataclass(frozen=True)
class FlatField:
    """A scalar reached from a model through nested models: `name` is the flattened name
    (`<field>_<subfield>`), `path` the attributes to follow, `owner` the top field of the nested
    model it lies in (None: a field of the model itself), `located` whether that nested model
    has offsets of its own (its value can link to where it is in the text)."""

    name: str
    path: tuple[str, ...]
    kind: ScalarKind
    owner: str | None = None
    located: bool = False

    def value(self, item: BaseModel) -> Any:
        """The value in `item`, None when a nested model on the way is absent."""
        value: Any = item
        for attribute in self.path:
            if value is None:
                return None
            value = getattr(value, attribute)
        return value


def _without_none(hint: Any) -> Any:
    if get_origin(hint) in (typing.Union, types.UnionType):
        args = [arg for arg in get_args(hint) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, BaseModel)


def _kind(hint: Any) -> tuple[FieldKind, type[BaseModel] | None]:
    hint = _without_none(hint)
    # Offset and IsoDate are Annotated aliases of int and str: compared before the plain types.
    if hint == Offset:
        return "offset", None
    if hint == IsoDate:
        return "date", None
    if get_origin(hint) is typing.Annotated:
        hint = get_args(hint)[0]
    if hint is bool:
        return "flag", None
    if hint is int:
        return "integer", None
    if hint is str or get_origin(hint) is Literal:
        return "text", None
    if _is_model(hint):
        return "model", hint
    if get_origin(hint) is list:
        (item,) = get_args(hint)
        if _is_model(item):
            return "models", item
        if _kind(item)[0] == "text":
            return "texts", None
    raise TypeError(f"no reader knows a field of type {hint!r}")


@cache
def model_fields(model: type[BaseModel]) -> tuple[ModelField, ...]:
    """The fields of `model` in declaration order (the order of the record's JSON)."""
    hints = typing.get_type_hints(model, include_extras=True)
    return tuple(ModelField(name, *_kind(hints[name])) for name in model.model_fields)


def is_located(model: type[BaseModel]) -> bool:
    """Whether the model is a stretch of the text (it has `start` and `end` offsets)."""
    kinds = {f.name: f.kind for f in model_fields(model)}
    return kinds.get("start") == kinds.get("end") == "offset"


def evidence_field(model: type[BaseModel]) -> str | None:
    """The model's list of evidence spans, if it has one."""
    return next(
        (f.name for f in model_fields(model) if f.kind == "models" and f.model is Span), None
    )


def list_fields(model: type[BaseModel]) -> tuple[ModelField, ...]:
    """The lists of models other than evidence: a Record's meetings, officials, ..."""
    return tuple(f for f in model_fields(model) if f.kind == "models" and f.model is not Span)


def singular(name: str) -> str:
    """One item of a list field: meetings -> meeting, entities -> entity, chairs -> chair."""
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name.removesuffix("s")


def _flat_name(field: str, subfield: str, model: type[BaseModel]) -> str:
    # `date.date` is `date` and `date.end_date` is `end_date`: a subfield already named after
    # its field keeps its name; otherwise `published.text` is `published_text`.
    if VALUE_FIELDS.get(model) == subfield:
        return field
    if field in subfield.split("_"):
        return subfield
    return f"{field}_{subfield}"


def flat_fields(model: type[BaseModel]) -> tuple[FlatField, ...]:
    """The scalars of `model`, nested models flattened in place (their offsets after their other
    fields: first the value, then where it is); lists of models are left out."""
    flat: list[FlatField] = []
    for field in model_fields(model):
        if field.kind == "models":
            continue
        if field.kind != "model":
            flat.append(FlatField(field.name, (field.name,), field.kind))
            continue
        assert field.model is not None
        located = is_located(field.model)
        inner = [
            FlatField(
                _flat_name(field.name, sub.name, field.model),
                (field.name, *sub.path),
                sub.kind,
                field.name,
                located,
            )
            for sub in flat_fields(field.model)
        ]
        flat += [f for f in inner if f.kind != "offset"] + [f for f in inner if f.kind == "offset"]
    return tuple(flat)


# ---------------------------------------------------------------- scoring

# How scoring compares a field's values (see annotate/scoring.py): dates, meeting numbers,
# country codes and person names match exactly; venues and other text softly; a `keyed` value is
# text paired with its item's `name` value (an official's position is scored for that official).
ScoreKind = Literal["date", "number", "country", "name", "venue", "text", "keyed"]


@dataclass(frozen=True)
class ScoredField:
    """One field of ../shared/tools/score_records.py: where its values lie in a record (and in a
    gold record, which has the record's shape with plain values) and how they are compared.

    `items`: the Record list whose items hold the value (None: the record itself); `paths`: keys
    to follow in each item, the first giving a value wins (later ones are fallbacks; an empty path
    is the item itself)."""

    name: str
    items: str | None
    paths: tuple[tuple[str, ...], ...]
    kind: ScoreKind


SCORED_FIELDS: tuple[ScoredField, ...] = (
    ScoredField("published", None, (("published",),), "date"),
    ScoredField("meeting_number", "meetings", (("number",),), "number"),
    # gold meetings may give a range's first day as `date_start`
    ScoredField("meeting_date", "meetings", (("date",), ("date_start",)), "date"),
    ScoredField("venue", "meetings", (("venue",),), "venue"),
    ScoredField("country", "meetings", (("country",), ("venue", "country")), "country"),
    ScoredField("official_name", "officials", (("name",),), "name"),
    ScoredField("official_position", "officials", (("position",),), "keyed"),
    ScoredField("project", "projects", ((),), "text"),
)
