"""The record contract (../shared/spec/records.md), as Pydantic models.

These models are the documentation of the output: every line that `mjci-extract extract` writes is
a `Record` validated by them, and `mjci-extract schema` prints their JSON Schema. Offsets are
Unicode code-point offsets into the decoded input text exactly as read.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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
ALL_LABELS = NER_LABELS + PROJECT_LABELS

IsoDate = str  # "YYYY-MM-DD"; validated by pattern below
ISO_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the original text: `text == original[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self


class Source(_Model):
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    encoding: str = "utf-8"


class DateValue(_Model):
    """A date as written in the text, with its ISO value."""

    date: str | None = Field(default=None, pattern=ISO_DATE_PATTERN)
    end_date: str | None = Field(default=None, pattern=ISO_DATE_PATTERN)
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class PublishedDate(_Model):
    date: str = Field(pattern=ISO_DATE_PATTERN)
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Venue(_Model):
    text: str
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    online: bool = False


class Meeting(_Model):
    name: str | None = None
    name_en: str | None = None
    number: int | None = None
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


class Entity(_Model):
    label: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
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
