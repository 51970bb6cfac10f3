"""The HTTP service: extraction over HTTP with FastAPI, served by uvicorn.

Endpoints: POST /extract (JSON, plain text or an uploaded file), POST /extract/batch (JSONL),
GET /health, GET /schema; OpenAPI docs at /docs. The pipeline is loaded once, at start-up.

Every error is a JSON body `{"error": <code>, "detail": <reason>}`: 400 for a body that cannot be
parsed, 413 for a body over the configured limit, 415 for an unsupported media type, 422 for input
that parses but is not acceptable (missing text, bytes that do not decode), 504 for a request whose
extraction ran past the time limit. A 500 says only that the server failed; the traceback goes to
the server log, never into the response.

The pipeline runs in worker threads, off the event loop, at most `max_concurrent` at a time (each
runs one request's documents through pipe() in batches, as the batch runner does), each request
within `time_limit` seconds (waiting for a worker included): one long text cannot stall the other
requests. Connections are guarded too (see `uvicorn_config`): a connection that
sends no complete request head within `header_timeout` seconds is closed, and an idle keep-alive
connection after `keep_alive_timeout`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Annotated, Any, Literal

import anyio
import h11
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mjci_extract.core.deadline import DEADLINE, DeadlineExceeded
from mjci_extract.io.document import InputDocument
from mjci_extract.io.jsonl import loads_json
from mjci_extract.io.read import (
    ReadItem,
    ReadSettings,
    document_from_json,
    read_text_bytes,
)
from mjci_extract.io.validate import (
    decode_json_line,
    describe_validation_error,
    split_lines,
)
from mjci_extract.record.models import SCHEMA_VERSION, ErrorLine, Record
from mjci_extract.record.schema import record_json_schema
from mjci_extract.run.batch import extract_documents
from mjci_extract.run.pipeline import Pipeline

log = logging.getLogger("mjci_extract.service")

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
# Seconds one request may take, waiting for a worker included (--time-limit).
DEFAULT_TIME_LIMIT = 60.0
# Requests extracted at the same time, each in a worker thread (--max-concurrent).
DEFAULT_MAX_CONCURRENT = 4
# Seconds a connection may take to send a complete request head (--header-timeout), and an idle
# keep-alive connection may stay open (--keep-alive-timeout); the largest request head, bytes.
DEFAULT_HEADER_TIMEOUT = 10.0
DEFAULT_KEEP_ALIVE_TIMEOUT = 5
MAX_HEADER_BYTES = 64 * 1024
# How long after the time limit a worker may take to notice it before the request is answered
# without it (the pipeline checks its deadline between steps of about a second).
DEADLINE_GRACE = 2.0
JSONL_MEDIA_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines")


# ---------------------------------------------------------------- request and response models


class ExtractRequest(BaseModel):
    """One brief to extract."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The brief, as plain text; offsets in the record index it.")
    id: str | None = Field(
        default=None, min_length=1, description="doc_id of the record (default: from the text)."
    )


class ErrorResponse(BaseModel):
    error: str = Field(description="A short machine-readable code, e.g. invalid_json.")
    detail: str = Field(description="What was wrong, for a person.")


class BatchItem(BaseModel):
    """The outcome of one input line of a batch: a record or the reason there is none."""

    line: int = Field(description="1-based line number in the request body.")
    id: str | None = None
    record: Record | None = None
    error: str | None = None


class BatchResponse(BaseModel):
    count: int
    succeeded: int
    failed: int
    results: list[BatchItem]


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    schema_version: str = SCHEMA_VERSION
    pipeline_loaded: bool


# ---------------------------------------------------------------- errors


