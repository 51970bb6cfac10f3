"""Throughput benchmark: our pipeline with 1 and 2 workers against the obvious pipeline.

    python benchmarks/throughput.py --limit 600 --workers 1,2 --json-out bench.json

Reads the first --limit briefs (sorted paths) of ../shared/corpus/thaigov-sample. Each
configuration runs in a fresh Python process, so that peak RSS belongs to it alone:
- ours, N workers: `run_batch` exactly as `mjci-extract extract --workers N` runs it (default
  settings: the configured NER backend), docs/s over the processing time (start-up, i.e. worker
  start and pipeline loading, is reported apart), peak RSS of the largest worker process;
- the obvious pipeline, one brief at a time: pythainlp word_tokenize(engine="newmm"),
  sent_tokenize(engine="crfcut"), and the same spaCy NER model (`ner.load_backend("spacy")`);
  it runs at a few briefs/s, so it gets its own, smaller --baseline-limit.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "thaigov-sample"


def corpus_files(corpus: Path, limit: int) -> list[str]:
    return [str(p) for p in sorted(p for p in corpus.rglob("*") if p.is_file())[:limit]]


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


class DescendantPeakRss:
    """Samples the RSS of every descendant process (workers fork from a forkserver, so they are
    grandchildren and getrusage(RUSAGE_CHILDREN) never sees them); keeps each one's peak.
    `pid`: whose descendants (default: this process's), and with `include_root` that process too."""

    def __init__(
        self, interval: float = 0.1, pid: int | None = None, include_root: bool = False
    ) -> None:
        self.interval, self.peaks = interval, {}
        self.pid, self.include_root = pid, include_root
        self.cpu: dict[int, float] = {}  # last seen user+system seconds of each descendant
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.wait(self.interval):
            try:
                procs = root.children(recursive=True)
            except psutil.Error:
                return
            for proc in [root, *procs] if self.include_root else procs:
                try:
                    rss = proc.memory_info().rss / 2**20
                    times = proc.cpu_times()
                except psutil.Error:
                    continue
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0.0), rss)
                self.cpu[proc.pid] = times.user + times.system

    def __enter__(self) -> DescendantPeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_ours(
    files: list[str], workers: int, ner_backend: str | None, ner_scope: str | None = None
) -> dict:
    from mjci_extract.io.read import InputPlan
    from mjci_extract.run.batch import PipelineSpec, RunOptions, run_batch

    own = resource.getrusage(resource.RUSAGE_SELF)
    with tempfile.TemporaryDirectory() as folder, DescendantPeakRss() as sampler:
        config_path = None
        if ner_scope:  # a config file, as `extract --config` would take it
            config_path = os.path.join(folder, "scope.cfg")
            Path(config_path).write_text(f'[ner]\nscope = "{ner_scope}"\n', encoding="utf-8")
        overrides = (f"ner.backend={ner_backend}",) if ner_backend else ()
        spec = PipelineSpec(config_path=config_path, overrides=overrides)
        summary = run_batch(
            InputPlan.from_args(files),
            output=os.path.join(folder, "records.jsonl"),
            errors=os.path.join(folder, "errors.jsonl"),
            options=RunOptions(workers=workers, spec=spec),
        )
    processing = summary.seconds - summary.startup_seconds
    after = resource.getrusage(resource.RUSAGE_SELF)
    # CPU seconds of this process and every worker (start-up included): on a machine shared with
    # other jobs, docs per CPU-second shows the cost of the work apart from the contention.
    cpu = after.ru_utime + after.ru_stime - own.ru_utime - own.ru_stime + sum(sampler.cpu.values())
    # In-process (1 worker) the pipeline lives in this process; otherwise in the largest worker.
    worker_rss = (
        max(sampler.peaks.values(), default=0.0)
        if workers > 1
        else peak_rss_mb(resource.RUSAGE_SELF)
    )
    return {
        "pipeline": "ours" + (f", [ner] scope {ner_scope}" if ner_scope else ""),
        "workers": workers,
        "documents": summary.documents,
        "records": summary.records,
        "errors": summary.errors,
        "startup_s": round(summary.startup_seconds, 2),
        "processing_s": round(processing, 2),
        "docs_per_s": round(summary.documents / processing, 2) if processing > 0 else None,
        "peak_rss_mb_per_worker": round(worker_rss, 1),
        "main_rss_mb": round(peak_rss_mb(resource.RUSAGE_SELF), 1),
        "cpu_s": round(cpu, 2),
        "docs_per_cpu_s": round(summary.documents / cpu, 2) if cpu > 0 else None,
    }


