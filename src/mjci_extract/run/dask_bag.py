"""Running the pipeline on a Dask cluster (optional extra: `pip install 'mjci-extract[dask]'`).

Two ways in, sharing one mechanism (a per-worker pipeline cache, `batch.cached_pipeline`, so each
worker process loads the pipeline once however many partitions or chunks it runs):

- `extract_bag(bag, ...)`: a `dask.bag` of inputs becomes a bag of JSON-ready dicts, one record
  dict or error dict per input document, in input order. An input element may be a path (file,
  directory, archive, JSONL: read on the worker, so the workers must see the files), a
  `{"id", "text"}` dict, a `str` of text wrapped as `{"id": ..., "text": ...}` by the caller, or
  an `InputDocument`.
- `mjci-extract extract --dask-scheduler ADDRESS`: the same chunks the local runner makes are
  submitted to the cluster through `dask_executor`; documents are read on the client, so the
  workers need no access to the files, and ordering, resume and the output files work as locally.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from typing import Any

from mjci_extract.io.document import InputDocument
from mjci_extract.io.read import InputPlan, ReadItem, ReadSettings, document_from_json
from mjci_extract.record.models import ErrorLine
from mjci_extract.run.batch import PipelineLoader, PipelineSpec, process_items

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "Dask support needs the dask extra: pip install 'mjci-extract[dask]'"
    ) from exc


def is_error(item: dict[str, Any]) -> bool:
    """True for an error dict from `extract_bag`, False for a record dict."""
    return "reason" in item and "schema_version" not in item


def _items_from_element(element: Any, settings: ReadSettings) -> Iterable[ReadItem]:
    if isinstance(element, InputDocument):
        return [element]
    if isinstance(element, dict):
        digest = hashlib.sha256(json.dumps(element, ensure_ascii=False).encode("utf-8"))
        return [
            document_from_json(
                element, path="<bag>", line=None, sha256=digest.hexdigest(), settings=settings
            )
        ]
    if isinstance(element, str | os.PathLike):
        return InputPlan.from_args([os.fspath(element)], settings)
    return [
        ErrorLine(
            path="<bag>",
            reason=f"unsupported bag element: {type(element).__name__} "
            "(expected a path, an {id, text} dict or an InputDocument)",
        )
    ]


def _extract_partition(
    elements: Iterable[Any], spec: PipelineSpec, settings: ReadSettings
) -> list[dict[str, Any]]:
    items = [item for element in elements for item in _items_from_element(element, settings)]
    return [json.loads(line) for _, line in process_items(items, spec)]


def extract_bag(
    bag: db.Bag,
    *,
    config_path: str | None = None,
    overrides: Iterable[str] = (),
    read_settings: ReadSettings | None = None,
    loader: PipelineLoader | None = None,
) -> db.Bag:
    """Turn a bag of inputs into a bag of record dicts and error dicts (see `is_error`).
    `overrides`: config keys as `section.key=value` (`["ner.backend=none"]`)."""
    spec = PipelineSpec(config_path=config_path, overrides=tuple(overrides), loader=loader)
    return bag.map_partitions(_extract_partition, spec, read_settings or ReadSettings())


__all__ = ["extract_bag", "is_error"]
