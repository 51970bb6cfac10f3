"""The HTTP service, run by a real uvicorn server on 127.0.0.1 and called over HTTP."""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import httpx
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from seed_like_record import SEED_LIKE_TEXT

from mjci_extract.core.deadline import check_deadline
from mjci_extract.io.document import InputDocument
from mjci_extract.record.models import Record
from mjci_extract.record.schema import record_json_schema
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.service import DEADLINE_GRACE, create_app, uvicorn_config
from mjci_extract.text.doc import Doc

pytestmark = pytest.mark.slow

MAX_BODY = 16 * 1024  # small, so a 413 is cheap to provoke
# The console script, run the way the entry point runs it (`python -m mjci_extract.cli` would
# register the commands on a second copy of the module).
CLI = [sys.executable, "-c", "from mjci_extract.cli import main; main()"]


@contextmanager
def running(app, **options) -> Iterator[str]:
    """Serve `app` on a free 127.0.0.1 port in a thread, with the uvicorn config of `serve`
    (`options`: header_timeout, keep_alive_timeout); yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn_config(app, log_level="warning", lifespan="on", **options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    # The pipeline is loaded by the app's lifespan, as in `mjci-extract serve`.
    app = create_app(max_body_bytes=MAX_BODY, pipeline_overrides=["ner.backend=none"])
    with running(app) as url:
        yield url


@pytest.fixture()
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=30) as http:
        yield http


def assert_clean_error(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "detail"} and body["detail"]
    if code:
        assert body["error"] == code
    assert "Traceback" not in response.text and 'File "' not in response.text
    return body


def test_health(client: httpx.Client) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "schema_version": "1", "pipeline_loaded": True}


def test_schema_endpoint_serves_the_record_schema(client: httpx.Client) -> None:
    response = client.get("/schema")
    assert response.status_code == 200
    assert response.json() == record_json_schema()


def test_openapi_docs(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/extract", "/extract/batch", "/health", "/schema"} <= set(spec["paths"])
    content = spec["paths"]["/extract"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data", "text/plain"} <= set(content)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_extract_json_text(client: httpx.Client) -> None:
    response = client.post("/extract", json={"text": SEED_LIKE_TEXT, "id": "brief-1"})
    assert response.status_code == 200, response.text
    record = Record.model_validate(response.json())
    assert record.doc_id == "brief-1"
    assert record.source.sha256 == hashlib.sha256(SEED_LIKE_TEXT.encode()).hexdigest()
    for span in [s for m in record.meetings for s in m.evidence]:
        assert SEED_LIKE_TEXT[span.start : span.end] == span.text


def test_extract_without_id_gets_a_stable_one(client: httpx.Client) -> None:
    first = client.post("/extract", json={"text": SEED_LIKE_TEXT}).json()["doc_id"]
    again = client.post("/extract", json={"text": SEED_LIKE_TEXT}).json()["doc_id"]
    assert first == again and first.startswith("text_")


def test_extract_file_upload(client: httpx.Client) -> None:
    files = {"file": ("brief.txt", SEED_LIKE_TEXT.encode("utf-8"), "text/plain")}
    response = client.post("/extract", files=files, data={"id": "upload-1"})
    assert response.status_code == 200, response.text
    record = Record.model_validate(response.json())
    assert record.doc_id == "upload-1"
    assert record.source.path == "brief.txt"
    assert record.source.sha256 == hashlib.sha256(SEED_LIKE_TEXT.encode()).hexdigest()


def test_extract_upload_in_legacy_thai_encoding(client: httpx.Client) -> None:
    # cp874 (TIS-620) files are decoded like `mjci-extract extract` does, with a warning.
    files = {"file": ("legacy.txt", SEED_LIKE_TEXT.encode("cp874"), "text/plain")}
    response = client.post("/extract", files=files)
    assert response.status_code == 200, response.text
    record = Record.model_validate(response.json())
    assert record.doc_id == "legacy"  # the file's stem, as the reader names files
    assert record.source.encoding == "cp874"
    assert any("cp874" in warning for warning in record.warnings)


def test_extract_plain_text_body(client: httpx.Client) -> None:
    response = client.post(
        "/extract", content=SEED_LIKE_TEXT.encode(), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 200, response.text
    assert Record.model_validate(response.json()).doc_id.startswith("text_")


def test_batch_json_and_jsonl(client: httpx.Client) -> None:
    lines = [
        json.dumps({"id": "a", "text": SEED_LIKE_TEXT}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b"}),
        "",
        json.dumps({"id": "a", "text": "ซ้ำ"}, ensure_ascii=False),
        json.dumps({"id": "c", "text": "การประชุม ครั้งที่ 3"}, ensure_ascii=False),
    ]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    headers = {"content-type": "application/x-ndjson"}
    response = client.post("/extract/batch", content=body, headers=headers)
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["count"], result["succeeded"], result["failed"]) == (6, 2, 4)
    by_line = {item["line"]: item for item in result["results"]}
    assert by_line[1]["record"]["doc_id"] == "a" and by_line[1]["error"] is None
    assert by_line[2]["error"].startswith("invalid JSON")
    assert "text" in by_line[3]["error"] and "Field required" in by_line[3]["error"]
    assert by_line[4]["error"] == "blank line"
    assert "duplicate id 'a'" in by_line[5]["error"] and "line 1" in by_line[5]["error"]
    assert by_line[6]["record"]["doc_id"] == "c"

    as_jsonl = client.post("/extract/batch?format=jsonl", content=body, headers=headers)
    assert as_jsonl.status_code == 200
    assert as_jsonl.headers["content-type"].startswith("application/x-ndjson")
    items = [json.loads(line) for line in as_jsonl.text.splitlines()]
    assert items == result["results"]


def test_body_over_the_limit_is_413(client: httpx.Client) -> None:
    big = "ก" * MAX_BODY  # 3 bytes per character in UTF-8: well over the limit
    declared = client.post("/extract", json={"text": big})
    assert_clean_error(declared, 413, "body_too_large")

    # Without a Content-Length (chunked), the body is counted as it streams in.
    def chunks() -> Iterator[bytes]:
        payload = json.dumps({"text": big}).encode()
        for start in range(0, len(payload), 4096):
            yield payload[start : start + 4096]

    streamed = client.post(
        "/extract", content=chunks(), headers={"content-type": "application/json"}
    )
    assert "content-length" not in streamed.request.headers
    assert_clean_error(streamed, 413, "body_too_large")
    batch = client.post(
        "/extract/batch", content=chunks(), headers={"content-type": "application/x-ndjson"}
    )
    assert_clean_error(batch, 413, "body_too_large")
    # The server is still fine afterwards.
    assert client.get("/health").status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "status", "code", "says"),
    [
        (
            {"content": b'{"text": "abc"', "headers": {"content-type": "application/json"}},
            400,
            "invalid_json",
            "not valid JSON",
        ),
        ({"json": {"id": "x"}}, 422, "invalid_request", "text: Field required"),
        ({"json": {"text": 42}}, 422, "invalid_request", "text: Input should be a valid string"),
        ({"json": ["text"]}, 422, "invalid_request", "valid dictionary"),
        ({"json": {"text": "   "}}, 422, "empty", "text: empty"),
        ({"json": {"text": "Hello, this is English."}}, 422, "not_thai", "text: not Thai"),
        (
            {
                "content": b'{"text": "\\ud800\\u0e01"}',  # a lone surrogate escape
                "headers": {"content-type": "application/json"},
            },
            422,
            "invalid_text",
            "invalid Unicode",
        ),
        (
            {
                "content": b'{"text": "\\u0e01\\u0e32\\u0e23", "id": "\\ud800"}',
                "headers": {"content-type": "application/json"},
            },
            422,
            "invalid_request",
            "id: Input should be a valid string",
        ),
        (  # a depth bomb: nesting deeper than Python's JSON decoder can go
            {"content": b"[" * 10_000, "headers": {"content-type": "application/json"}},
            400,
            "invalid_json",
            "request body is not valid JSON: nested too deeply",
        ),
        (
            {"content": b'{"text": "abc', "headers": {"content-type": "application/json"}},
            400,
            "invalid_json",
            "Unterminated string starting at column 10",
        ),
        ({"json": {"text": "x", "colour": "red"}}, 422, "invalid_request", "colour"),
        (
            {"files": {"file": ("bad.txt", b"\x80\x81 abc \xff", "text/plain")}},
            422,
            "undecodable",
            "bad.txt: undecodable: invalid UTF-8 byte 0x80 at offset 0",
        ),
        (
            {"files": {"file": ("blob.bin", b"\x00\x01\x02" * 10, "application/octet-stream")}},
            422,
            "binary",
            "blob.bin: binary",
        ),
        ({"files": {"other": ("a.txt", b"x", "text/plain")}}, 422, "missing_file", "'file'"),
        (
            {"content": b"abc \x80\x81", "headers": {"content-type": "text/plain"}},
            422,
            "undecodable",
            "request body: undecodable: invalid UTF-8 byte 0x80 at offset 4",
        ),
        (
            {"content": b"<xml/>", "headers": {"content-type": "application/xml"}},
            415,
            "unsupported_media_type",
            "application/xml",
        ),
        ({"content": b"x"}, 415, "unsupported_media_type", "(none)"),
    ],
)
def test_malformed_extract_requests_get_clear_4xx(
    client: httpx.Client, kwargs: dict, status: int, code: str, says: str
) -> None:
    body = assert_clean_error(client.post("/extract", **kwargs), status, code)
    assert says in body["detail"]


def test_malformed_batch_requests(client: httpx.Client) -> None:
    headers = {"content-type": "application/x-ndjson"}
    assert_clean_error(
        client.post("/extract/batch", content=b"", headers=headers), 422, "empty_batch"
    )
    assert_clean_error(
        client.post("/extract/batch", content=b"x", headers={"content-type": "image/png"}), 415
    )
    bad_format = client.post("/extract/batch?format=xml", content=b"{}", headers=headers)
    assert_clean_error(bad_format, 422, "invalid_request")
    assert_clean_error(client.get("/nowhere"), 404, "not_found")
    assert_clean_error(client.get("/extract"), 405, "method_not_allowed")


class HookedPipeline(Pipeline):
    """A real pipeline that calls `before` on the documents it is about to analyse, one by one
    (__call__) or in a batch (pipe)."""

    def before(self, docs: list[InputDocument]) -> None:
        pass

    def analyse(self, doc: InputDocument) -> Doc:
        self.before([doc])
        return super().analyse(doc)

    def analyse_batch(self, docs: list[InputDocument]) -> list[Doc]:
        self.before(docs)
        return super().analyse_batch(docs)


class ExplodingPipeline(HookedPipeline):
    """A real pipeline that fails on one marked input, to exercise the 500 path: a batch holding
    it fails in pipe(), and then the marked document alone when run one by one."""

    def before(self, docs: list[InputDocument]) -> None:
        if any("ระเบิด" in doc.text for doc in docs):
            raise RuntimeError("secret internal detail")


class CountingPipeline(Pipeline):
    """A real pipeline that notes the batches analysed and the documents run one by one."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.batches: list[list[str]] = []
        self.singles: list[str] = []

    def analyse_batch(self, docs: list[InputDocument]) -> list[Doc]:
        self.batches.append([doc.doc_id for doc in docs])
        return super().analyse_batch(docs)

    def __call__(self, doc: InputDocument) -> Record:
        self.singles.append(doc.doc_id)
        return super().__call__(doc)


