"""Export records JSONL into normalised tables: a DuckDB database or a folder of Parquet files.

Tables and their keys (ordinal ids are 0-based positions in the record's JSON arrays, so
`meetings[2]` of a record is the row with `meeting_id = 2`):

- documents       (doc_id)                                   one row per record
- meetings        (doc_id, meeting_id)                       -> documents
- meeting_chairs  (doc_id, meeting_id, chair_id)             -> meetings; official_id links the
                                                                chair to officials when a named
                                                                official of the same document matches
- officials       (doc_id, official_id)                      -> documents
- projects        (doc_id, project_id)                       -> documents
- entities        (doc_id, entity_id)                        -> documents
- evidence        (doc_id, owner, owner_id, evidence_id)     owner is 'meeting' | 'official' |
                                                                'project'; owner_id is that row's id

The columns come from the models (record/fields.py): a nested model is flattened into its
parent's row (`source_path`, `venue_country`), a list of models is a table of its own with a
`<item>_count` column in its parent's row, and evidence spans are rows of `evidence`.

DuckDB output (`--to out.duckdb`) declares these primary and foreign keys. Parquet output
(`--to out.parquet`) is a directory `out.parquet/` holding `<table>.parquet` for every table, with
the same columns, which any warehouse can load.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from mjci_extract.io.jsonl import DECOMPRESSION_ERRORS
from mjci_extract.io.validate import iter_records, open_records
from mjci_extract.record.fields import (
    FlatField,
    evidence_field,
    flat_fields,
    list_fields,
    model_fields,
    singular,
)
from mjci_extract.record.models import Record, Span


class ExportError(Exception):
    """Input that cannot be exported; the message names the file and line."""


@dataclass(frozen=True)
class Table:
    name: str
    schema: pa.Schema
    primary_key: tuple[str, ...]
    # (columns, referenced table, referenced columns)
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()
    description: str = ""


def _doc_fk() -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
    return ((("doc_id",), "documents", ("doc_id",)),)


# The column type of each kind of scalar (record/fields.py); offsets fit 32 bits (MAX_OFFSET).
_ARROW_TYPES: dict[str, pa.DataType] = {
    "text": pa.string(),
    "offset": pa.int32(),
    "integer": pa.int64(),
    "date": pa.date32(),
    "flag": pa.bool_(),
    "texts": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class _Column:
    """A column and how to read its cell from an item; `where` names the item in errors."""

    name: str
    type: pa.DataType
    read: Callable[[Any, str], Any]


def _scalar(flat: FlatField) -> _Column:
    def read(item: Any, where: str) -> Any:
        value = flat.value(item)
        if flat.kind == "date":
            return _iso_date(value, ".".join((where, *flat.path)).lstrip("."))
        return list(value) if flat.kind == "texts" else value

    return _Column(flat.name, _ARROW_TYPES[flat.kind], read)


def _count(field: str) -> _Column:
    return _Column(
        f"{singular(field)}_count", pa.int32(), lambda item, _where: len(getattr(item, field))
    )


def _columns(model: type[BaseModel], root: bool) -> tuple[_Column, ...]:
    """The model's columns in field order: scalars, nested models flattened, and a count for each
    list (lists of texts stay list columns of documents); evidence goes to its own table."""
    flat = flat_fields(model)
    columns: list[_Column] = []
    for field in model_fields(model):
        if field.kind == "models":
            if field.model is not Span:
                columns.append(_count(field.name))
        elif field.kind == "texts" and not root:
            columns.append(_count(field.name))  # the texts are rows of a table of their own
        else:
            columns += [_scalar(f) for f in flat if f.path[0] == field.name]
    return tuple(columns)


@dataclass(frozen=True)
class _ChildTable:
    """The table of one list field of the record: a row per item, keyed by doc_id and ordinal."""

    field: str
    owner: str  # the singular: `meeting` for meetings; ids are `<owner>_id`
    columns: tuple[_Column, ...]
    evidence: str | None


@dataclass(frozen=True)
class _Layout:
    tables: tuple[Table, ...]
    documents: tuple[_Column, ...]
    children: tuple[_ChildTable, ...]


def _schema(keys: list[tuple[str, pa.DataType]], columns: Iterable[_Column]) -> pa.Schema:
    return pa.schema(keys + [(c.name, c.type) for c in columns])


# Meeting chairs are names that link to the officials of the same document: a relation the models
# do not declare, so this one table is written out here.
_MEETING_CHAIRS = Table(
    "meeting_chairs",
    pa.schema(
        [
            ("doc_id", pa.string()),
            ("meeting_id", pa.int32()),
            ("chair_id", pa.int32()),
            ("name", pa.string()),
            ("official_id", pa.int32()),
        ]
    ),
    ("doc_id", "meeting_id", "chair_id"),
    ((("doc_id", "meeting_id"), "meetings", ("doc_id", "meeting_id")),),
)


@cache
def _layout(model: type[Record]) -> _Layout:
    documents = tuple(
        sorted(_columns(model, root=True), key=lambda c: c.name != "doc_id")  # doc_id first
    )
    tables = [
        Table(
            "documents",
            _schema([], documents),
            ("doc_id",),
            description="one row per record",
        )
    ]
    children = []
    for field in list_fields(model):
        assert field.model is not None
        owner = singular(field.name)
        child = _ChildTable(
            field.name, owner, _columns(field.model, root=False), evidence_field(field.model)
        )
        children.append(child)
        key = f"{owner}_id"
        tables.append(
            Table(
                field.name,
                _schema([("doc_id", pa.string()), (key, pa.int32())], child.columns),
                ("doc_id", key),
                _doc_fk(),
            )
        )
        if field.name == "meetings":
            tables.append(_MEETING_CHAIRS)
    evidence_keys = [
        ("doc_id", pa.string()),
        ("owner", pa.string()),
        ("owner_id", pa.int32()),
        ("evidence_id", pa.int32()),
    ]
    tables.append(
        Table(
            "evidence",
            _schema(evidence_keys, _EVIDENCE_COLUMNS),
            ("doc_id", "owner", "owner_id", "evidence_id"),
            _doc_fk(),
        )
    )
    return _Layout(tuple(tables), documents, tuple(children))


_EVIDENCE_COLUMNS = tuple(_scalar(f) for f in flat_fields(Span))


def tables_for(model: type[Record] = Record) -> tuple[Table, ...]:
    """The tables that records of `model` (Record, or a subclass with more fields) export to."""
    return _layout(model).tables


TABLES: tuple[Table, ...] = tables_for(Record)
TABLE_NAMES = tuple(table.name for table in TABLES)


def _iso_date(value: str | None, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where} {value!r} is not a real calendar date") from None


def _row(columns: Iterable[_Column], item: Any, where: str, **keys: Any) -> dict[str, Any]:
    return {**keys, **{c.name: c.read(item, where) for c in columns}}


def record_rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    """The rows one record contributes to each table. Raises ValueError on impossible dates."""
    layout = _layout(type(record))
    doc = record.doc_id
    rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in layout.tables}
    rows["documents"].append(_row(layout.documents, record, ""))
    for child in layout.children:
        for index, item in enumerate(getattr(record, child.field)):
            keys = {"doc_id": doc, f"{child.owner}_id": index}
            rows[child.field].append(_row(child.columns, item, f"{child.field}[{index}]", **keys))
            for evidence_id, span in enumerate(getattr(item, child.evidence or "", None) or []):
                evidence_keys = {
                    "doc_id": doc,
                    "owner": child.owner,
                    "owner_id": index,
                    "evidence_id": evidence_id,
                }
                rows["evidence"].append(_row(_EVIDENCE_COLUMNS, span, "", **evidence_keys))
    # A chair is linked to the first official of the same document with exactly that name.
    official_by_name: dict[str, int] = {}
    for official_id, official in enumerate(record.officials):
        official_by_name.setdefault(official.name, official_id)
    for meeting_id, meeting in enumerate(record.meetings):
        for chair_id, name in enumerate(meeting.chairs):
            rows["meeting_chairs"].append(
                {
                    "doc_id": doc,
                    "meeting_id": meeting_id,
                    "chair_id": chair_id,
                    "name": name,
                    "official_id": official_by_name.get(name),
                }
            )
    return rows


def build_tables(records: Iterable[Record], model: type[Record] = Record) -> dict[str, pa.Table]:
    """Arrow tables (with the declared schemas, also when empty) for a set of valid records of
    `model` (Record, or a subclass with more fields)."""
    return _tables((record_rows(record) for record in records), tables_for(model))


# Rows are turned into Arrow every this many records, so that a whole archive (60,000 records,
# 1.4 million entity rows) is held as compact columns rather than as Python dicts.
_ROWS_PER_CHUNK = 2000


def _tables(
    per_record: Iterable[dict[str, list[dict[str, Any]]]], tables: tuple[Table, ...] = TABLES
) -> dict[str, pa.Table]:
    chunks: dict[str, list[pa.Table]] = {table.name: [] for table in tables}
    collected: dict[str, list[dict[str, Any]]] = {table.name: [] for table in tables}

    def flush() -> None:
        for table in tables:
            if collected[table.name] or not chunks[table.name]:
                chunks[table.name].append(
                    pa.Table.from_pylist(collected[table.name], schema=table.schema)
                )
                collected[table.name] = []

    for count, rows in enumerate(per_record, 1):
        for name, table_rows in rows.items():
            collected[name] += table_rows
        if count % _ROWS_PER_CHUNK == 0:
            flush()
    flush()
    return {name: pa.concat_tables(parts).combine_chunks() for name, parts in chunks.items()}


def load_tables(path: Path) -> dict[str, pa.Table]:
    """The tables of a records JSONL file, or ExportError listing each bad line (none skipped)."""
    problems: list[str] = []

    def rows() -> Iterator[dict[str, list[dict[str, Any]]]]:
        with open_records(path) as lines:
            for number, record, problem in iter_records(lines):
                if problem is not None:
                    problems.append(f"{path}:{number}: {problem.reason}")
                    continue
                assert record is not None
                try:
                    yield record_rows(record)
                except ValueError as exc:  # an impossible date such as 2024-02-30
                    problems.append(f"{path}:{number}: {exc}")

    try:
        tables = _tables(rows())
    except DECOMPRESSION_ERRORS as exc:  # OSError and a damaged .gz/.xz/.zst
        raise ExportError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    if problems:
        shown = problems[:20]
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise ExportError(
            f"{len(problems)} invalid line(s), nothing exported:\n" + "\n".join(shown) + more
        )
    return tables


_DUCKDB_TYPES = {
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.date32(): "DATE",
    pa.bool_(): "BOOLEAN",
    pa.list_(pa.string()): "VARCHAR[]",
}


def duckdb_ddl(table: Table) -> str:
    """CREATE TABLE with primary and foreign keys, so the joins are documented in the database."""

    def quote(name: str) -> str:
        return f'"{name}"'

    parts = [f"{quote(f.name)} {_DUCKDB_TYPES[f.type]}" for f in table.schema]
    parts.append(f"PRIMARY KEY ({', '.join(map(quote, table.primary_key))})")
    for columns, target, target_columns in table.foreign_keys:
        parts.append(
            f"FOREIGN KEY ({', '.join(map(quote, columns))}) "
            f"REFERENCES {target} ({', '.join(map(quote, target_columns))})"
        )
    return f"CREATE TABLE {table.name} (\n  " + ",\n  ".join(parts) + "\n)"


def write_duckdb(tables: dict[str, pa.Table], target: Path) -> None:
    import duckdb

    with duckdb.connect(str(target)) as con:
        # Tables are created in TABLES order, which puts every referenced table first.
        for table in TABLES:
            con.execute(duckdb_ddl(table))
            arrow = tables[table.name]  # noqa: F841 (read by DuckDB's replacement scan)
            con.execute(f"INSERT INTO {table.name} SELECT * FROM arrow")


def write_parquet(tables: dict[str, pa.Table], target: Path) -> None:
    target.mkdir(parents=True)
    for name, table in tables.items():
        pq.write_table(table, target / f"{name}.parquet")


def output_format(target: Path, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in ("duckdb", "parquet"):
            raise ExportError(f"unknown format {fmt!r}: use duckdb or parquet")
        return fmt
    suffix = target.suffix.lower()
    if suffix in (".duckdb", ".db", ".ddb"):
        return "duckdb"
    if suffix == ".parquet":
        return "parquet"
    raise ExportError(
        f"{target}: cannot tell the format from the name; end it in .duckdb or .parquet, "
        "or pass --format"
    )


def refuse_input_as_target(source: Path, target: Path) -> None:
    """ExportError if writing `target` would destroy `source`: the same file (by path, symlink or
    hard link) or a directory that holds it (a Parquet output directory is replaced whole)."""
    source_path, target_path = source.resolve(), target.resolve()
    same = source_path == target_path
    if not same and source.exists() and target.exists():
        try:
            same = os.path.samefile(source, target)
        except OSError:
            same = False
    if same:
        raise ExportError(f"{target} is the input {source}; export to another path")
    if source_path.is_relative_to(target_path):
        raise ExportError(f"{target} holds the input {source}; export to another path")


def export_records(
    source: Path, target: Path, fmt: str | None = None, overwrite: bool = False
) -> dict[str, int]:
    """Export `source` (records JSONL) to `target`; returns the row count of each table.

    The output is built beside the target and moved into place only when complete, so a failed
    export never leaves a half-written database behind.
    """
    kind = output_format(target, fmt)
    refuse_input_as_target(source, target)
    if target.exists() and not overwrite:
        raise ExportError(f"{target} already exists; pass --overwrite to replace it")
    tables = load_tables(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        built = staging / target.name
        if kind == "duckdb":
            write_duckdb(tables, built)
        else:
            write_parquet(tables, built)
        if target.exists():
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink()
        os.replace(built, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {name: table.num_rows for name, table in tables.items()}
