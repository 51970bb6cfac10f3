"""Train floret static vectors for the NER model on the thaigov archive.

    pip install -e '.[vectors]'               # floret
    python tools/train_vectors.py             # -> models/vectors/thaigov-floret-d64/ (spaCy vectors)

Streams the text of every member of ../shared/corpus/thaigov-archive/*.tar.gz (sorted by year,
members in archive order), skipping any brief whose sha256 is in ../shared/dev/gold/index.json
(the dev gold briefs) or in annotations/thaigov-spans.jsonl's in-domain *test* split (their texts
never reach the vectors). Each line of each brief is tokenized with the NER tokenizer
(mjci_extract.ner.tokenizer.ner_words: nlpo3 words, punctuation split off), whitespace tokens
dropped, and written as one space-separated line; identical lines (boilerplate) are kept once.
floret (mode floret, cbow) trains on that file (floret's fixed internal seed; with more than one
thread, as the default 2, runs are not bit-for-bit identical; --threads 1 is), and
`spacy init vectors --mode floret` turns its .floret table into a spaCy vectors folder that a
config's `[initialize] vectors` names.

--max-per-year N uses only the first N briefs of each year (a subset, for a quick run).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def held_out_hashes() -> set[str]:
    hashes = {row["sha256"] for row in json.loads((SHARED / "dev/gold/index.json").read_text())}
    split = json.loads((REPO / "annotations/thaigov-split.json").read_text())
    test = set(split["test"])
    for line in (REPO / "annotations/thaigov-spans.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["id"] in test:
                hashes.add(row["sha256"])
                hashes.add(hashlib.sha256(row["text"].encode("utf-8")).hexdigest())
    return hashes


def write_corpus(archives: list[Path], output: Path, max_per_year: int, log) -> dict:
    from mjci_extract.ner.tokenizer import ner_words

    skip = held_out_hashes()
    seen: set[int] = set()
    stats = {"briefs": 0, "skipped_held_out": 0, "lines": 0, "tokens": 0, "archives": []}
    digest = hashlib.sha256()
    with output.open("w", encoding="utf-8") as out:
        for archive in archives:
            used = 0
            with tarfile.open(archive, "r:gz") as tar:
                for member in tar:
                    if not member.isfile():
                        continue
                    if max_per_year and used >= max_per_year:
                        break
                    data = tar.extractfile(member).read()
                    if hashlib.sha256(data).hexdigest() in skip:
                        stats["skipped_held_out"] += 1
                        continue
                    used += 1
                    text = data.decode("utf-8", errors="replace")
                    for line in text.split("\n"):
                        line = line.strip()
                        if len(line) < 10:
                            continue
                        key = hash(line)
                        if key in seen:
                            continue
                        seen.add(key)
                        tokens = [t for t in ner_words(line) if not t.isspace()]
                        row = " ".join(t.replace(" ", "_") for t in tokens) + "\n"
                        out.write(row)
                        digest.update(row.encode("utf-8"))
                        stats["lines"] += 1
                        stats["tokens"] += len(tokens)
            stats["briefs"] += used
            stats["archives"].append({"file": archive.name, "briefs": used})
            log(f"{archive.name}: {used} briefs, {stats['tokens']} tokens so far")
    stats["corpus_sha256"] = digest.hexdigest()
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive-dir", type=Path, default=SHARED / "corpus/thaigov-archive")
    parser.add_argument("--output", type=Path, default=REPO / "models/vectors/thaigov-floret-d64")
    parser.add_argument("--max-per-year", type=int, default=0, help="0: every brief")
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--bucket", type=int, default=20000)
    parser.add_argument("--minn", type=int, default=2)
    parser.add_argument("--maxn", type=int, default=4)
    parser.add_argument("--epoch", type=int, default=2)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--hash-count", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--corpus", type=Path, help="tokenized corpus file: reused if it exists, else written there"
    )
    args = parser.parse_args(argv)

    import floret

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    archives = sorted(args.archive_dir.glob("*.tar.gz"))
    if not archives:
        parser.error(f"{args.archive_dir}: no .tar.gz archives")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mjci-vectors-") as work:
        work_dir = Path(work)
        corpus = args.corpus or work_dir / "corpus.txt"
        if args.corpus and args.corpus.is_file() and args.corpus.with_suffix(".json").is_file():
            stats = json.loads(args.corpus.with_suffix(".json").read_text())
            log(f"reusing the tokenized corpus {corpus}")
        else:
            stats = write_corpus(archives, corpus, args.max_per_year, log)
            if args.corpus:
                args.corpus.with_suffix(".json").write_text(json.dumps(stats) + "\n")
        log(
            f"corpus: {stats['lines']} lines, {stats['tokens']} tokens "
            f"({time.perf_counter() - started:.0f} s)"
        )
        params = dict(
            model="cbow",
            mode="floret",
            dim=args.dim,
            bucket=args.bucket,
            minn=args.minn,
            maxn=args.maxn,
            epoch=args.epoch,
            minCount=args.min_count,
            hashCount=args.hash_count,
            thread=args.threads,
            verbose=1,
        )
        model = floret.train_unsupervised(str(corpus), **params)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        table = args.output.parent / f"{args.output.name}.floret"  # kept: the raw floret table
        model.save_floret_vectors(str(table))
        log(f"floret trained ({time.perf_counter() - started:.0f} s)")
        if args.output.exists():
            import shutil

            shutil.rmtree(args.output)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "spacy",
                "init",
                "vectors",
                "th",
                str(table),
                str(args.output),
                "--mode",
                "floret",
            ],
            check=True,
        )
    meta = {
        "source": "thaigov archive (../shared/corpus/thaigov-archive, Thai government press "
        "releases, public domain), dev gold briefs and the in-domain NER test briefs excluded",
        "tokenizer": "mjci_extract.ner.tokenizer.ner_words (nlpo3, punctuation split)",
        "floret": {k: v for k, v in params.items()},
        "max_per_year": args.max_per_year,
        "corpus": stats,
        "seconds": round(time.perf_counter() - started, 1),
    }
    (args.output / "mjci_vectors.json").write_text(json.dumps(meta, indent=2) + "\n")
    log(f"vectors written to {args.output} in {meta['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
