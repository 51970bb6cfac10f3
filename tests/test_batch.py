"""The batch runner: one line per input, input order with any worker count, resume, crashes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mjci_extract.io.document import InputDocument
from mjci_extract.io.read import InputPlan
from mjci_extract.io.write import JsonlWriter, resume_key, scan_for_resume
from mjci_extract.record.models import ErrorLine, Record
from mjci_extract.run.batch import (
    EXIT_OK,
    EXIT_SOME_ERRORS,
    PipelineSpec,
    RunOptions,
    UsageError,
    run_batch,
)
from mjci_extract.run.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "corpus" / "thaigov-sample"

# These tests are about lines, order and files, not extracted values: skip the NER model.
NO_NER = PipelineSpec(overrides=("ner.backend=none",))
THAI = "คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาระบบน้ำเพื่อการเกษตร ครั้งที่ {n} ณ ทำเนียบรัฐบาล\n"


class FailingPipeline(Pipeline):
    """The real pipeline, except that it fails the way buggy code or a bad library would."""

    @staticmethod
    def _fail_on(doc: InputDocument) -> None:
        if "RAISE" in doc.text:
            raise ValueError("cannot handle this brief\nsecond line of detail")
        if "CRASH" in doc.text:
            os._exit(3)  # a segfault or the OOM killer: the worker process vanishes

    def __call__(self, doc: InputDocument) -> Record:
        self._fail_on(doc)
        return super().__call__(doc)

    def pipe(self, docs: Iterable[InputDocument], *args: Any, **kwargs: Any) -> Iterator[Record]:
        docs = list(docs)
        for doc in docs:  # a batch fails as a whole, as a batched model would
            self._fail_on(doc)
        yield from super().pipe(docs, *args, **kwargs)


def load_failing(config_path: str | None = None, overrides: Iterable[str] = ()) -> Pipeline:
    return FailingPipeline.load(config_path, overrides)


def load_broken(config_path: str | None = None, overrides: Iterable[str] = ()) -> Pipeline:
    raise FileNotFoundError("model directory models/missing not found")


def make_briefs(folder: Path, count: int, specials: dict[int, str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"brief {n:03d}.txt"
        path.write_text(THAI.format(n=n) + (specials or {}).get(n, ""), encoding="utf-8")
        paths.append(path)
    return paths


def run(
    inputs: list[str], tmp_path: Path, name: str = "run", **options: object
) -> tuple[list[dict], list[dict], object]:
    output, errors = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.errors.jsonl"
    options.setdefault("spec", NO_NER)
    summary = run_batch(
        InputPlan.from_args(inputs),
        output=str(output),
        errors=str(errors),
        options=RunOptions(**options),
    )
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    error_lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    return records, error_lines, summary


def test_one_line_per_input_and_exit_codes(tmp_path: Path) -> None:
    paths = make_briefs(tmp_path / "in", 5)
    (tmp_path / "in" / "english.txt").write_text("An English brief, not Thai.", encoding="utf-8")
    records, errors, summary = run([str(tmp_path / "in")], tmp_path)
    assert len(records) == 5 and len(errors) == 1
    assert {r["source"]["path"] for r in records} == {str(p) for p in paths}
    assert errors[0]["reason"].startswith("not Thai")
    assert (summary.documents, summary.records, summary.errors) == (6, 5, 1)
    assert summary.exit_code == EXIT_SOME_ERRORS
    _, _, clean = run([str(p) for p in paths], tmp_path, name="clean")
    assert clean.exit_code == EXIT_OK


def test_two_workers_write_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    make_briefs(tmp_path / "in", 40, specials={7: "\x00"})
    inputs = [str(tmp_path / "in"), str(tmp_path / "missing.txt")]
    one = run(inputs, tmp_path, name="one", workers=1, chunk_size=3)
    two = run(inputs, tmp_path, name="two", workers=2, chunk_size=3)
    assert one[0] == two[0] and one[1] == two[1]
    assert len(one[0]) == 39 and len(one[1]) == 2
    # Unordered output holds the same lines, possibly in another order.
    loose = run(inputs, tmp_path, name="loose", workers=2, chunk_size=2, ordered=False)
    key = json.dumps
    assert sorted(map(key, loose[0])) == sorted(map(key, one[0]))
    assert sorted(map(key, loose[1])) == sorted(map(key, one[1]))


@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_exceptions_and_dead_workers_become_error_lines(
    tmp_path: Path, workers: int
) -> None:
    specials = {3: "RAISE", 11: "RAISE"}
    if workers > 1:
        specials[6] = "CRASH"  # in-process, a crash would take the test runner with it
    paths = make_briefs(tmp_path / "in", 14, specials)
    spec = PipelineSpec(loader=load_failing, overrides=("ner.backend=none",))
    records, errors, summary = run(
        [str(p) for p in paths], tmp_path, workers=workers, chunk_size=4, spec=spec
    )
    failed = {Path(e["path"]).name: e["reason"] for e in errors}
    assert failed.keys() == {paths[n].name for n in specials}
    assert failed[paths[3].name] == "internal error: ValueError: cannot handle this brief"
    if workers > 1:
        assert failed[paths[6].name] == "internal error: the worker process died on this document"
    # Every other document of the failing chunks still got its record, in order.
    assert [r["source"]["path"] for r in records] == [
        str(p) for n, p in enumerate(paths) if n not in specials
    ]
    assert summary.errors == len(specials) and summary.records == 14 - len(specials)


@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_that_cannot_load_is_a_usage_error(tmp_path: Path, workers: int) -> None:
    paths = make_briefs(tmp_path / "in", 2)
    with pytest.raises(UsageError, match="models/missing not found"):
        run(
            [str(p) for p in paths],
            tmp_path,
            workers=workers,
            spec=PipelineSpec(loader=load_broken),
        )


def test_torn_last_line_is_cut_before_resuming(tmp_path: Path) -> None:
    output = tmp_path / "records.jsonl"
    with JsonlWriter(str(output)) as writer:
        writer.write(['{"source": {"sha256": "aa"}}', '{"source": {"sha256": "bb"}}'])
    whole = output.read_bytes()
    with open(output, "ab") as stream:
        stream.write(b'{"source": {"sha256": "c')  # what kill -9 during a write can leave
    found = scan_for_resume(str(output))
    assert found.dropped_bytes == len(b'{"source": {"sha256": "c')
    assert dict(found.keys) == {"aa": 1, "bb": 1}
    assert output.read_bytes() == whole


def test_resume_skips_done_inputs_counting_identical_ones(tmp_path: Path) -> None:
    paths = make_briefs(tmp_path / "in", 6)
    twin = tmp_path / "in" / "twin.txt"  # same bytes as brief 000: same sha256
    twin.write_bytes(paths[0].read_bytes())
    inputs = [str(p) for p in paths] + [str(twin), str(tmp_path / "missing.txt")]
    full, full_errors, _ = run(inputs, tmp_path, name="full")
    # A first run that got through the first three inputs only.
    partial, _, _ = run(inputs[:3], tmp_path, name="part")
    resumed = run_batch(
        InputPlan.from_args(inputs),
        output=str(tmp_path / "part.jsonl"),
        errors=str(tmp_path / "part.errors.jsonl"),
        options=RunOptions(resume=True, spec=NO_NER),
    )
    assert resumed.skipped == 3 and resumed.records == 4 and resumed.errors == 1
    lines = (tmp_path / "part.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == full
    # Resuming a finished run does nothing more.
    again = run_batch(
        InputPlan.from_args(inputs),
        output=str(tmp_path / "part.jsonl"),
        errors=str(tmp_path / "part.errors.jsonl"),
        options=RunOptions(resume=True, spec=NO_NER),
    )
    assert again.documents == 0 and again.skipped == len(inputs)
    assert len((tmp_path / "part.errors.jsonl").read_text().splitlines()) == len(full_errors)


def test_resume_refuses_stdout_and_shared_files(tmp_path: Path) -> None:
    plan = InputPlan.from_args([str(p) for p in make_briefs(tmp_path / "in", 1)])
    with pytest.raises(UsageError, match="--resume"):
        run_batch(plan, output="-", errors=None, options=RunOptions(resume=True))
    same = str(tmp_path / "x.jsonl")
    with pytest.raises(UsageError, match="different file"):
        run_batch(plan, output=same, errors=same, options=RunOptions(spec=NO_NER))


def test_resume_key_matches_between_items_and_written_lines() -> None:
    doc = InputDocument.from_text("ข่าว", doc_id="x")
    record = Pipeline.load(overrides=["ner.backend=none"])(doc)
    assert resume_key(doc) == resume_key(json.loads(record.model_dump_json()))
    missing = ErrorLine(path="nowhere.txt", reason="missing")
    assert resume_key(missing) == resume_key(json.loads(missing.model_dump_json()))
    assert resume_key(missing) != resume_key(ErrorLine(path="elsewhere.txt", reason="missing"))


@pytest.mark.skipif(not SAMPLE.is_dir(), reason="needs ../shared/corpus/thaigov-sample")
def test_every_sample_input_gives_exactly_one_line(tmp_path: Path) -> None:
    files = sorted(p for p in SAMPLE.rglob("*") if p.is_file())[::30][:100]
    assert len(files) == 100
    records, errors, summary = run([str(p) for p in files], tmp_path, workers=1)
    seen = [r["source"]["path"] for r in records] + [e["path"] for e in errors]
    assert sorted(seen) == sorted(str(p) for p in files)
    by_path = {r["source"]["path"]: r for r in records}
    for path in files:
        if str(path) in by_path:
            assert by_path[str(path)]["doc_id"] == path.stem
            Record.model_validate(by_path[str(path)])
    assert all(e["sha256"] and e["reason"] for e in errors)
    assert summary.documents == 100