class ApiError(Exception):
    """An input problem that maps to one 4xx response."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, "body_too_large", f"request body exceeds the limit of {limit} bytes")


def error_response(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse(ErrorResponse(error=code, detail=detail).model_dump(), status_code=status)


_ERROR_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
}


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _ERROR_CODES.get(exc.status_code, "http_error")
        response = error_response(exc.status_code, code, str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        items = [f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return error_response(422, "invalid_request", "; ".join(items))

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
        # The traceback is for the operator's log; the client only learns that it failed.
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "internal_error", "the server failed to process the request")


# ---------------------------------------------------------------- body size limit


class BodySizeLimit:
    """ASGI wrapper that refuses bodies over `max_bytes` with 413.

    A declared Content-Length over the limit is refused before the app runs; a body without one
    (chunked) is counted as it streams, and the count raising BodyTooLarge inside the endpoint
    becomes a 413 through the app's error handlers.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await error_response(400, "bad_request", "Content-Length is not a number")(
                    scope, receive, send
                )
                return
            if length > self.max_bytes:
                too_large = BodyTooLarge(self.max_bytes)
                await error_response(413, too_large.code, too_large.detail)(scope, receive, send)
                return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        await self.app(scope, counting_receive, send)


# ---------------------------------------------------------------- decoding and ids
# Input is accepted or refused by the same reader as `mjci-extract extract` (UTF-8 with or without
# BOM, UTF-16 with BOM, cp874; empty, binary and non-Thai text refused), so both agree.

READ_SETTINGS = ReadSettings()


def default_doc_id(text: str) -> str:
    """A stable id for text sent without one: the same text always gets the same id."""
    return "text_" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def reason_code(reason: str) -> str:
    """`not Thai: 3% ...` -> `not_thai`: the reader's kind of reason as a machine-readable code.

    The reader starts its reasons with a short kind and a colon; any other reason is `invalid_text`.
    """
    kind, colon, _ = reason.partition(":")
    if not colon or len(kind.split()) > 3:
        return "invalid_text"
    return re.sub(r"\W+", "_", kind.strip().lower()).strip("_") or "invalid_text"


def accepted(item: ReadItem, where: str) -> InputDocument:
    """The document, or a 422 that gives the reader's reason."""
    if isinstance(item, ErrorLine):
        raise ApiError(422, reason_code(item.reason), f"{where}: {item.reason}")
    return item


def document_from_text(text: str, doc_id: str | None, path: str) -> ReadItem:
    doc_id = doc_id or default_doc_id(text)
    return document_from_json(
        {"id": doc_id, "text": text}, path=path, line=None, sha256="", settings=READ_SETTINGS
    )


def document_from_upload(data: bytes, doc_id: str | None, name: str) -> ReadItem:
    # An uploaded file gets the id the reader gives files: its stem.
    stem = PurePosixPath(name.replace("\\", "/")).stem or "upload"
    return read_text_bytes(data, doc_id=doc_id or stem, path=name, settings=READ_SETTINGS)


# ---------------------------------------------------------------- the app


@dataclass
class ServiceSettings:
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    config_path: str | None = None
    pipeline_overrides: tuple[str, ...] = ()
    time_limit: float = DEFAULT_TIME_LIMIT
    max_concurrent: int = DEFAULT_MAX_CONCURRENT


class TimeLimitExceeded(ApiError):
    def __init__(self, limit: float) -> None:
        super().__init__(
            504, "time_limit_exceeded", f"extraction did not finish within {limit:g} s"
        )


EXTRACT_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ExtractRequest.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "id": {"type": "string", "minLength": 1},
                    },
                    "required": ["file"],
                }
            },
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}

BATCH_BODY_DOC = {
    "requestBody": {
        "required": True,
        "description": 'JSON Lines: one {"id": ..., "text": ...} object per line.',
        "content": {
            media: {"schema": {"type": "string"}}
            for media in ("application/x-ndjson", "application/jsonl")
        },
    }
}

_ERROR_DOCS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in (
        (400, "The body cannot be parsed."),
        (413, "The body is over the size limit."),
        (415, "Unsupported media type."),
        (422, "The input is not acceptable."),
        (500, "The server failed (no details are disclosed)."),
        (504, "The extraction ran past the time limit."),
    )
}