def run_obvious(files: list[str]) -> dict:
    from pythainlp.tokenize import sent_tokenize, word_tokenize

    from mjci_extract.io.read import InputDocument, read_inputs

    docs = [d for d in read_inputs(files) if isinstance(d, InputDocument)]
    ner_note = "spaCy NER (models/mjci-ner-th)"
    start = time.perf_counter()
    try:
        from mjci_extract.ner import load_backend

        ner = load_backend("spacy")
    except Exception as exc:  # the model is not shipped yet, or the module is missing
        ner, ner_note = None, f"NER skipped: {type(exc).__name__}: {str(exc).splitlines()[0]}"
    word_tokenize("ทดสอบ", engine="newmm")  # load dictionaries and the CRF model outside timing
    sent_tokenize("ทดสอบ", engine="crfcut")
    startup = time.perf_counter() - start
    start, own = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    for doc in docs:
        word_tokenize(doc.text, engine="newmm")
        sent_tokenize(doc.text, engine="crfcut")
        if ner is not None:
            ner.find(doc.text)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - own.ru_utime - own.ru_stime
    return {
        "pipeline": "obvious: newmm + crfcut + spaCy NER, one brief at a time",
        "workers": 1,
        "documents": len(docs),
        "startup_s": round(startup, 2),
        "processing_s": round(seconds, 2),
        "docs_per_s": round(len(docs) / seconds, 2) if seconds > 0 else None,
        "peak_rss_mb_per_worker": round(peak_rss_mb(resource.RUSAGE_SELF), 1),
        "cpu_s": round(cpu, 2),
        "docs_per_cpu_s": round(len(docs) / cpu, 2) if cpu > 0 else None,
        "ner": ner_note,
    }


def child(config: dict) -> dict:
    files = corpus_files(Path(config["corpus"]), config["limit"])
    if config["kind"] == "obvious":
        return run_obvious(files)
    return run_ours(files, config["workers"], config["ner_backend"], config.get("ner_scope"))


def in_fresh_process(config: dict) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(config)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return {"pipeline": config["kind"], "failed": done.stderr.strip().splitlines()[-3:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def ner_setting_that_loads(requested: str | None) -> tuple[str | None, str]:
    """The NER backend to benchmark with: the default when it loads, else 'none' (and why)."""
    if requested is not None:
        return requested, f"--ner-backend {requested}"
    try:
        from mjci_extract.run.pipeline import Pipeline

        Pipeline.load()
        return None, "default settings (NER on)"
    except Exception as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return "none", f"NER OFF: the default pipeline does not load ({first})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=600, help="briefs for our pipeline")
    parser.add_argument("--baseline-limit", type=int, default=60, help="briefs for the obvious one")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--ner-backend", choices=["spacy", "transformers", "none"], default=None)
    parser.add_argument(
        "--ner-scope",
        default="",
        help='comma-separated [ner] scopes to run ("body,cues,all"); default: the configured one',
    )
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    ner_backend, settings = ner_setting_that_loads(args.ner_backend)
    results = []
    scopes = [s.strip() for s in args.ner_scope.split(",") if s.strip()] or [None]
    for workers in [int(w) for w in args.workers.split(",") if w.strip()]:
        for scope in scopes:
            config = {"kind": "ours", "workers": workers, "limit": args.limit}
            config.update(corpus=str(args.corpus), ner_backend=ner_backend, ner_scope=scope)
            results.append(in_fresh_process(config))
    if not args.skip_baseline:
        results.append(
            in_fresh_process(
                {"kind": "obvious", "limit": args.baseline_limit, "corpus": str(args.corpus)}
            )
        )
    report = {
        "corpus": str(args.corpus),
        "settings": settings,
        "cpu_count": os.cpu_count(),
        "results": results,
    }
    ours = {r["workers"]: r["docs_per_s"] for r in results if r.get("pipeline") == "ours"}
    if not ours:  # with --ner-scope: the first scope's numbers
        for r in results:
            if r.get("pipeline", "").startswith("ours"):
                ours.setdefault(r["workers"], r["docs_per_s"])
    obvious = [r["docs_per_s"] for r in results if r.get("pipeline", "").startswith("obvious")]
    if 1 in ours and 2 in ours and ours[1] and ours[2]:
        report["speedup_2_workers"] = round(ours[2] / ours[1], 2)
    if 1 in ours and obvious and obvious[0] and ours[1]:
        report["times_obvious"] = round(ours[1] / obvious[0], 1)
    print(f"corpus: {args.corpus}  settings: {settings}  cpus: {os.cpu_count()}")
    print(
        f"{'pipeline':<58} {'workers':>7} {'docs':>6} {'start s':>8} {'docs/s':>8} "
        f"{'docs/cpu-s':>10} {'RSS MB':>8}"
    )
    for r in results:
        if "failed" in r:
            print(f"{r['pipeline']:<58} FAILED: {' | '.join(r['failed'])}")
            continue
        print(
            f"{r['pipeline'][:58]:<58} {r['workers']:>7} {r['documents']:>6} "
            f"{r['startup_s']:>8} {r['docs_per_s']:>8} {r['docs_per_cpu_s']:>10} "
            f"{r['peak_rss_mb_per_worker']:>8}"
        )
        if "ner" in r:
            print(f"{'':<4}{r['ner']}")
    for key in ("speedup_2_workers", "times_obvious"):
        if key in report:
            print(f"{key}: {report[key]}")
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
