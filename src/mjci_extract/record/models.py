"""The record contract (../shared/spec/records.md), as Pydantic models.

These models are the documentation of the output: every line that `mjci-extract extract` writes is
a `Record` validated by them, and `mjci-extract schema` prints their JSON Schema. Offsets are
Unicode code-point offsets into the decoded input text exactly as read.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"

NER_LABELS = (
    "PERSON",
    "ORGANIZATION",
    "LOCATION",
    "DATE",
    "TIME",
    "FACILITY",
    "MONEY",
    "PERCENT",
    "LAW",
    "LEN",
    "PHONE",
    "URL",
    "EMAIL",
    "ZIP",
    "AGO",
)
PROJECT_LABELS = ("POSITION", "MEETING", "PROJECT", "HONORIFIC")
# The labels our span annotations mark (annotations/spans.jsonl, annotations/thaigov-spans.jsonl;
# tools/build_corpus.py writes them in this order): predictions of other labels are not errors there.
ANNOTATED_LABELS = (
    "PERSON",
    "ORGANIZATION",
    "LOCATION",
    "FACILITY",
    "DATE",
    "TIME",
    "POSITION",
    "MEETING",
    "PROJECT",
)
ALL_LABELS = NER_LABELS + PROJECT_LABELS

# An entity's label: ThaiNER's labels (what the NER model is trained on) and ours (what the rules
# and the annotations add).
Label = Literal[ALL_LABELS]  # type: ignore[valid-type]

ISO_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
# The largest offset (and meeting number) a record holds: the 32-bit integer columns of
# `mjci-extract export` hold every value up to it, and no text the reader accepts is longer.
MAX_OFFSET = 2**31 - 1


def _calendar_date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a real calendar date") from None
    return value


IsoDate = Annotated[str, Field(pattern=ISO_DATE_PATTERN), AfterValidator(_calendar_date)]
Offset = Annotated[int, Field(ge=0, le=MAX_OFFSET)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Ordered(_Model):
    """A model with `start` and `end` offsets; `end` is never before `start`."""

    @model_validator(mode="after")
    def _ordered(self):
        if self.end < self.start:  # type: ignore[attr-defined]
            raise ValueError(f"end {self.end} is before start {self.start}")  # type: ignore[attr-defined]
        return self


class Span(_Ordered):
    """A stretch of the original text: `text == original[start:end]`."""

    start: Offset
    end: Offset
    text: str


class Source(_Model):
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    encoding: str = "utf-8"


class DateValue(_Ordered):
    """A date as written in the text, with its ISO value."""

    date: IsoDate | None = None
    end_date: IsoDate | None = None
    text: str
    start: Offset
    end: Offset


class PublishedDate(_Ordered):
    date: IsoDate
    text: str
    start: Offset
    end: Offset


class Venue(_Ordered):
    text: str
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    start: Offset
    end: Offset
    online: bool = False


class Meeting(_Model):
    name: str | None = None
    name_en: str | None = None
    number: int | None = Field(default=None, ge=0, le=MAX_OFFSET)
    date: DateValue | None = None
    venue: Venue | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    chairs: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


Role = Literal["chair", "co-chair", "participant"]


class Official(_Model):
    name: str
    honorific: str | None = None
    name_en: str | None = None
    position: str | None = None
    organization: str | None = None
    role: Role = "participant"
    evidence: list[Span] = Field(default_factory=list)


class Project(_Model):
    title: str
    evidence: list[Span] = Field(default_factory=list)


class Entity(_Ordered):
    label: Label
    text: str
    start: Offset
    end: Offset
    source: Literal["model", "rule"]


class Record(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str
    source: Source
    title: str | None = None
    published: PublishedDate | None = None
    meetings: list[Meeting] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ErrorLine(_Model):
    """One line of the errors file: an input that gave no record, and why."""

    path: str
    sha256: str | None = None
    reason: str
    doc_id: str | None = None
    line: int | None = None
