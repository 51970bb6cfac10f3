"""The batch runner behind `mjci-extract extract`: many inputs in, one line out per input.

Documents are read in the main process (reading is cheap) and sent in chunks to workers that each
load the pipeline once. A bounded window of chunks is in flight, so memory stays flat however big
the archive is, and results are written in input order (or completion order with
`ordered=False`). Whatever happens inside the pipeline for one document becomes an error line for
that document; the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from mjci_extract.core.deadline import DeadlineExceeded
from mjci_extract.io.document import InputDocument
from mjci_extract.io.read import ReadItem
from mjci_extract.io.write import (
    STDOUT,
    ExistingOutput,
    JsonlWriter,
    OutputError,
    resume_key,
    scan_for_resume,
)
from mjci_extract.record.models import ErrorLine, Record
from mjci_extract.run.dask_cluster import dask_executor
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.text.spans import batched

# Exit codes of `mjci-extract extract` (documented in its --help and in the README).
EXIT_OK = 0  # every input gave a record
EXIT_SOME_ERRORS = 1  # the run finished, but some inputs gave error lines instead of records
EXIT_USAGE = 2  # bad options, no inputs found, pipeline or scheduler could not be set up
EXIT_OUTPUT = 74  # an output could not be written (disk full): EX_IOERR of sysexits.h
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM: what was written is whole; rerun with --resume

PipelineLoader = Callable[..., Pipeline]


class UsageError(Exception):
    """A problem with how the run was asked for (exit code 2), reported without a traceback."""


@dataclass(frozen=True)
class PipelineSpec:
    """How to load the pipeline; picklable, so that each worker can load its own copy."""

    config_path: str | None = None
    # `section.key=value` config overrides (the CLI's --set and --ner-* shorthands); a tuple, so
    # that the spec hashes (it is the key of each worker's pipeline cache)
    overrides: tuple[str, ...] = ()
    loader: PipelineLoader | None = None  # default Pipeline.load; tests pass their own

    def load(self) -> Pipeline:
        return (self.loader or Pipeline.load)(self.config_path, self.overrides)


_PIPELINES: dict[PipelineSpec, Pipeline] = {}
_PIPELINE_LOCK = threading.Lock()


def cached_pipeline(spec: PipelineSpec) -> Pipeline:
    """The pipeline for `spec`, loaded once per process (workers of any kind call this)."""
    with _PIPELINE_LOCK:
        pipeline = _PIPELINES.get(spec)
        if pipeline is None:
            pipeline = _PIPELINES[spec] = spec.load()
        return pipeline


def _error_json(item: InputDocument, reason: str) -> str:
    return ErrorLine(
        path=item.path, sha256=item.sha256, reason=reason, doc_id=item.doc_id
    ).model_dump_json()


def _internal_error(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"internal error: {type(exc).__name__}" + (f": {message}" if message else "")


def _load_error(exc: BaseException) -> str:
    """Why the pipeline cannot be loaded: a model or config problem says so in its own words."""
    from mjci_extract.ner import NerModelError

    if isinstance(exc, NerModelError | OSError | ValueError):
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _internal_error(exc)


def _record_json(record: object, doc: InputDocument) -> tuple[bool, str]:
    if not isinstance(record, Record):
        return True, _error_json(doc, f"internal error: pipeline returned {type(record).__name__}")
    return False, record.model_dump_json()


def extract_documents(
    pipeline: Pipeline, docs: Sequence[InputDocument]
) -> Iterator[Record | Exception]:
    """A record, or the exception that stopped it, per document in order, as each is done.

    pipe() lets the pipeline batch its work (spaCy's nlp.pipe). When it fails, the documents it has
    not given records for yet are run one by one, to find out which document was the problem;
    past the deadline (DeadlineExceeded) that is pointless, so they all get the exception.
    """
    done = 0
    try:
        # zip stops at the last document, so a pipe() giving too many records is not read on.
        for _doc, record in zip(docs, pipeline.pipe(docs), strict=False):
            yield record
            done += 1
        if done == len(docs):
            return
    except DeadlineExceeded as exc:
        yield from [exc] * (len(docs) - done)
        return
    except Exception:
        pass  # retried below, one by one
    for doc in docs[done:]:
        try:
            yield pipeline(doc)
        except Exception as exc:  # one bad document must not stop the others
            yield exc


def process_items(items: list[ReadItem], spec: PipelineSpec) -> list[tuple[bool, str]]:
    """Run one chunk: `(is_error, json_line)` per item, in order. Never raises for one document."""
    docs = [item for item in items if isinstance(item, InputDocument)]
    results: dict[int, tuple[bool, str]] = {}
    if docs:
        extracted = extract_documents(cached_pipeline(spec), docs)
        for doc, result in zip(docs, extracted, strict=True):
            results[id(doc)] = (
                (True, _error_json(doc, _internal_error(result)))
                if isinstance(result, Exception)
                else _record_json(result, doc)
            )
    return [
        results[id(item)] if isinstance(item, InputDocument) else (True, item.model_dump_json())
        for item in items
    ]


_LOAD_ERRORS: dict[PipelineSpec, str] = {}


def _init_worker(spec: PipelineSpec) -> None:
    # Ctrl-C is the main process's to handle: it stops submitting and closes the files cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_ready(spec)


def worker_ready(spec: PipelineSpec) -> str | None:
    """Load the pipeline in this worker; the reason it cannot be loaded, or None when it is."""
    if spec not in _LOAD_ERRORS:
        try:
            cached_pipeline(spec)
        except Exception as exc:  # reported once by the main process, as a usage error
            _LOAD_ERRORS[spec] = _load_error(exc)
            return _LOAD_ERRORS[spec]
    return _LOAD_ERRORS.get(spec)


def _mp_context() -> multiprocessing.context.BaseContext:
    # Never fork: the parent may hold threads (progress display) and loaded models; forkserver
    # starts each worker from a clean process, and spawn is the portable fallback.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class _InProcess(Executor):
    """Runs chunks in the calling process (`--workers 1`): no start-up cost, same code path."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


class _WorkerPool:
    """A process pool that can be rebuilt when a worker dies (segfault, out of memory)."""

    def __init__(self, workers: int, spec: PipelineSpec) -> None:
        self.workers, self.spec = workers, spec
        self.generation = 0  # bumped on each rebuild: futures of an older pool failed with it
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = _mp_context()
        if context.get_start_method() == "forkserver":
            # Workers fork from a server that has imported the package once: faster restarts.
            context.set_forkserver_preload(["mjci_extract.run.pipeline"])
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.spec,),
        )

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        try:
            return self.executor.submit(fn, *args)
        except BrokenProcessPool:
            self.rebuild()
            return self.executor.submit(fn, *args)

    def rebuild(self, failed_generation: int | None = None) -> None:
        """Start a fresh pool, unless the failure came from a pool already replaced."""
        if failed_generation is not None and failed_generation != self.generation:
            return
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()
        self.generation += 1

    def shutdown(self, cancel: bool = False) -> None:
        self.executor.shutdown(wait=not cancel, cancel_futures=cancel)


