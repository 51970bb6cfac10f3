"""doc_id is unique within a run and stable across runs, so that extract, validate and export
compose on archives whose file names repeat across folders (thaigov: "ข่าวทำเนียบรัฐบาล_1" exists
on many days)."""

from __future__ import annotations

import gzip
import json
import lzma
import tarfile
from pathlib import Path

import duckdb
import pytest
import zstandard
from typer.testing import CliRunner

from mjci_extract.cli import app
from mjci_extract.io.read import doc_id_for, read_inputs
from mjci_extract.io.validate import validate_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "corpus" / "thaigov-sample"
NAME = "ข่าวทำเนียบรัฐบาล_1.txt"
DAYS = ("2020/09/17", "2020/09/18", "2021/01/04")

needs_sample = pytest.mark.skipif(not SAMPLE.is_dir(), reason="../shared/corpus is not beside us")


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def briefs(count: int) -> list[bytes]:
    """Real thaigov briefs (distinct texts) that extract as Thai documents."""
    found = []
    for path in sorted(SAMPLE.rglob("*.txt")):
        data = path.read_bytes()
        if read_inputs([str(path)]).__next__().__class__.__name__ == "InputDocument":
            found.append(data)
        if len(found) == count:
            return found
    raise AssertionError("not enough Thai briefs in the sample")


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_doc_id_rule() -> None:
    assert doc_id_for("2020/09/17/ข่าว_1.txt") == "2020/09/17/ข่าว_1"
    assert doc_id_for("./a/b.v2.txt") == "a/b.v2"
    assert doc_id_for("/abs/member.txt") == "abs/member"
    assert doc_id_for("README") == "README"


@needs_sample
def test_tarball_and_tree_with_repeated_names_extract_validate_and_export(tmp_path: Path) -> None:
    texts = briefs(6)
    tree = tmp_path / "tree"
    for day, data in zip(DAYS, texts[:3], strict=True):
        (tree / day).mkdir(parents=True)
        (tree / day / NAME).write_bytes(data)
    archive = tmp_path / "thaigov-2022.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for number, data in enumerate(texts[3:], 1):
            member = tmp_path / f"m{number}"
            member.write_bytes(data)
            tar.add(member, arcname=f"2022/0{number}/01/{NAME}")
    records, errors = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    done = run("extract", str(tree), str(archive), "-o", str(records), "--errors", str(errors))
    assert done.exit_code == 0, done.output
    ids = [r["doc_id"] for r in lines_of(records)]
    assert ids == [f"{day}/ข่าวทำเนียบรัฐบาล_1" for day in DAYS] + [
        f"2022/0{n}/01/ข่าวทำเนียบรัฐบาล_1" for n in (1, 2, 3)
    ]
    assert errors.read_text() == ""
    # Stable: a second run gives the same ids.
    again = tmp_path / "again.jsonl"
    assert run("extract", str(tree), str(archive), "-o", str(again)).exit_code == 0
    assert [r["doc_id"] for r in lines_of(again)] == ids
    assert run("validate", str(records)).exit_code == 0
    assert validate_file(records).valid == 6
    db = tmp_path / "out.duckdb"
    assert run("export", str(records), "--to", str(db)).exit_code == 0
    with duckdb.connect(str(db)) as con:
        exported = [row[0] for row in con.execute("SELECT doc_id FROM documents").fetchall()]
        model_entities = con.execute("SELECT count(*) FROM entities WHERE source = 'model'")
        assert model_entities.fetchone()[0] > 0
    assert sorted(exported) == sorted(ids)
    parquet = tmp_path / "out.parquet"
    assert run("export", str(records), "--to", str(parquet)).exit_code == 0
    assert (parquet / "documents.parquet").is_file()


