"""Training a few steps on a tiny set, loading the result back, and the CLI around it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mjci_extract.cli import app
from mjci_extract.ner import EntitySpan, load_backend
from mjci_extract.ner.train import train_model

CONFIG = Path(__file__).resolve().parents[1] / "configs" / "ner.cfg"
TRAIN_LINES = [
    "[PERSON]นายสมชาย ใจดี[/PERSON] เดินทางไป[LOCATION]เชียงใหม่[/LOCATION] เมื่อ[DATE]5 มีนาคม[/DATE]",
    "[PERSON]นางสมศรี มีสุข[/PERSON] ประชุมที่[ORGANIZATION]กระทรวงการคลัง[/ORGANIZATION]",
    "[PERSON]นายสมชาย ใจดี[/PERSON] กล่าวว่า [LOCATION]ลำปาง[/LOCATION] มีฝนตก",
    "[ORGANIZATION]กระทรวงการคลัง[/ORGANIZATION] แถลงข่าวเมื่อ[DATE]5 มีนาคม[/DATE]",
] * 6
VAL_LINES = [
    "[PERSON]นางสมศรี มีสุข[/PERSON] เดินทางไป[LOCATION]ลำปาง[/LOCATION]",
    "[ORGANIZATION]กระทรวงการคลัง[/ORGANIZATION] ประชุม[DATE]5 มีนาคม[/DATE]",
]
# Fast and decisive for a test: a larger learning rate and few steps.
OVERRIDES = {
    "training.max_steps": 60,
    "training.eval_frequency": 20,
    "training.optimizer.learn_rate": 0.01,
    "training.batcher.size.start": 200,
}


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("thainer")
    (folder / "train.txt").write_text("\ufeff" + "\n".join(TRAIN_LINES) + "\n", encoding="utf-8")
    (folder / "val.txt").write_text("\n".join(VAL_LINES) + "\n", encoding="utf-8")
    spans = {
        "id": "own-1",
        "text": "นายสมชาย ใจดี เป็นรัฐมนตรี",
        "spans": [
            {"start": 0, "end": 13, "label": "PERSON", "text": "นายสมชาย ใจดี"},
            {"start": 18, "end": 26, "label": "POSITION", "text": "รัฐมนตรี"},
        ],
    }
    (folder / "spans.jsonl").write_text(json.dumps(spans, ensure_ascii=False) + "\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny_model(tiny_data: Path, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("models") / "tiny-ner"
    return train_model(
        CONFIG,
        output,
        thainer_dir=tiny_data,
        annotations=tiny_data / "spans.jsonl",
        seed=0,
        overrides=OVERRIDES,
    )


def test_training_writes_a_model_with_its_meta(tiny_model: Path, tiny_data: Path):
    assert (tiny_model / "config.cfg").is_file()
    meta = json.loads((tiny_model / "mjci_meta.json").read_text(encoding="utf-8"))
    assert {"PERSON", "ORGANIZATION", "LOCATION", "DATE", "POSITION"} <= set(meta["labels"])
    digests = {entry["path"]: entry["sha256"] for entry in meta["training_data"]}
    expected = hashlib.sha256((tiny_data / "train.txt").read_bytes()).hexdigest()
    assert digests["train.txt"] == expected
    assert any(path.endswith("spans.jsonl") for path in digests)
    assert meta["seed"] == 0
    assert meta["credit"]["license"] == "CC BY 3.0"
    assert "Wannaphong Phatthiyaphaibun" in meta["credit"]["author"]
    per_label = meta["scores"]["per_label"]
    assert set(per_label) >= {"PERSON", "LOCATION"}
    assert 0.0 <= meta["scores"]["micro_4_labels"]["f1"] <= 1.0
    if "gazetteer_tags_sha256" in meta:  # the model keeps the table it was trained with
        from mjci_extract.ner.gazetteer_tags import TAG_TABLE_FILE, TagTable

        table = TagTable.from_file(tiny_model / TAG_TABLE_FILE)
        assert table.fingerprint() == meta["gazetteer_tags_sha256"]


def test_trained_model_loads_and_finds_what_it_was_taught(tiny_model: Path):
    backend = load_backend("spacy", tiny_model)
    text = "นายสมชาย ใจดี เดินทางไปเชียงใหม่"
    spans = backend.find(text)
    assert all(isinstance(s, EntitySpan) and 0 <= s.start < s.end <= len(text) for s in spans)
    assert EntitySpan(0, 13, "PERSON") in spans
    # pipe keeps order and agrees with find; empty text gives no spans.
    assert list(backend.pipe(["", text, "   "])) == [[], spans, []]


def test_training_is_reproducible_with_the_same_seed(tiny_model: Path, tiny_data: Path, tmp_path):
    again = train_model(
        CONFIG,
        tmp_path / "again",
        thainer_dir=tiny_data,
        annotations=tiny_data / "spans.jsonl",
        seed=0,
        overrides=OVERRIDES,
    )
    assert (again / "ner" / "model").read_bytes() == (tiny_model / "ner" / "model").read_bytes()


def test_cli_train_and_evaluate(tiny_data: Path, tiny_model: Path, tmp_path: Path):
    runner = CliRunner()
    result = runner.invoke(
        app, ["evaluate-ner", str(tiny_data / "val.txt"), "--ner-model", str(tiny_model), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["examples"] == 2
    gold_total = sum(r["true_positives"] + r["false_negatives"] for r in report["per_label"])
    assert gold_total == 4
    untitled = runner.invoke(
        app,
        ["evaluate-ner", str(tiny_data / "val.txt"), "--ner-model", str(tiny_model)]
        + ["--strip-titles", "--json"],
    )
    assert untitled.exit_code == 0, untitled.output
    # Only the val line with a titled PERSON ("นางสมศรี มีสุข") is scored, without its title.
    assert json.loads(untitled.stdout)["examples"] == 1
    table = runner.invoke(
        app, ["evaluate-ner", str(tiny_data / "val.txt"), "--ner-model", str(tiny_model)]
    )
    assert table.exit_code == 0 and "micro" in table.stdout
    missing = runner.invoke(app, ["evaluate-ner", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "nope.txt: file not found" in missing.output
    no_model = runner.invoke(
        app, ["evaluate-ner", str(tiny_data / "val.txt"), "--ner-model", str(tmp_path)]
    )
    assert no_model.exit_code == 2 and "not a spaCy model directory" in no_model.output
    no_data = runner.invoke(
        app,
        [
            "train",
            "--output",
            str(tmp_path / "m"),
            "--thainer-dir",
            str(tmp_path),
            "--max-steps",
            "5",
        ],
    )
    assert no_data.exit_code == 2 and "train.txt: ThaiNER file not found" in no_data.output


def test_pretrained_tok2vec_feeds_training(tiny_data: Path, tmp_path: Path):
    from mjci_extract.ner.pretrain import pretrain_tok2vec

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "brief.txt").write_text(
        "\n".join(line.replace("[", "").replace("]", "") for line in TRAIN_LINES[:8]),
        encoding="utf-8",
    )
    weights = pretrain_tok2vec(
        CONFIG, tmp_path / "tok2vec.bin", raw_text_dir=raw, thainer_dir=tiny_data, epochs=1
    )
    assert weights.stat().st_size > 0
    info = json.loads(weights.with_suffix(".json").read_text(encoding="utf-8"))
    assert info["raw_text"]["lines"] > 0 and len(info["raw_text"]["sha256"]) == 64
    model = train_model(
        CONFIG,
        tmp_path / "from-pretrained",
        thainer_dir=tiny_data,
        overrides={**OVERRIDES, "paths.init_tok2vec": str(weights)},
    )
    meta = json.loads((model / "mjci_meta.json").read_text(encoding="utf-8"))
    init = [entry for entry in meta["training_data"] if entry["role"] == "init_tok2vec"]
    assert init and init[0]["sha256"] == hashlib.sha256(weights.read_bytes()).hexdigest()
    with pytest.raises(FileNotFoundError, match="pretrained tok2vec weights not found"):
        train_model(
            CONFIG,
            tmp_path / "missing",
            thainer_dir=tiny_data,
            overrides={**OVERRIDES, "paths.init_tok2vec": str(tmp_path / "nope.bin")},
        )


def test_pretraining_text_reads_archives_in_place_and_leaves_held_out_briefs_out(
    tiny_data: Path, tmp_path: Path
):
    import io
    import tarfile

    from mjci_extract.ner.pretrain import write_raw_text

    kept = "กระทรวงการคลังแถลงข่าวเรื่องงบประมาณประจำปีในวันนี้\nหน้าแรก ข่าวทำเนียบรัฐบาล ทุกหน้า\n"
    held = "บรีฟนี้เป็นข้อมูลทดสอบที่ต้องไม่เข้าสู่การฝึกแบบใดเลยทั้งสิ้น\n"
    other = "เชียงใหม่มีฝนตกหนักตลอดสัปดาห์ตามที่กรมอุตุนิยมวิทยาแจ้งไว้\nหน้าแรก ข่าวทำเนียบรัฐบาล ทุกหน้า\n"
    archives = tmp_path / "archive"
    archives.mkdir()
    with tarfile.open(archives / "thaigov-2020.tar.gz", "w:gz") as tar:
        for name, text in (("a.txt", kept), ("b.txt", held), ("c.txt", other)):
            data = text.encode("utf-8")
            member = tarfile.TarInfo(f"2020/01/01/{name}")
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    skip = {hashlib.sha256(held.encode("utf-8")).hexdigest()}

    def texts(max_per_archive: int) -> list[str]:
        out = tmp_path / f"raw-{max_per_archive}.jsonl"
        write_raw_text(archives, tiny_data, out, skip_sha256=skip, max_per_archive=max_per_archive)
        return [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]

    everything = texts(0)
    assert "บรีฟนี้เป็นข้อมูลทดสอบที่ต้องไม่เข้าสู่การฝึกแบบใดเลยทั้งสิ้น" not in everything
    assert everything.count("หน้าแรก ข่าวทำเนียบรัฐบาล ทุกหน้า") == 1  # page furniture once
    assert "เชียงใหม่มีฝนตกหนักตลอดสัปดาห์ตามที่กรมอุตุนิยมวิทยาแจ้งไว้" in everything
    first_only = texts(1)
    assert "เชียงใหม่มีฝนตกหนักตลอดสัปดาห์ตามที่กรมอุตุนิยมวิทยาแจ้งไว้" not in first_only
    assert "กระทรวงการคลังแถลงข่าวเรื่องงบประมาณประจำปีในวันนี้" in first_only


def test_held_out_hashes_cover_dev_gold_and_the_in_domain_test():
    from mjci_extract.ner.pretrain import held_out_sha256

    shared = Path(__file__).resolve().parents[2] / "shared"
    hashes = held_out_sha256(shared)
    dev = json.loads((shared / "dev" / "gold" / "index.json").read_text(encoding="utf-8"))
    assert {row["sha256"] for row in dev} <= hashes
    test_file = Path(__file__).resolve().parents[1] / "annotations" / "thaigov-ner-test.jsonl"
    first = json.loads(test_file.read_text(encoding="utf-8").splitlines()[0])
    assert first["sha256"] in hashes


def test_overrides_reach_our_own_config_section(tiny_data: Path, tmp_path: Path):
    model = train_model(
        CONFIG,
        tmp_path / "no-copies",
        thainer_dir=tiny_data,
        overrides={**OVERRIDES, "training.max_steps": 2, "mjci.person_titles": []},
    )
    meta = json.loads((model / "mjci_meta.json").read_text(encoding="utf-8"))
    assert "untitled_person_copies" not in meta["training_data"][0]


def _bio_tagger_config(tmp_path: Path) -> Path:
    """configs/ner.cfg with the BIO tagger (mjci_bio_ner) in place of spaCy's `ner`, as the README
    describes."""
    text = CONFIG.read_text(encoding="utf-8")
    start = text.index("[components.ner]\n")
    end = text.index("[components.ner.model.tok2vec]\n")
    tagger = (
        '[components.ner]\nfactory = "mjci_bio_ner"\n\n'
        '[components.ner.model]\n@architectures = "spacy.Tagger.v2"\nnO = null\n'
        "normalize = false\n\n"
    )
    text = text[:start] + tagger + text[end:]
    text = text.replace("headline_ents_f = 1.0\nents_f = 0.0", "ents_f = 1.0")
    path = tmp_path / "ner-tagger.cfg"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_bio_tagger_alternative_trains_and_its_fast_path_matches_spacy(
    tiny_data: Path, tmp_path: Path
):
    from mjci_extract.ner.convert import parse_tagged_line
    from mjci_extract.ner.spacy_backend import SpacyNerBackend

    model = train_model(
        _bio_tagger_config(tmp_path), tmp_path / "tagger", thainer_dir=tiny_data, seed=0,
        overrides=OVERRIDES,
    )  # fmt: skip
    backend = SpacyNerBackend(model)
    assert backend._tagger is not None  # the decoding fast path, not nlp.pipe
    texts = [parse_tagged_line(line)[0].text for line in TRAIN_LINES[:4]] + [""]
    fast = list(backend.pipe(texts))
    via_spacy = [SpacyNerBackend._from_ents(doc, doc.text) for doc in backend.nlp.pipe(texts)]
    assert fast == via_spacy
    assert any(span.label == "PERSON" for spans in fast for span in spans)