@dataclass
class RunOptions:
    workers: int = 1
    chunk_size: int = 16
    ordered: bool = True
    resume: bool = False
    checkpoint_every: int = 200  # documents between fsyncs
    progress: bool = False
    dask_scheduler: str | None = None
    spec: PipelineSpec = field(default_factory=PipelineSpec)


@dataclass
class RunSummary:
    documents: int = 0  # inputs handled in this run (records + errors)
    records: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output (--resume)
    dropped_torn_line: bool = False
    seconds: float = 0.0
    startup_seconds: float = 0.0  # of `seconds`: starting workers and loading the pipeline
    interrupted: bool = False
    output_error: str | None = None  # why writing stopped the run (exit 74)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        if self.output_error:
            return EXIT_OUTPUT
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_SOME_ERRORS if self.errors else EXIT_OK

    def line(self) -> str:
        skipped = f", {self.skipped} skipped (already done)" if self.skipped else ""
        return (
            f"mjci-extract: {self.documents} documents, {self.records} records, "
            f"{self.errors} errors{skipped} in {self.seconds:.1f} s "
            f"({self.docs_per_second:.1f} docs/s)"
        )


_Pending = tuple[Future, list[ReadItem], int]  # a chunk in flight, and the pool it went to


class _Runner:
    """Keeps a window of chunks in flight on an executor and yields their results."""

    def __init__(self, pool: Any, spec: PipelineSpec, window: int, ordered: bool) -> None:
        self.pool, self.spec, self.window, self.ordered = pool, spec, window, ordered

    def _generation(self) -> int:
        return getattr(self.pool, "generation", 0)

    def _rebuild_after(self, exc: Exception, generation: int) -> None:
        if isinstance(exc, BrokenProcessPool) and isinstance(self.pool, _WorkerPool):
            self.pool.rebuild(generation)

    def _settle(self, pending: _Pending) -> list[tuple[bool, str]]:
        future, chunk, generation = pending
        try:
            return future.result()
        except Exception as exc:
            self._rebuild_after(exc, generation)
            return self._retry_one_by_one(chunk)

    def _retry_one_by_one(self, chunk: list[ReadItem]) -> list[tuple[bool, str]]:
        # A worker died (or the chunk could not be shipped). Rerun each item alone on a fresh
        # pool, so that only the document that kills workers ends up as an error line.
        results: list[tuple[bool, str]] = []
        for item in chunk:
            generation = self._generation()
            try:
                results.extend(self.pool.submit(process_items, [item], self.spec).result())
            except Exception as exc:
                self._rebuild_after(exc, generation)
                if isinstance(item, InputDocument):
                    reason = _internal_error(exc)
                    if isinstance(exc, BrokenProcessPool):
                        reason = "internal error: the worker process died on this document"
                    results.append((True, _error_json(item, reason)))
                else:
                    results.append((True, item.model_dump_json()))
        return results

    def run(self, chunks: Iterable[list[ReadItem]]) -> Iterator[list[tuple[bool, str]]]:
        pending: deque[_Pending] = deque()
        for chunk in chunks:
            generation = self._generation()
            pending.append((self.pool.submit(process_items, chunk, self.spec), chunk, generation))
            while len(pending) >= self.window:
                yield from self._drain(pending, until=self.window - 1)
        yield from self._drain(pending, until=0)

    def _drain(self, pending: deque[_Pending], until: int) -> Iterator[list[tuple[bool, str]]]:
        while len(pending) > until:
            if self.ordered:
                yield self._settle(pending.popleft())
            else:
                done, _ = wait([entry[0] for entry in pending], return_when=FIRST_COMPLETED)
                for entry in [entry for entry in pending if entry[0] in done]:
                    pending.remove(entry)
                    yield self._settle(entry)


