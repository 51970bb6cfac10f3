"""The package as a new user gets it: a wheel, installed (not editable) into a fresh virtual
environment, run from a directory outside the checkout.

Slow (about a minute: the wheel's dependencies are installed into the new environment), but part
of the default suite: a source checkout hides exactly the problems this test is for (a model found
through the repository, a module that is not in the wheel, a dependency that is not declared).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_1222a793f4919218.txt"
GOLDEN_SEED = ROOT / "tests" / "golden" / "seed.json"
MAX_WHEEL_BYTES = 50 * 1024 * 1024
# Like .ci/run: if anything pulls torch in, it must be the CPU wheel on disk, never a download.
CONSTRAINTS = "torch==2.13.0\n"
# What a copy of the checkout leaves out: a stale build/ would put deleted modules in the wheel.
SETUPTOOLS_WARNINGS = ("BuildBackendWarning", "SetuptoolsDeprecationWarning")
NOT_BUILT_FROM = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "out")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not beside the repository"),
]


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 600):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MJCI_NER_MODEL")}
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_BUILT_FROM))
    dist = base / "dist"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)],
        base,
        env,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    # setuptools warns before it drops support: a deprecated license table, a data folder it
    # would no longer ship
    log = built.stdout + built.stderr
    assert not [w for w in SETUPTOOLS_WARNINGS if w in log], log[-3000:]
    (wheel,) = dist.glob("*.whl")
    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", str(venv)], base, env)
    assert made.returncode == 0, made.stderr
    constraints = base / "constraints.txt"
    constraints.write_text(CONSTRAINTS, encoding="utf-8")
    python = venv / "bin" / "python"
    install = _run(
        [str(python), "-m", "pip", "install", "-q", "-c", str(constraints), str(wheel)], base, env
    )
    assert install.returncode == 0, install.stderr[-3000:]
    work = base / "elsewhere"  # outside the checkout and outside the copy it was built from
    work.mkdir()
    return {"wheel": wheel, "venv": venv, "python": python, "work": work, "env": env}  # type: ignore[dict-item]


def test_wheel_carries_the_model_and_every_module(installed) -> None:
    wheel: Path = installed["wheel"]
    assert wheel.stat().st_size < MAX_WHEEL_BYTES
    names = set(zipfile.ZipFile(wheel).namelist())
    model = ROOT / "models" / "mjci-ner-th"
    for path in model.rglob("*"):
        if path.is_file():
            assert f"mjci_extract/model_data/mjci-ner-th/{path.relative_to(model)}" in names
    # Every module of the source tree (pyproject.toml lists the packages by hand).
    for path in (ROOT / "src" / "mjci_extract").rglob("*.py"):
        assert f"mjci_extract/{path.relative_to(ROOT / 'src' / 'mjci_extract')}" in names, path


def test_installed_wheel_extracts_the_seed_outside_the_checkout(installed) -> None:
    work: Path = installed["work"]
    env: dict[str, str] = installed["env"]
    where = _run(
        [
            str(installed["python"]),
            "-c",
            "import mjci_extract.ner as n; print(n.default_model_path())",
        ],
        work,
        env,
    )
    assert where.returncode == 0, where.stderr
    # The model is the copy inside the installed package, not the checkout's models/.
    assert Path(where.stdout.strip()).is_relative_to(installed["venv"]), where.stdout
    result = _run(
        [str(installed["venv"] / "bin" / "mjci-extract"), "extract", str(SEED), "-o", "out.jsonl"],
        work,
        env,
    )
    assert result.returncode == 0, result.stderr
    (line,) = (work / "out.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    expected = json.loads(GOLDEN_SEED.read_text(encoding="utf-8"))
    assert record["source"]["path"] == str(SEED)
    record["source"]["path"] = expected["source"]["path"]
    # The same record as the golden one from the checkout: officials and the model's entities.
    assert record == expected
    assert {"สำลี บุษดี", "ยาสุจิ โคมิยามะ"} <= {o["name"] for o in record["officials"]}
    assert any(entity["source"] == "model" for entity in record["entities"])


def test_python_dash_m_and_a_missing_model_in_one_line(installed) -> None:
    work: Path = installed["work"]
    env: dict[str, str] = installed["env"]
    helped = _run([str(installed["python"]), "-m", "mjci_extract", "--help"], work, env)
    assert helped.returncode == 0 and "extract" in helped.stdout, helped.stderr
    via_m = _run(
        [
            str(installed["python"]),
            "-m",
            "mjci_extract",
            "extract",
            str(SEED),
            "--ner-backend",
            "none",
        ],
        work,
        env,
    )
    assert via_m.returncode == 0 and json.loads(via_m.stdout)["doc_id"] == SEED.stem
    missing = work / "no-such-model"
    broken = _run(
        [str(installed["venv"] / "bin" / "mjci-extract"), "extract", str(SEED)],
        work,
        {**env, "MJCI_NER_MODEL": str(missing)},
    )
    assert broken.returncode == 2
    (message,) = broken.stderr.strip().splitlines()
    assert str(missing) in message and "no such directory" in message
    assert "--ner-model" in message and "internal error" not in message