@needs_sample
def test_same_tree_given_twice_gives_error_lines_naming_the_first(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    for day, data in zip(DAYS[:2], briefs(2), strict=True):
        (tree / day).mkdir(parents=True)
        (tree / day / NAME).write_bytes(data)
    records, errors = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    args = ("extract", str(tree), str(tree), "-o", str(records), "--errors", str(errors))
    done = run(*args, "--ner-backend", "none")
    assert done.exit_code == 1  # the run finished; two inputs gave error lines
    assert len(lines_of(records)) == 2
    duplicates = lines_of(errors)
    assert [e["doc_id"] for e in duplicates] == [f"{day}/ข่าวทำเนียบรัฐบาล_1" for day in DAYS[:2]]
    for error in duplicates:
        assert error["reason"].startswith(f"duplicate doc_id {error['doc_id']!r}: ")
        assert str(tree / error["doc_id"]) + ".txt" in error["reason"]  # names the first input
    assert run("validate", str(records)).exit_code == 0
    # --resume with these ids: nothing left to do, and still one line per input.
    resumed = run(*args, "--ner-backend", "none", "--resume")
    assert resumed.exit_code == 0 and "4 skipped" in resumed.output
    assert len(lines_of(records)) == 2 and len(lines_of(errors)) == 2


def test_jsonl_with_a_repeated_id_gives_one_error_line(tmp_path: Path) -> None:
    texts = [
        "วันที่ 4 กรกฎาคม 2567 คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาแหล่งน้ำ",
        "นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการนโยบายพลังงานแห่งชาติ",
        "กระทรวงพาณิชย์จัดประชุมหารือความร่วมมือด้านการค้ากับสปป. ลาว",
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n"
            for doc_id, text in zip(("a", "b", "a"), texts, strict=True)
        ),
        encoding="utf-8",
    )
    records, errors = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    done = run(
        "extract", str(batch), "-o", str(records), "--errors", str(errors), "--ner-backend", "none"
    )
    assert done.exit_code == 1
    assert [r["doc_id"] for r in lines_of(records)] == ["a", "b"]
    (error,) = lines_of(errors)
    assert (error["path"], error["line"], error["doc_id"]) == (str(batch), 3, "a")
    assert error["reason"] == (
        f"duplicate doc_id 'a': {batch}:1 has it already (doc_ids are unique within a run)"
    )
    assert run("validate", str(records)).exit_code == 0


@pytest.mark.parametrize(
    "suffix,compress",
    [
        (".jsonl.gz", gzip.compress),
        (".jsonl.xz", lzma.compress),
        (".jsonl.zst", lambda data: zstandard.ZstdCompressor().compress(data)),
    ],
)
def test_compressed_jsonl_inputs_are_read_transparently(tmp_path: Path, suffix, compress) -> None:
    text = "วันที่ 4 กรกฎาคม 2567 คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาแหล่งน้ำ ณ ทำเนียบรัฐบาล"
    data = (json.dumps({"id": "x1", "text": text}, ensure_ascii=False) + "\n{bad\n").encode()
    path = tmp_path / f"batch{suffix}"
    path.write_bytes(compress(data))
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["InputDocument", "ErrorLine"]
    assert items[0].doc_id == "x1" and items[0].text == text
    assert items[1].line == 2 and items[1].reason.startswith("invalid JSON")
    # A records file compressed the same way validates too.
    records = tmp_path / "records.jsonl"
    assert run("extract", str(path), "-o", str(records), "--ner-backend", "none").exit_code == 1
    packed = tmp_path / f"records{suffix}"
    packed.write_bytes(compress(records.read_bytes()))
    assert validate_file(packed).valid == 1


def test_truncated_compressed_jsonl_is_one_error_line_after_the_lines_read(tmp_path: Path) -> None:
    text = "คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาแหล่งน้ำ ณ ทำเนียบรัฐบาล"
    rows = "".join(
        json.dumps({"id": str(i), "text": text + str(i)}, ensure_ascii=False) + "\n"
        for i in range(2000)
    )
    path = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(rows.encode())
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_inputs([str(path)]))
    *docs, last = items
    assert docs and all(d.__class__.__name__ == "InputDocument" for d in docs)
    assert last.__class__.__name__ == "ErrorLine" and last.path == str(path)
    assert last.reason.startswith(f"unreadable after {len(docs)} lines: ")


@needs_sample
def test_files_given_one_by_one_with_one_name_get_the_folders_that_tell_them_apart(
    tmp_path: Path,
) -> None:
    texts = briefs(2)
    paths = []
    for day, data in zip(("2024/03/21", "2024/04/21"), texts, strict=True):
        (tmp_path / day).mkdir(parents=True)
        paths.append(tmp_path / day / NAME)
        paths[-1].write_bytes(data)
    alone = tmp_path / "seed.txt"
    alone.write_bytes(texts[0])
    items = list(read_inputs([str(paths[0]), str(paths[1]), str(alone), str(paths[0])]))
    assert [i.doc_id for i in items] == [
        "03/21/ข่าวทำเนียบรัฐบาล_1",
        "04/21/ข่าวทำเนียบรัฐบาล_1",
        "seed",
        "03/21/ข่าวทำเนียบรัฐบาล_1",
    ]
    # The same file named twice is the one collision left: an error line naming the first.
    assert [type(i).__name__ for i in items] == ["InputDocument"] * 3 + ["ErrorLine"]
    assert items[3].reason.startswith(f"duplicate doc_id '03/21/ข่าวทำเนียบรัฐบาล_1': {paths[0]} ")
