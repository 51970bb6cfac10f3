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

DuckDB output (`--to out.duckdb`) declares these primary and foreign keys. Parquet output
(`--to out.parquet`) is a directory `out.parquet/` holding `<table>.parquet` for every table, with
the same columns, which any warehouse can load.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from mjci_extract.io.jsonl import DECOMPRESSION_ERRORS
from mjci_extract.io.validate import iter_records, open_records
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


TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        pa.schema(
            [
                ("doc_id", pa.string()),
                ("schema_version", pa.string()),
                ("source_path", pa.string()),
                ("source_sha256", pa.string()),
                ("source_encoding", pa.string()),
                ("title", pa.string()),
                ("published_date", pa.date32()),
                ("published_text", pa.string()),
                ("published_start", pa.int32()),
                ("published_end", pa.int32()),
                ("meeting_count", pa.int32()),
                ("official_count", pa.int32()),
                ("project_count", pa.int32()),
                ("entity_count", pa.int32()),
                ("warnings", pa.list_(pa.string())),
            ]
        ),
        ("doc_id",),
        description="one row per record",
    ),
    Table(
        "meetings",
        pa.schema(
            [
                ("doc_id", pa.string()),
                ("meeting_id", pa.int32()),
                ("name", pa.string()),
                ("name_en", pa.string()),
                ("number", pa.int64()),
                ("date", pa.date32()),
                ("end_date", pa.date32()),
                ("date_text", pa.string()),
                ("date_start", pa.int32()),
                ("date_end", pa.int32()),
                ("venue", pa.string()),
                ("venue_country", pa.string()),
                ("venue_online", pa.bool_()),
                ("venue_start", pa.int32()),
                ("venue_end", pa.int32()),
                ("country", pa.string()),
                ("chair_count", pa.int32()),
            ]
        ),
        ("doc_id", "meeting_id"),
        _doc_fk(),
    ),
    Table(
        "officials",
        pa.schema(
            [
                ("doc_id", pa.string()),
                ("official_id", pa.int32()),
                ("name", pa.string()),
                ("honorific", pa.string()),
                ("name_en", pa.string()),
                ("position", pa.string()),
                ("organization", pa.string()),
                ("role", pa.string()),
            ]
        ),
        ("doc_id", "official_id"),
        _doc_fk(),
    ),
    Table(
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
    ),
    Table(
        "projects",
        pa.schema(
            [
                ("doc_id", pa.string()),
                ("project_id", pa.int32()),
                ("title", pa.string()),
            ]
        ),
        ("doc_id", "project_id"),
        _doc_fk(),
    ),
    Table(
        "entities",
        pa.schema(
            [
                ("doc_id", pa.string()),
                ("entity_id", pa.int32()),
                ("label", pa.string()),
                ("text", pa.string()),
                ("start", pa.int32()),
                ("end", pa.int32()),
                ("source", pa.string()),
            ]
        ),
        ("doc_id", "entity_id"),
        _doc_fk(),
    ),
    Table(
        "evidence",
        pa.schema(
            [
                ("doc_id", pa.string()),
                ("owner", pa.string()),
                ("owner_id", pa.int32()),
                ("evidence_id", pa.int32()),
                ("start", pa.int32()),
                ("end", pa.int32()),
                ("text", pa.string()),
            ]
        ),
        ("doc_id", "owner", "owner_id", "evidence_id"),
        _doc_fk(),
    ),
)
TABLE_NAMES = tuple(table.name for table in TABLES)


def _iso_date(value: str | None, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where} {value!r} is not a real calendar date") from None


def _evidence_rows(doc_id: str, owner: str, owner_id: int, spans: list[Span]) -> list[dict]:
    return [
        {
            "doc_id": doc_id,
            "owner": owner,
            "owner_id": owner_id,
            "evidence_id": index,
            "start": span.start,
            "end": span.end,
            "text": span.text,
        }
        for index, span in enumerate(spans)
    ]


def record_rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    """The rows one record contributes to each table. Raises ValueError on impossible dates."""
    doc = record.doc_id
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    published = record.published
    rows["documents"].append(
        {
            "doc_id": doc,
            "schema_version": record.schema_version,
            "source_path": record.source.path,
            "source_sha256": record.source.sha256,
            "source_encoding": record.source.encoding,
            "title": record.title,
            "published_date": _iso_date(published.date, "published.date") if published else None,
            "published_text": published.text if published else None,
            "published_start": published.start if published else None,
            "published_end": published.end if published else None,
            "meeting_count": len(record.meetings),
            "official_count": len(record.officials),
            "project_count": len(record.projects),
            "entity_count": len(record.entities),
            "warnings": list(record.warnings),
        }
    )
    # A chair is linked to the first official of the same document with exactly that name.
    official_by_name: dict[str, int] = {}
    for official_id, official in enumerate(record.officials):
        official_by_name.setdefault(official.name, official_id)
        rows["officials"].append(
            {
                "doc_id": doc,
                "official_id": official_id,
                "name": official.name,
                "honorific": official.honorific,
                "name_en": official.name_en,
                "position": official.position,
                "organization": official.organization,
                "role": official.role,
            }
        )
        rows["evidence"] += _evidence_rows(doc, "official", official_id, official.evidence)
    for meeting_id, meeting in enumerate(record.meetings):
        date, venue = meeting.date, meeting.venue
        where = f"meetings[{meeting_id}].date"
        rows["meetings"].append(
            {
                "doc_id": doc,
                "meeting_id": meeting_id,
                "name": meeting.name,
                "name_en": meeting.name_en,
                "number": meeting.number,
                "date": _iso_date(date.date, f"{where}.date") if date else None,
                "end_date": _iso_date(date.end_date, f"{where}.end_date") if date else None,
                "date_text": date.text if date else None,
                "date_start": date.start if date else None,
                "date_end": date.end if date else None,
                "venue": venue.text if venue else None,
                "venue_country": venue.country if venue else None,
                "venue_online": venue.online if venue else None,
                "venue_start": venue.start if venue else None,
                "venue_end": venue.end if venue else None,
                "country": meeting.country,
                "chair_count": len(meeting.chairs),
            }
        )
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
        rows["evidence"] += _evidence_rows(doc, "meeting", meeting_id, meeting.evidence)
    for project_id, project in enumerate(record.projects):
        rows["projects"].append({"doc_id": doc, "project_id": project_id, "title": project.title})
        rows["evidence"] += _evidence_rows(doc, "project", project_id, project.evidence)
    for entity_id, entity in enumerate(record.entities):
        rows["entities"].append(
            {
                "doc_id": doc,
                "entity_id": entity_id,
                "label": entity.label,
                "text": entity.text,
                "start": entity.start,
                "end": entity.end,
                "source": entity.source,
            }
        )
    return rows


def build_tables(records: Iterable[Record]) -> dict[str, pa.Table]:
    """Arrow tables (with the declared schemas, also when empty) for a set of valid records."""
    return _tables(record_rows(record) for record in records)


# Rows are turned into Arrow every this many records, so that a whole archive (60,000 records,
# 1.4 million entity rows) is held as compact columns rather than as Python dicts.
_ROWS_PER_CHUNK = 2000


def _tables(per_record: Iterable[dict[str, list[dict[str, Any]]]]) -> dict[str, pa.Table]:
    chunks: dict[str, list[pa.Table]] = {table.name: [] for table in TABLES}
    collected: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}

    def flush() -> None:
        for table in TABLES:
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