class _Progress:
    """A rich progress bar on stderr with docs/s and ETA; nothing at all when disabled."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled, self.total = enabled, total
        self._progress: Any = None
        self._task: Any = None
        self._start = time.perf_counter()

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("extract"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>9}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                redirect_stdout=False,  # records may be going to stdout: never touch them
                redirect_stderr=True,  # error lines print above the bar
            )
            self._progress.start()
            self._task = self._progress.add_task("extract", total=self.total, rate="")
        return self

    def advance(self, done: int, count: int) -> None:
        if self._progress is not None:
            elapsed = time.perf_counter() - self._start
            rate = f"{done / elapsed:.1f} docs/s" if elapsed > 0 else ""
            self._progress.update(self._task, advance=count, rate=rate)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _make_pool(options: RunOptions) -> tuple[Any, int, Callable[[bool], None]]:
    """The executor for this run, how many chunks to keep in flight, and how to shut it down."""
    if options.dask_scheduler:
        try:
            executor, slots, close = dask_executor(options.dask_scheduler)
        except Exception as exc:
            raise UsageError(
                f"cannot use the Dask scheduler at {options.dask_scheduler}: {_internal_error(exc)}"
            ) from exc
        problem = executor.submit(worker_ready, options.spec).result()
        if problem:
            close(True)
            raise UsageError(f"cannot load the pipeline on the Dask workers: {problem}")
        return executor, max(2, slots * 2), close
    if options.workers <= 1:
        cached_pipeline(options.spec)  # load before the clock matters and fail early
        return _InProcess(), 1, lambda cancel: None
    pool = _WorkerPool(options.workers, options.spec)
    problem = pool.submit(worker_ready, options.spec).result()
    if problem:
        pool.shutdown(cancel=True)
        raise UsageError(f"cannot load the pipeline: {problem}")
    return pool, options.workers * 3, pool.shutdown


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_outputs(output: str, errors: str | None, inputs: Iterable[str] = ()) -> None:
    """Refuse, before any file is opened, outputs that cannot work: an output that is one of
    the inputs (it would be emptied before being read), the same file twice, a folder, a file in
    a folder that does not exist."""
    targets = [("--output", output)] + ([("--errors", errors)] if errors else [])
    targets = [(option, target) for option, target in targets if target != STDOUT]
    if len(targets) == 2 and (
        targets[0][1] == targets[1][1] or _same_file(targets[0][1], targets[1][1])
    ):
        raise UsageError("--errors must be a different file from --output")
    inputs = list(inputs)
    for option, target in targets:
        if os.path.isdir(target):
            raise UsageError(f"{option} {target}: is a directory")
        folder = os.path.dirname(target) or "."
        if not os.path.isdir(folder):
            raise UsageError(f"{option} {target}: no such directory: {folder}")
        if os.path.exists(target):
            own = os.stat(target)
            for path in inputs:
                try:
                    other = os.stat(path)
                except OSError:
                    continue
                if (other.st_dev, other.st_ino) == (own.st_dev, own.st_ino):
                    raise UsageError(
                        f"{option} {target} is an input ({path}): it would be emptied before "
                        "it is read; write the output elsewhere"
                    )


def _scan_outputs(targets: Iterable[str | None]) -> list[tuple[str, ExistingOutput]]:
    """What earlier runs left, for --resume. A line that is not a JSON object in the middle of
    an output is not a torn write (only the last line can be): the file was changed or is
    damaged, and resuming on it would count wrong, so the run stops, naming FILE:LINE."""
    found = []
    for target in targets:
        if target and target != STDOUT:
            existing = scan_for_resume(target, repair=False)
            if existing.invalid_lines:
                lines = existing.invalid_lines
                more = f" (and {len(lines) - 1} more lines)" if len(lines) > 1 else ""
                raise UsageError(
                    f"cannot resume: {target}:{lines[0]}: not a JSON object{more}; this output "
                    "is damaged: fix or delete that line, or run without --resume"
                )
            found.append((target, existing))
    return found


def run_batch(
    items: Iterable[ReadItem],
    *,
    output: str,
    errors: str | None,
    options: RunOptions,
    total: int | None = None,
    inputs: Iterable[str] = (),
) -> RunSummary:
    """Process every item, writing records to `output` and error lines to `errors` (or stderr).

    `inputs`: the paths being read; an output that is one of them is refused. If writing an
    output fails (disk full) the run stops with `output_error` set (exit 74); every line in the
    files is whole."""
    if options.resume and output == STDOUT:
        raise UsageError("--resume needs an output file (-o FILE), not stdout")
    if errors is not None and errors != STDOUT and errors == output:
        raise UsageError("--errors must be a different file from --output")
    check_outputs(output, errors, inputs)
    summary = RunSummary()
    done: Counter[str] = Counter()
    if options.resume:
        for target, existing in _scan_outputs((output, errors)):
            existing.repair(target)
            done.update(existing.keys)
            summary.dropped_torn_line |= existing.dropped_bytes > 0

    def not_done(stream: Iterable[ReadItem]) -> Iterator[ReadItem]:
        for item in stream:
            key = resume_key(item)
            if done[key] > 0:  # a count, not a set: identical inputs each need their own line
                done[key] -= 1
                summary.skipped += 1
                continue
            yield item

    start = time.perf_counter()
    try:
        pool, window, close_pool = _make_pool(options)
    except UsageError:
        raise
    except Exception as exc:
        raise UsageError(f"cannot load the pipeline: {_load_error(exc)}") from exc
    summary.startup_seconds = time.perf_counter() - start
    # Open both before emptying either: a second output that cannot be opened leaves the first
    # as it was.
    try:
        out = JsonlWriter(output, append=True)
        try:
            err = JsonlWriter(errors or STDOUT, append=True, stream_fallback="stderr")
        except BaseException:
            out.close()
            raise
        if not options.resume:
            out.truncate()
            err.truncate()
    except BaseException:
        close_pool(True)
        raise
    remaining = None if total is None else max(0, total - sum(done.values()))
    cancel = False
    since_checkpoint = 0
    try:
        with _Progress(options.progress, remaining) as progress:
            runner = _Runner(pool, options.spec, window, options.ordered)
            for results in runner.run(batched(not_done(items), options.chunk_size)):
                out.write(line for is_error, line in results if not is_error)
                err.write(line for is_error, line in results if is_error)
                bad = sum(1 for is_error, _ in results if is_error)
                summary.errors += bad
                summary.records += len(results) - bad
                summary.documents += len(results)
                since_checkpoint += len(results)
                if since_checkpoint >= options.checkpoint_every:
                    out.checkpoint()
                    err.checkpoint()
                    since_checkpoint = 0
                progress.advance(summary.documents, len(results))
    except KeyboardInterrupt:
        summary.interrupted = cancel = True
    except OutputError as exc:
        summary.output_error = str(exc)
        cancel = True
    finally:
        close_pool(cancel)
        for writer in (out, err):
            try:
                writer.close()
            except OutputError as exc:
                summary.output_error = summary.output_error or str(exc)
        summary.seconds = time.perf_counter() - start
    return summary