def test_a_batch_request_runs_through_pipe_in_batches() -> None:
    """The service extracts like the batch runner (run.batch.extract_documents): one pipe()."""
    pipeline = CountingPipeline.load(overrides=["ner.backend=none"])
    app = create_app(pipeline, max_body_bytes=MAX_BODY)
    lines = [{"id": str(i), "text": SEED_LIKE_TEXT} for i in range(3)]
    with running(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        batch = http.post(
            "/extract/batch",
            content="\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode(),
            headers={"content-type": "application/x-ndjson"},
        ).json()
    assert batch["succeeded"] == 3
    assert pipeline.batches == [["0", "1", "2"]] and pipeline.singles == []


def test_server_errors_do_not_leak_tracebacks() -> None:
    app = create_app(
        ExplodingPipeline.load(overrides=["ner.backend=none"]), max_body_bytes=MAX_BODY
    )
    with running(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        body = assert_clean_error(http.post("/extract", json={"text": "ระเบิด"}), 500)
        assert "secret internal detail" not in json.dumps(body)
        batch = http.post(
            "/extract/batch",
            content='{"id": "1", "text": "ระเบิด"}\n{"id": "2", "text": "ปกติ"}\n'.encode(),
            headers={"content-type": "application/x-ndjson"},
        ).json()
        assert batch["failed"] == 1 and batch["succeeded"] == 1
        assert "secret" not in json.dumps(batch)


def test_no_server_errors_for_generated_requests(base_url: str) -> None:
    """Schemathesis generates requests from the live OpenAPI spec; none may get a 5xx.

    Hypothesis is driven directly (not through schemathesis' pytest plugin, whose lazy-fixture
    loader does not work with pytest 9), with a bounded number of examples per operation.
    """
    # JSON Lines bodies are declared as strings; send them as they are, like text/plain.
    for media in ("application/x-ndjson", "application/jsonl"):
        schemathesis.serializer.alias(media, "text/plain")
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/extract", "/extract/batch", "/health", "/schema"}
    seen_statuses: set[int] = set()
    calls: list[tuple[str, str]] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def no_server_error(case) -> None:
            response = case.call_and_validate(checks=[not_a_server_error], timeout=30)
            seen_statuses.add(response.status_code)
            calls.append((case.method, case.path))
            assert "Traceback" not in response.text

        no_server_error()
    assert 200 in seen_statuses and any(400 <= status < 500 for status in seen_statuses)
    assert sum(path == "/extract" for _, path in calls) >= 20  # the bounded run really ran


def test_serve_command_runs_a_server() -> None:
    """`mjci-extract serve` as a user runs it: a process that loads the pipeline and listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [*CLI, "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--ner-backend", "none", "--max-body-bytes", "1000", "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()[0].decode()
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not come up in 60 s"
                time.sleep(0.2)
        assert health.json()["pipeline_loaded"] is True
        too_big = httpx.post(f"http://127.0.0.1:{port}/extract", json={"text": "ก" * 1000})
        assert_clean_error(too_big, 413, "body_too_large")
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_command_reports_an_unloadable_pipeline(tmp_path) -> None:
    result = subprocess.run(
        [*CLI, "serve", "--port", "1"]
        + ["--ner-backend", "spacy", "--ner-model", str(tmp_path / "no-model")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "error: cannot load the pipeline" in result.stderr
    assert "no-model" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


# ---------------------------------------------------------------- hostile input (issue 11)


def test_depth_bomb_in_a_batch_is_one_error_item(client: httpx.Client) -> None:
    """Row 9: a line nested deeper than Python can decode is that line's error; the rest run."""
    body = b"\n".join(
        [
            json.dumps({"id": "a", "text": SEED_LIKE_TEXT}, ensure_ascii=False).encode(),
            b"[" * 10_000,
            b'{"id": "' + b"{" * 5_000 + b'"}',  # deep-looking, but only a string: fine JSON
            json.dumps({"id": "c", "text": "การประชุม ครั้งที่ 3"}, ensure_ascii=False).encode(),
        ]
    )
    response = client.post(
        "/extract/batch", content=body, headers={"content-type": "application/x-ndjson"}
    )
    assert response.status_code == 200, response.text
    by_line = {item["line"]: item for item in response.json()["results"]}
    assert by_line[1]["record"]["doc_id"] == "a"
    assert by_line[2]["error"] == "invalid JSON: nested too deeply"
    assert "text: Field required" in by_line[3]["error"]
    assert by_line[4]["record"]["doc_id"] == "c"


SLOW_WORD = "ช้ามาก"


class SlowPipeline(HookedPipeline):
    """A real pipeline that works on a marked input until its deadline stops it, the way a long
    text keeps the real one busy; it checks the deadline as the real one does, between steps.
    It batches one document at a time, so the lines before a slow one are done in time."""

    def before(self, docs: list[InputDocument]) -> None:
        if any(SLOW_WORD in doc.text for doc in docs):
            for _ in range(2_000):  # 100 s without a deadline
                time.sleep(0.05)
                check_deadline()

    def pipe(
        self, docs: Iterable[InputDocument], batch_size: int | None = None
    ) -> Iterator[Record]:
        return super().pipe(docs, batch_size=1)


def test_a_slow_request_does_not_block_the_others() -> None:
    """Row 5: the pipeline runs off the event loop; a request past its time limit gets 504 while
    small requests sent meanwhile are answered at once."""
    limit = 3.0
    app = create_app(
        SlowPipeline.load(overrides=["ner.backend=none"]), time_limit=limit, max_concurrent=2
    )
    with running(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        slow: dict[str, object] = {}

        def send_slow() -> None:
            started = time.monotonic()
            slow["response"] = http.post("/extract", json={"text": f"ข้อความ{SLOW_WORD}"})
            slow["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=send_slow)
        thread.start()
        time.sleep(0.5)  # the slow one is in the pipeline now
        for _ in range(3):
            started = time.monotonic()
            small = http.post("/extract", json={"text": SEED_LIKE_TEXT, "id": "small"})
            assert small.status_code == 200, small.text
            assert small.json()["doc_id"] == "small"
            assert time.monotonic() - started < limit / 2
            assert http.get("/health").status_code == 200
        assert thread.is_alive()  # answered while the slow request still runs
        thread.join(timeout=limit + DEADLINE_GRACE + 10)
        body = assert_clean_error(slow["response"], 504, "time_limit_exceeded")  # type: ignore[arg-type]
        assert "3 s" in body["detail"]
        assert limit - 0.1 <= slow["seconds"] < limit + DEADLINE_GRACE + 2  # type: ignore[operator]

        # In a batch, the lines done in time keep their records; the rest get an error item.
        lines = [
            {"id": "a", "text": SEED_LIKE_TEXT},
            {"id": "slow", "text": f"ข้อความ{SLOW_WORD}"},
            {"id": "b", "text": SEED_LIKE_TEXT},
        ]
        batch = http.post(
            "/extract/batch",
            content="\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode(),
            headers={"content-type": "application/x-ndjson"},
        )
        assert batch.status_code == 200, batch.text
        items = batch.json()["results"]
        assert items[0]["record"]["doc_id"] == "a"
        for item in items[1:]:
            assert item["record"] is None and "time limit (3 s)" in item["error"]


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes `sock` within `seconds` (reading whatever it sends first)."""
    sock.settimeout(seconds)
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            if not sock.recv(65536):
                return True
            sock.settimeout(max(deadline - time.monotonic(), 0.01))
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True
    return False


def test_idle_and_slow_connections_are_closed() -> None:
    """Row 15: a connection that sends nothing, or its headers a byte at a time, is closed after
    the header timeout; an idle kept-alive one after the keep-alive timeout."""
    app = create_app(Pipeline.load(overrides=["ner.backend=none"]))
    with running(app, header_timeout=1.0, keep_alive_timeout=1) as url:
        port = int(url.rsplit(":", 1)[1])
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port)) as idle:
            assert _closed_within(idle, 5)
        assert time.monotonic() - started < 3

        head = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slowloris\r\n\r\n"
        started = time.monotonic()
        closed = False
        with socket.create_connection(("127.0.0.1", port)) as slow:
            slow.settimeout(0.2)
            for byte in head[:-2]:  # never quite finished
                try:
                    slow.send(bytes([byte]))
                    if slow.recv(1) == b"":
                        closed = True
                        break
                except TimeoutError:
                    continue
                except (BrokenPipeError, ConnectionResetError):
                    closed = True
                    break
        assert closed and time.monotonic() - started < 3

        with socket.create_connection(("127.0.0.1", port)) as kept:
            kept.sendall(head)
            kept.settimeout(5)
            assert b"200 OK" in kept.recv(65536)
            started = time.monotonic()
            assert _closed_within(kept, 5)
            assert time.monotonic() - started < 3

        # Ordinary clients are served as before.
        assert httpx.get(f"{url}/health", timeout=10).status_code == 200


def test_serve_command_refuses_bad_limits() -> None:
    from typer.testing import CliRunner

    from mjci_extract.cli.contract import app as cli_app

    for option in ("--time-limit", "--max-concurrent", "--header-timeout", "--keep-alive-timeout"):
        result = CliRunner().invoke(cli_app, ["serve", option, "0"])
        assert result.exit_code == 2 and f"{option} must be positive" in result.output


def test_concurrent_extraction_on_one_pipeline_gives_the_sequential_records() -> None:
    """Workers share the loaded pipeline (the shipped spaCy model included); records made by
    several threads at once are the ones made one at a time."""
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    pipeline = Pipeline.load()
    corpus = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))[:6]
    docs = [InputDocument.from_text(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in corpus]
    expected = [pipeline(doc).model_dump_json() for doc in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(2):
            got = list(pool.map(lambda doc: pipeline(doc).model_dump_json(), docs))
            assert got == expected