def create_app(
    pipeline: Pipeline | None = None,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    config_path: str | None = None,
    pipeline_overrides: Iterable[str] = (),
    time_limit: float = DEFAULT_TIME_LIMIT,
    max_concurrent: int = DEFAULT_MAX_CONCURRENT,
) -> FastAPI:
    """Build the service. Without `pipeline`, `Pipeline.load(config_path, pipeline_overrides)`
    (overrides: `section.key=value`, as `--set` takes them) runs once
    at start-up (in the lifespan), not at import or per request.

    `time_limit`: seconds a request may take (504 past it; in a batch, the lines not done by then
    get an error item); `max_concurrent`: worker threads extracting at the same time."""
    if time_limit <= 0 or max_concurrent < 1:
        raise ValueError("time_limit must be positive and max_concurrent at least 1")
    settings = ServiceSettings(
        max_body_bytes, config_path, tuple(pipeline_overrides), time_limit, max_concurrent
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loaded = pipeline
        if loaded is None:
            loaded = await run_in_threadpool(
                load_pipeline, settings.config_path, settings.pipeline_overrides
            )
        app.state.pipeline = loaded
        yield
        app.state.pipeline = None

    app = FastAPI(
        title="mjci-extract",
        summary="Thai news briefs in, validated records with evidence offsets out.",
        version=SCHEMA_VERSION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pipeline = None
    # Workers share the loaded pipeline: extraction reads it and keeps all its state per document.
    slots = threading.BoundedSemaphore(max_concurrent)
    _install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)

    def work(docs: list[InputDocument], deadline: float, results: list[Record | Exception]) -> None:
        """Extract `docs` into `results` (a record or the exception, per document, appended as
        each is done) by `deadline`, through the batch runner's pipe() path; once the deadline
        has passed, the remaining documents get DeadlineExceeded."""
        loaded: Pipeline = app.state.pipeline
        # One worker slot per request: its documents run through pipe() together, in batches.
        if not slots.acquire(timeout=max(deadline - time.monotonic(), 0)):
            late = DeadlineExceeded("no worker was free within the time limit")
            results.extend([late] * len(docs))
            return
        token = DEADLINE.set(deadline)
        try:
            for doc, result in zip(docs, extract_documents(loaded, docs), strict=True):
                if isinstance(result, Exception) and not isinstance(result, DeadlineExceeded):
                    # reported per document, logged with its traceback
                    log.error("extraction failed for %s", doc.doc_id, exc_info=result)
                results.append(result)
        finally:
            DEADLINE.reset(token)
            slots.release()

    async def run_pipeline(docs: list[InputDocument]) -> list[Record | Exception]:
        """Results for `docs` in a worker thread, within the time limit; documents not done in
        time get DeadlineExceeded. The event loop stays free for other requests meanwhile."""
        deadline = time.monotonic() + settings.time_limit
        results: list[Record | Exception] = []
        with anyio.move_on_after(settings.time_limit + DEADLINE_GRACE):
            await anyio.to_thread.run_sync(work, docs, deadline, results, abandon_on_cancel=True)
        done = list(results)  # a worker abandoned past the grace may still append; not to us
        late = DeadlineExceeded("the time limit was exceeded")
        return done + [late] * (len(docs) - len(done))

    @app.get("/health", response_model=Health, tags=["service"])
    async def health() -> Health:
        return Health(pipeline_loaded=app.state.pipeline is not None)

    @app.get("/schema", tags=["service"], summary="JSON Schema of a record")
    async def schema() -> dict[str, Any]:
        return record_json_schema()

    @app.post(
        "/extract",
        response_model=Record,
        responses=_ERROR_DOCS,
        openapi_extra=EXTRACT_BODY_DOC,
        tags=["extract"],
        summary="Extract one brief: JSON {text, id?}, a multipart file upload, or plain text",
    )
    async def extract(request: Request) -> Record:
        doc = await _read_extract_request(request)
        (result,) = await run_pipeline([doc])
        if isinstance(result, DeadlineExceeded):
            raise TimeLimitExceeded(settings.time_limit)
        if isinstance(result, Exception):
            raise ApiError(500, "extraction_failed", f"extraction failed for {doc.doc_id!r}")
        return result

    @app.post(
        "/extract/batch",
        response_model=BatchResponse,
        responses={
            **_ERROR_DOCS,
            200: {
                "description": "JSON (default) or, with format=jsonl, one BatchItem per line.",
                "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
            },
        },
        openapi_extra=BATCH_BODY_DOC,
        tags=["extract"],
        summary='Extract a JSONL batch of {"id", "text"} lines',
    )
    async def extract_batch(
        request: Request,
        format: Annotated[
            Literal["json", "jsonl"],
            Query(description="json: one BatchResponse; jsonl: one BatchItem per line."),
        ] = "json",
    ) -> Any:
        media = _media_type(request)
        if media not in (*JSONL_MEDIA_TYPES, "application/json", "text/plain"):
            raise ApiError(
                415, "unsupported_media_type", f"send JSON Lines ({JSONL_MEDIA_TYPES[0]})"
            )
        body = await request.body()
        items, todo = _parse_batch(body)
        results = await run_pipeline([t for _, t in todo])
        for (item, _), result in zip(todo, results, strict=True):
            if isinstance(result, DeadlineExceeded):
                item.error = (
                    f"not extracted: the request's time limit ({settings.time_limit:g} s) ran out"
                )
            elif isinstance(result, Exception):
                item.error = "extraction failed (see the server log)"
            else:
                item.record = result
        items.sort(key=lambda item: item.line)
        failed = sum(item.record is None for item in items)
        if format == "jsonl":
            text = "".join(item.model_dump_json() + "\n" for item in items)
            return Response(text, media_type="application/x-ndjson")
        return BatchResponse(
            count=len(items), succeeded=len(items) - failed, failed=failed, results=items
        )

    return app


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _read_extract_request(request: Request) -> InputDocument:
    """The document of a JSON, multipart or plain-text request, or an ApiError saying why not."""
    media = _media_type(request)
    if media == "application/json":
        body = await request.body()
        try:
            # Lone surrogates pass here: the reader refuses them in the text (422, like a file
            # that does not decode) and ExtractRequest's validation in the id (422).
            payload = loads_json(body.decode(json.detect_encoding(body)), allow_surrogates=True)
        except UnicodeDecodeError:
            raise ApiError(
                400, "invalid_json", "request body is not valid JSON: not UTF-8"
            ) from None
        except ValueError as exc:  # syntax, nesting too deep, a lone surrogate: loads_json says
            reason = str(exc).removeprefix("invalid JSON: ")
            raise ApiError(
                400, "invalid_json", f"request body is not valid JSON: {reason}"
            ) from None
        try:
            parsed = ExtractRequest.model_validate(payload)
        except ValidationError as exc:
            raise ApiError(422, "invalid_request", describe_validation_error(exc)) from None
        return accepted(document_from_text(parsed.text, parsed.id, "<request>"), "text")
    if media == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ApiError(422, "missing_file", "multipart request needs a 'file' part")
        doc_id = form.get("id")
        if doc_id is not None and (not isinstance(doc_id, str) or not doc_id):
            raise ApiError(422, "invalid_request", "'id' must be a non-empty text field")
        name = upload.filename or "upload"
        return accepted(document_from_upload(await upload.read(), doc_id, name), name)
    if media == "text/plain":
        item = document_from_upload(await request.body(), None, "<request>")
        if isinstance(item, InputDocument):
            item.doc_id = default_doc_id(item.text)
        return accepted(item, "request body")
    raise ApiError(
        415,
        "unsupported_media_type",
        f"unsupported Content-Type {media or '(none)'!r}: "
        "use application/json, multipart/form-data or text/plain",
    )


def _parse_batch(body: bytes) -> tuple[list[BatchItem], list[tuple[BatchItem, InputDocument]]]:
    """Items for every line; lines that are acceptable also get (item, document) to run."""
    lines = split_lines(body)
    if not lines:
        raise ApiError(422, "empty_batch", "the batch has no lines")
    items: list[BatchItem] = []
    todo: list[tuple[BatchItem, InputDocument]] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        item = BatchItem(line=number)
        items.append(item)
        try:
            request = _parse_batch_line(raw)
        except ValueError as exc:
            item.error = str(exc)
            continue
        doc_id = request.id or default_doc_id(request.text)
        item.id = doc_id
        if doc_id in seen:
            item.error = f"duplicate id {doc_id!r} (first on line {seen[doc_id]})"
            continue
        seen[doc_id] = number
        doc = document_from_text(request.text, doc_id, f"<batch line {number}>")
        if isinstance(doc, ErrorLine):
            item.error = doc.reason
            continue
        todo.append((item, doc))
    return items, todo


def _parse_batch_line(raw: bytes) -> ExtractRequest:
    payload = decode_json_line(raw, allow_surrogates=True)
    try:
        return ExtractRequest.model_validate(payload)
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc)) from None


