"""Dask: `extract_bag` and `extract --dask-scheduler` on a real LocalCluster equal the local run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from typer.testing import CliRunner  # noqa: E402

from mjci_extract.cli import app  # noqa: E402
from mjci_extract.io.read import InputPlan  # noqa: E402
from mjci_extract.run.batch import PipelineSpec, RunOptions, run_batch  # noqa: E402
from mjci_extract.run.dask_bag import extract_bag, is_error  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "corpus" / "thaigov-sample"
BRIEF = "วันที่ 4 กรกฎาคม 2567 คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาแหล่งน้ำ ณ ทำเนียบรัฐบาล\n"

pytestmark = pytest.mark.skipif(not SAMPLE.is_dir(), reason="needs ../shared/corpus/thaigov-sample")


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def inputs() -> list[str]:
    files = sorted(p for p in SAMPLE.rglob("*") if p.is_file())
    english = [p for p in files if p.name.startswith("Government News")][:1]  # not Thai: an error
    return [str(p) for p in files[::400][:7] + english]


def local_run(inputs: list[str], tmp_path: Path) -> tuple[list[dict], list[dict], Path, Path]:
    out, err = tmp_path / "local.jsonl", tmp_path / "local.errors.jsonl"
    run_batch(
        InputPlan.from_args(inputs),
        output=str(out),
        errors=str(err),
        options=RunOptions(spec=PipelineSpec(overrides=("ner.backend=none",))),
    )
    read = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for line in err.read_text(encoding="utf-8").splitlines()]
    return read, errors, out, err


def test_extract_bag_equals_the_local_run(
    client: distributed.Client, inputs: list[str], tmp_path: Path
) -> None:
    records, errors, _, _ = local_run(inputs, tmp_path)
    assert len(records) == len(inputs) - 1 and len(errors) == 1
    bag = db.from_sequence(inputs, npartitions=3)
    result = extract_bag(bag, overrides=["ner.backend=none"]).compute()
    assert [item for item in result if not is_error(item)] == records
    assert [item for item in result if is_error(item)] == errors
    # Each worker process built its pipeline once and reused it for all its partitions.
    cached = client.run(lambda: len(__import__("mjci_extract.run.batch").run.batch._PIPELINES))
    assert sorted(cached.values()) == [1, 1] or sum(cached.values()) == 1


def test_extract_bag_takes_id_text_dicts(client: distributed.Client) -> None:
    bag = db.from_sequence([{"id": "d1", "text": BRIEF}, {"id": "d2"}, 42], npartitions=2)
    first, second, third = extract_bag(bag, overrides=["ner.backend=none"]).compute()
    assert not is_error(first) and first["doc_id"] == "d1"
    assert is_error(second) and second["reason"] == 'JSONL record has no "text"'
    assert is_error(third) and third["reason"].startswith("unsupported bag element: int")


def test_cli_dask_scheduler_writes_the_same_files(
    client: distributed.Client, inputs: list[str], tmp_path: Path
) -> None:
    _, _, local_out, local_err = local_run(inputs, tmp_path)
    out, err = tmp_path / "dask.jsonl", tmp_path / "dask.errors.jsonl"
    address = client.scheduler.address
    result = CliRunner().invoke(
        app,
        ["extract", *inputs, "-o", str(out), "--errors", str(err), "--ner-backend", "none"]
        + ["--dask-scheduler", address, "--chunk-size", "2"],
    )
    assert result.exit_code == 1, result.output  # the English brief is an error line
    assert out.read_bytes() == local_out.read_bytes()
    assert err.read_bytes() == local_err.read_bytes()


def test_cli_dask_scheduler_that_is_not_there_is_a_usage_error(inputs: list[str]) -> None:
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(
            app,
            [
                "extract",
                inputs[0],
                "--dask-scheduler",
                "tcp://127.0.0.1:9",
                "--ner-backend",
                "none",
            ],
        )
    assert result.exit_code == 2
    assert "cannot use the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
