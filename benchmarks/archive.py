"""The whole thaigov archive as a benchmark: extract, then validate, then export, as a user runs them.

    python benchmarks/archive.py --workers 2 --json-out archive.json
    python benchmarks/archive.py ../shared/corpus/thaigov-archive/thaigov-2020.tar.gz   # one year

Runs the real commands (`python -m mjci_extract extract ARCHIVES --workers N`, `validate`,
`export --to out.duckdb`, `export --to out.parquet`) in a scratch folder and reports wall time of
each, briefs/s of extract, peak RSS of each worker (sampled), records, error lines by reason, and
checks that every input gave exactly one line (archive members counted independently) and that
the exports hold every record. Exits 1 when a check fails or a command crashes.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

from throughput import DescendantPeakRss  # same folder: benchmarks/

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ARCHIVE = REPO.parent / "shared" / "corpus" / "thaigov-archive"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mjci_extract", *args]


def timed(args: list[str], workers: int = 0) -> dict:
    """Run a command; its exit code, wall seconds, stderr tail and (if asked) per-process RSS."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with DescendantPeakRss(interval=0.5, pid=proc.pid, include_root=True) as rss:
        _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    peaks = sorted(rss.peaks.items())
    return {
        "rc": proc.returncode,
        "seconds": round(seconds, 1),
        "stderr": stderr.strip().splitlines()[-3:],
        "main_rss_mb": round(rss.peaks.get(proc.pid, 0.0), 1),
        # CPU seconds of the command and its workers (sampled; the last half second is missed):
        # on a machine shared with other jobs, wall time on an idle one is about cpu_s / cores.
        "cpu_s": round(sum(rss.cpu.values()), 1),
        # The workers: the largest descendants (the forkserver and resource tracker stay small).
        "worker_rss_mb": sorted(
            (round(mb, 1) for pid, mb in peaks if pid != proc.pid), reverse=True
        )[:workers],
    }


def count_members(archives: list[Path]) -> int:
    total = 0
    for path in archives:
        with tarfile.open(path, mode="r|*") as archive:
            total += sum(1 for info in archive if info.isfile())
    return total


def reason_kind(reason: str) -> str:
    """An error reason without its particulars: 'not Thai', 'duplicate doc_id', 'empty', ..."""
    kind = reason.split(":")[0]
    return re.sub(r" '.*'$| \d.*$", "", kind)


def field_of_lines(path: Path, field: str) -> list:
    """One field of every line (the files are large: the rest is not kept)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)[field] for line in handle]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archives", nargs="*", type=Path, help="tarballs (default: all six)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work-dir", type=Path, help="keep the outputs here (default: a temp dir)")
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args()
    archives = args.archives or sorted(DEFAULT_ARCHIVE.glob("*.tar.gz"))
    if not archives:
        parser.error(f"no archives found in {DEFAULT_ARCHIVE}")
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work_dir or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        records, errors = work / "records.jsonl", work / "errors.jsonl"
        inputs = count_members(archives)
        extract = timed(
            command(
                "extract", *map(str, archives), "-o", str(records), "--errors", str(errors),
                "--workers", str(args.workers), "--no-progress",
            ),
            workers=args.workers,
        )  # fmt: skip
        doc_ids = field_of_lines(records, "doc_id")
        reasons = field_of_lines(errors, "reason")
        validate = timed(command("validate", str(records)))
        duckdb_out, parquet_out = work / "records.duckdb", work / "records.parquet"
        for target in (duckdb_out, parquet_out):
            subprocess.run(["rm", "-rf", str(target)], check=True)
        to_duckdb = timed(command("export", str(records), "--to", str(duckdb_out)))
        to_parquet = timed(command("export", str(records), "--to", str(parquet_out)))
        exported = None
        if to_duckdb["rc"] == 0:
            import duckdb

            with duckdb.connect(str(duckdb_out), read_only=True) as con:
                exported = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    result = {
        "archives": [p.name for p in archives],
        "workers": args.workers,
        "inputs": inputs,
        "records": len(doc_ids),
        "error_lines": len(reasons),
        "errors_by_reason": dict(Counter(reason_kind(reason) for reason in reasons).most_common()),
        "extract": extract,
        "briefs_per_s": round(inputs / extract["seconds"], 1) if extract["seconds"] else None,
        "validate": validate,
        "export_duckdb": to_duckdb,
        "export_parquet": to_parquet,
        "exported_documents": exported,
        "total_seconds": round(
            sum(s["seconds"] for s in (extract, validate, to_duckdb, to_parquet)), 1
        ),
    }
    checks = {
        # exit 1 = finished with some error lines; anything else is a crash or a usage error
        "extract finished": extract["rc"] in (0, 1),
        "every input one line": len(doc_ids) + len(reasons) == inputs,
        "doc_ids unique": len(set(doc_ids)) == len(doc_ids),
        "validate exit 0": validate["rc"] == 0,
        "export holds every record": exported == len(doc_ids) and to_parquet["rc"] == 0,
    }
    result["checks"] = checks
    worker_rss = extract["worker_rss_mb"]
    print(f"archives: {', '.join(result['archives'])} ({args.workers} workers)")
    print("| stage | wall s | result |")
    print("|---|---|---|")
    print(
        f"| extract | {extract['seconds']} | {inputs} inputs, {len(doc_ids)} records, "
        f"{len(reasons)} error lines, {result['briefs_per_s']} briefs/s, "
        f"peak RSS per worker {worker_rss} MB (main {extract['main_rss_mb']} MB), "
        f"{extract['cpu_s']} CPU s |"
    )
    print(
        f"| validate | {validate['seconds']} | exit {validate['rc']}, {validate['cpu_s']} CPU s |"
    )
    print(
        f"| export DuckDB | {to_duckdb['seconds']} | {exported} documents, "
        f"peak RSS {to_duckdb['main_rss_mb']} MB |"
    )
    print(
        f"| export Parquet | {to_parquet['seconds']} | exit {to_parquet['rc']}, "
        f"peak RSS {to_parquet['main_rss_mb']} MB |"
    )
    print(f"| total | {result['total_seconds']} | |")
    print("error lines by reason:", json.dumps(result["errors_by_reason"], ensure_ascii=False))
    print("checks:", json.dumps(checks))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
