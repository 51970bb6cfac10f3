"""Reading inputs: every kind of input, and one clear error line for every kind of bad input."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from mjci_extract.io.document import InputDocument
from mjci_extract.io.read import (
    DEFAULT_MAX_BYTES,
    MIN_THAI_SHARE,
    InputPlan,
    ReadSettings,
    read_inputs,
    thai_share,
)
from mjci_extract.record.models import ErrorLine

# Briefs written for these tests, in the register of Thai government news.
BRIEF_A = (
    "วันที่ 15 กรกฎาคม 2567 นายสมชาย ใจดี ปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุม"
    "คณะกรรมการความร่วมมือด้านเศรษฐกิจ ครั้งที่ 29 ณ ห้องประชุม 1 อาคารกระทรวงอุตสาหกรรม "
    "กรุงเทพมหานคร\n"
)
BRIEF_B = "เมื่อวันที่ ๔ ก.ค. ๖๗ คณะรัฐมนตรีมีมติเห็นชอบโครงการพัฒนาระบบน้ำเพื่อการเกษตร\n"
BRIEF_C = "นางสาวมาลี สุขสันต์ อธิบดีกรมส่งเสริมการค้า ร่วมประชุมออนไลน์กับผู้แทนสปป. ลาว\n"
ENGLISH = "The Prime Minister chaired the 29th meeting of the committee in Bangkok today.\n"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_all(*paths: str | Path, **settings: object) -> list[InputDocument | ErrorLine]:
    return list(read_inputs([str(p) for p in paths], ReadSettings(**settings)))


def only(items: list[InputDocument | ErrorLine]) -> InputDocument | ErrorLine:
    assert len(items) == 1, items
    return items[0]


def test_plain_file_with_thai_space_and_tab_in_its_name(tmp_path: Path) -> None:
    path = tmp_path / "ข่าว ประชุม\tครั้งที่ 29.txt"
    data = BRIEF_A.encode("utf-8")
    path.write_bytes(data)
    doc = only(read_all(path))
    assert isinstance(doc, InputDocument)
    assert doc.doc_id == "ข่าว ประชุม\tครั้งที่ 29"
    assert doc.path == str(path)
    assert doc.sha256 == sha(data)
    assert doc.text == BRIEF_A
    assert doc.encoding == "utf-8" and doc.warnings == []


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    names = ["b/2.txt", "a/z/1.txt", "a/ก.txt", "a\tx/3.txt", "c.txt", "a/b c.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BRIEF_B, encoding="utf-8")
    items = read_all(tmp_path)
    relative = [Path(doc.path).relative_to(tmp_path).parts for doc in items]
    assert relative == sorted(Path(name).parts for name in names)
    assert all(isinstance(doc, InputDocument) for doc in items)
    # The same tree read twice gives the same order (runs are reproducible).
    assert [d.path for d in read_all(tmp_path)] == [d.path for d in items]


def test_glob_pattern_and_a_pattern_that_matches_nothing(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text(BRIEF_A, encoding="utf-8")
    (tmp_path / "x" / "two.md").write_text(BRIEF_B, encoding="utf-8")
    (tmp_path / "three.txt").write_text(BRIEF_C, encoding="utf-8")
    items = read_all(f"{tmp_path}/**/*.txt")
    assert sorted(Path(d.path).name for d in items) == ["one.txt", "three.txt"]
    error = only(read_all(f"{tmp_path}/*.csv"))
    assert isinstance(error, ErrorLine) and error.reason.startswith("missing: no file matches")


def test_missing_path_and_broken_symlink_are_error_lines(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    error = only(read_all(missing))
    assert isinstance(error, ErrorLine)
    assert error.path == str(missing) and error.reason.startswith("missing")
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "good.txt").write_text(BRIEF_A, encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", folder / "link.txt")
    items = read_all(folder)
    assert [type(i).__name__ for i in items] == ["InputDocument", "ErrorLine"]
    assert "broken symbolic link" in items[1].reason


def test_symlink_loop_in_a_directory_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(BRIEF_A, encoding="utf-8")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    items = read_all(tmp_path / "d")
    assert [Path(i.path).name for i in items] == ["a.txt"]


def test_utf8_with_bom_keeps_sha_of_the_bytes(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + BRIEF_A.encode("utf-8")
    (tmp_path / "bom.txt").write_bytes(data)
    doc = only(read_all(tmp_path / "bom.txt"))
    assert isinstance(doc, InputDocument)
    assert doc.text == BRIEF_A  # the BOM is not text: offsets start after it
    assert doc.sha256 == sha(data)
    assert doc.encoding == "utf-8-sig"


def test_cp874_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    data = (BRIEF_A + BRIEF_B).encode("cp874")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    (tmp_path / "legacy.txt").write_bytes(data)
    doc = only(read_all(tmp_path / "legacy.txt"))
    assert isinstance(doc, InputDocument)
    assert doc.text == BRIEF_A + BRIEF_B
    assert doc.encoding == "cp874"
    assert doc.sha256 == sha(data)
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("decoded as cp874")


def test_latin1_text_is_not_mistaken_for_cp874(tmp_path: Path) -> None:
    data = "Le comité a approuvé le numéro élevé à Genève, déjà célébré.".encode("latin-1")
    (tmp_path / "latin1.txt").write_bytes(data)
    error = only(read_all(tmp_path / "latin1.txt"))
    assert isinstance(error, ErrorLine)
    assert error.reason.startswith("undecodable: invalid UTF-8 byte 0xe9")
    assert error.sha256 == sha(data)


def test_bytes_that_are_neither_utf8_nor_cp874(tmp_path: Path) -> None:
    data = BRIEF_A.encode("utf-8")[:30] + b"\xff\xfc\xdb" + BRIEF_B.encode("utf-8")
    (tmp_path / "bad.txt").write_bytes(data)
    error = only(read_all(tmp_path / "bad.txt"))
    assert isinstance(error, ErrorLine)
    assert error.reason.startswith("undecodable") and "cp874" in error.reason
    assert error.doc_id == "bad" and error.sha256 == sha(data)


@pytest.mark.parametrize(
    ("data", "reason_start"),
    [
        (b"", "empty: the input has 0 bytes"),
        (b" \n\t\r\n  ", "empty: the text is only whitespace"),
        ("\u00a0\u3000\n".encode(), "empty: the text is only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary: contains NUL bytes"),
        (bytes(range(1, 9)) * 20 + BRIEF_A.encode("utf-8"), "binary: "),
        (ENGLISH.encode("utf-8"), "not Thai: 0% of the letters are Thai"),
        (b"2567 12345 !!! ...", "not Thai"),
    ],
)
def test_bad_inputs_give_one_error_line_with_path_sha_and_reason(
    tmp_path: Path, data: bytes, reason_start: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    error = only(read_all(path))
    assert isinstance(error, ErrorLine)
    assert error.reason.startswith(reason_start), error.reason
    assert error.path == str(path)
    assert error.sha256 == sha(data)


def test_too_large_is_measured_against_the_setting(tmp_path: Path) -> None:
    data = (BRIEF_A * 20).encode("utf-8")
    (tmp_path / "big.txt").write_bytes(data)
    error = only(read_all(tmp_path / "big.txt", max_bytes=1000))
    assert isinstance(error, ErrorLine)
    assert error.reason == f"too large: {len(data)} bytes (the limit is 1000)"
    assert error.sha256 == sha(data)  # hashed in blocks, still the sha256 of the bytes
    assert isinstance(only(read_all(tmp_path / "big.txt")), InputDocument)
    assert DEFAULT_MAX_BYTES >= 1_000_000


def test_thai_share_threshold_is_a_setting(tmp_path: Path) -> None:
    mixed = "ประชุม " + "meeting of the committee on economic cooperation " * 2
    (tmp_path / "mixed.txt").write_text(mixed, encoding="utf-8")
    share = thai_share(mixed)
    assert 0 < share < MIN_THAI_SHARE
    assert isinstance(only(read_all(tmp_path / "mixed.txt")), ErrorLine)
    assert isinstance(only(read_all(tmp_path / "mixed.txt", min_thai_share=share)), InputDocument)
    # Thai vowel and tone marks count as Thai, so a plain Thai sentence is fully Thai.
    assert thai_share(BRIEF_B) == 1.0


def test_a_thai_brief_quoting_a_long_english_text_is_still_a_thai_brief(tmp_path: Path) -> None:
    # The Prime Minister's letter quoted in full: below MIN_THAI_SHARE overall, but the header,
    # title and lead are Thai; an English brief's Thai header alone does not make it Thai.
    title = "นายกรัฐมนตรีมีหนังสือแสดงความยินดีถึงนายกรัฐมนตรีญี่ปุ่น ในโอกาสเข้ารับตำแหน่ง"
    page = f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{title}\n\n\nวันพฤหัสบดีที่ 17 กันยายน 2563\nพิมพ์\n{title}\n{title}\n"
    lead = "เมื่อวันที่ 16 กันยายน 2563 นายกรัฐมนตรีได้มีหนังสือแสดงความยินดี ดังนี้\n"
    quoting = page + lead + ENGLISH * 20
    assert thai_share(quoting) < MIN_THAI_SHARE
    (tmp_path / "quoting.txt").write_text(quoting, encoding="utf-8")
    assert isinstance(only(read_all(tmp_path / "quoting.txt")), InputDocument)
    english = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-" + ENGLISH * 20
    (tmp_path / "english.txt").write_text(english, encoding="utf-8")
    error = only(read_all(tmp_path / "english.txt"))
    assert isinstance(error, ErrorLine) and error.reason.startswith("not Thai")


def test_unreadable_file_is_an_error_line() -> None:
    if not os.path.exists("/proc/self/mem"):
        pytest.skip("needs /proc/self/mem, a file that exists but cannot be read from offset 0")
    error = only(read_all("/proc/self/mem"))
    assert isinstance(error, ErrorLine)
    assert error.reason.startswith("unreadable: ")


def test_device_that_never_ends_is_refused_not_read() -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("needs /dev/zero")
    error = only(read_all("/dev/zero"))
    assert isinstance(error, ErrorLine) and error.reason == "unreadable: not a regular file"


def test_stdin_is_capped_too() -> None:
    data = BRIEF_A.encode("utf-8") * 3
    settings = ReadSettings(max_bytes=len(data) - 1)
    error = only(list(read_inputs(["-"], settings, io.BytesIO(data))))
    assert isinstance(error, ErrorLine) and error.reason.startswith(f"too large: {len(data)} bytes")
    assert error.sha256 == sha(data)


def write_jsonl(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jsonl_documents_and_errors_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": BRIEF_A}, ensure_ascii=False),
        "",  # blank lines are separators, not documents
        '{"id": "a2", "text": "unterminated',
        json.dumps({"text": BRIEF_B}, ensure_ascii=False),
        json.dumps({"id": "a4"}),
        json.dumps({"id": 5, "text": BRIEF_C}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a7", "text": ENGLISH}),
        json.dumps({"id": "a8", "text": 42}),
        json.dumps({"id": True, "text": BRIEF_A}, ensure_ascii=False),
    ]
    write_jsonl(path, lines)
    items = read_all(path)
    assert len(items) == 9
    kinds = [(type(i).__name__, getattr(i, "line", None)) for i in items]
    docs = [i for i in items if isinstance(i, InputDocument)]
    errors = {i.line: i for i in items if isinstance(i, ErrorLine)}
    assert [d.doc_id for d in docs] == ["a1", "5"]
    assert docs[0].path == f"{path}:1" and docs[1].path == f"{path}:6"
    assert docs[0].text == BRIEF_A
    assert docs[0].sha256 == sha(BRIEF_A.encode("utf-8"))  # the sha of the text, as in annotations
    assert sorted(errors) == [3, 4, 5, 7, 8, 9, 10], kinds
    assert errors[3].reason.startswith("invalid JSON: Unterminated string")
    assert errors[4].reason == 'JSONL record has no "id"'
    assert errors[5].reason == 'JSONL record has no "text"' and errors[5].doc_id == "a4"
    assert errors[7].reason.startswith("expected a JSON object")
    assert errors[8].reason.startswith("not Thai") and errors[8].doc_id == "a7"
    assert errors[9].reason.startswith('"text" must be a string')
    assert errors[10].reason.startswith('"id" must be a string or an integer')
    assert all(e.path == str(path) and e.sha256 for e in errors.values())
    assert errors[3].sha256 == sha(lines[2].encode("utf-8"))


def test_jsonl_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(b'{"id": "x", "text": "' + BRIEF_B.strip().encode("cp874") + b'"}\n')
    error = only(read_all(path))
    assert isinstance(error, ErrorLine) and error.line == 1
    assert error.reason.startswith("not valid UTF-8: byte 0x")


def make_zip(path: Path) -> dict[str, bytes]:
    members = {
        "briefs/ข่าว 1.txt": BRIEF_A.encode("utf-8"),
        "briefs/empty.txt": b"",
        "briefs/more.jsonl": (json.dumps({"id": "j1", "text": BRIEF_C}) + "\n").encode(),
        "legacy.txt": BRIEF_B.encode("cp874"),
    }
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("briefs/", b"")  # a directory entry: not an input
        for name, data in members.items():
            archive.writestr(name, data)
    return members


def test_zip_members_are_read_in_place_in_archive_order(tmp_path: Path) -> None:
    path = tmp_path / "archive.zip"
    members = make_zip(path)
    items = read_all(path)
    assert [i.path for i in items] == [
        f"{path}/briefs/ข่าว 1.txt",
        f"{path}/briefs/empty.txt",
        f"{path}/briefs/more.jsonl:1",
        f"{path}/legacy.txt",
    ]
    first, empty, from_jsonl, legacy = items
    assert isinstance(first, InputDocument) and first.doc_id == "briefs/ข่าว 1"  # member path
    assert first.sha256 == sha(members["briefs/ข่าว 1.txt"]) and first.text == BRIEF_A
    assert isinstance(empty, ErrorLine) and empty.reason.startswith("empty")
    assert isinstance(from_jsonl, InputDocument) and from_jsonl.doc_id == "j1"
    assert isinstance(legacy, InputDocument) and legacy.encoding == "cp874"
    assert InputPlan.from_args([str(path)]).count() == 4


@pytest.mark.parametrize("suffix,mode", [(".tar", "w"), (".tar.gz", "w:gz"), (".tgz", "w:gz")])
def test_tar_members_are_read_in_place(tmp_path: Path, suffix: str, mode: str) -> None:
    path = tmp_path / f"archive{suffix}"
    members = {"a/one.txt": BRIEF_A.encode(), "b/two\tแท็บ.txt": BRIEF_B.encode(), "c.bin": b"\0"}
    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    items = read_all(path)
    assert [i.path for i in items] == [f"{path}/{name}" for name in members]
    assert [i.sha256 for i in items] == [sha(data) for data in members.values()]
    assert [type(i).__name__ for i in items] == ["InputDocument", "InputDocument", "ErrorLine"]
    assert items[1].doc_id == "b/two\tแท็บ"  # the member path, without the extension
    assert InputPlan.from_args([str(path)]).count() == 3


def test_corrupt_archives_are_error_lines(tmp_path: Path) -> None:
    fake_zip = tmp_path / "fake.zip"
    fake_zip.write_bytes(b"this is not a zip file")
    error = only(read_all(fake_zip))
    assert isinstance(error, ErrorLine) and error.reason.startswith("unreadable archive")
    good = tmp_path / "good.tar.gz"
    with tarfile.open(good, "w:gz") as archive:
        for number in range(20):
            data = (BRIEF_A * 30 + str(number)).encode()
            info = tarfile.TarInfo(f"{number}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    items = read_all(truncated)
    assert isinstance(items[-1], ErrorLine) and items[-1].path == str(truncated)
    assert items[-1].reason.startswith("unreadable archive")
    assert all(isinstance(i, InputDocument) for i in items[:-1])


def test_stdin_text_and_stdin_jsonl() -> None:
    data = BRIEF_A.encode("utf-8")
    doc = only(list(read_inputs(["-"], stdin=io.BytesIO(data))))
    assert isinstance(doc, InputDocument)
    assert (doc.doc_id, doc.path, doc.sha256) == ("stdin", "<stdin>", sha(data))
    lines = f'{{"id": "s1", "text": "{BRIEF_B.strip()}"}}\n{{"id": "s2"}}\n'.encode()
    items = list(read_inputs(["-"], ReadSettings(stdin_format="jsonl"), io.BytesIO(lines)))
    assert [type(i).__name__ for i in items] == ["InputDocument", "ErrorLine"]
    assert items[1].line == 2


def test_inputs_keep_argument_order_and_count_matches(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text(BRIEF_A, encoding="utf-8")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(BRIEF_B, encoding="utf-8")
    jsonl = tmp_path / "x.jsonl"
    write_jsonl(jsonl, [json.dumps({"id": "x", "text": BRIEF_C}), "{bad"])
    args = [str(tmp_path / "z.txt"), str(tmp_path / "missing"), str(tmp_path / "d"), str(jsonl)]
    plan = InputPlan.from_args(args)
    items = list(plan)
    assert [Path(i.path.split(":")[0]).name for i in items] == [
        "z.txt",
        "missing",
        "a.txt",
        "x.jsonl",
        "x.jsonl",
    ]
    assert plan.count() == len(items) == 5