class PipelineLoadError(Exception):
    """The pipeline cannot be loaded (a missing model, a bad config); the message says why."""


def load_pipeline(config_path: str | None, overrides: Iterable[str] = ()) -> Pipeline:
    try:
        return Pipeline.load(config_path, overrides)
    except Exception as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PipelineLoadError(f"cannot load the pipeline: {message}") from exc


def guarded_h11_protocol(header_timeout: float) -> type:
    """uvicorn's h11 protocol with a deadline on the request head.

    uvicorn times out an idle connection only after a response (`timeout_keep_alive`); a client
    that connects and sends nothing, or sends its headers a byte a second, is held open as long
    as it likes. This protocol closes a connection whose request head (request line and headers)
    is not complete `header_timeout` seconds after the connection opened or its previous response
    was sent.
    """
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11Protocol(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm_head_timer()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_head_timer()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE:
                self._cancel_head_timer()  # the head is in

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
                self._arm_head_timer()  # the next request's head, on a kept-alive connection

        def _arm_head_timer(self) -> None:
            self._cancel_head_timer()
            self._head_timer = self.loop.call_later(header_timeout, self._head_timed_out)

        def _cancel_head_timer(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_timed_out(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.logger.info("closing a connection that sent no request head in time")
                self.transport.close()

    return GuardedH11Protocol


def uvicorn_config(
    app: Any,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
    keep_alive_timeout: int = DEFAULT_KEEP_ALIVE_TIMEOUT,
    **options: Any,
):
    """The uvicorn Config `serve` runs: h11 with the request-head deadline, the keep-alive timeout
    and a request head of at most MAX_HEADER_BYTES (larger ones get 400)."""
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=guarded_h11_protocol(header_timeout),
        timeout_keep_alive=keep_alive_timeout,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        **options,
    )


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    config_path: str | None = None,
    pipeline_overrides: Iterable[str] = (),
    log_level: str = "info",
    time_limit: float = DEFAULT_TIME_LIMIT,
    max_concurrent: int = DEFAULT_MAX_CONCURRENT,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
    keep_alive_timeout: int = DEFAULT_KEEP_ALIVE_TIMEOUT,
) -> None:
    """Load the pipeline, then serve until interrupted.

    The pipeline is loaded here, before the port is bound, so that a broken model or config is a
    one-line PipelineLoadError rather than a lifespan traceback; `create_app()` without a pipeline
    (an ASGI deployment: `uvicorn --factory mjci_extract.service:create_app`) loads it in the
    lifespan instead.
    """
    import uvicorn

    pipeline = load_pipeline(config_path, pipeline_overrides)
    app = create_app(
        pipeline,
        max_body_bytes=max_body_bytes,
        time_limit=time_limit,
        max_concurrent=max_concurrent,
    )
    config = uvicorn_config(
        app,
        host,
        port,
        header_timeout=header_timeout,
        keep_alive_timeout=keep_alive_timeout,
        log_level=log_level,
    )
    uvicorn.Server(config).run()
