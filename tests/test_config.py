"""One validated config: a bad file, section, key or value fails at load naming the file and key;
`--set section.key=value` overrides any key on the command line."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mjci_extract.cli import app
from mjci_extract.core.config import ConfigError, parse_override
from mjci_extract.extract.meetings import MeetingsSettings
from mjci_extract.ner import NerModelError
from mjci_extract.run.batch import PipelineSpec
from mjci_extract.run.pipeline import Pipeline
from mjci_extract.run.pipeline import load_checked_config as load_config
from mjci_extract.text.model_spans import NerSettings

CORPUS_BRIEF = Path(__file__).parent.parent / "corpus" / "th-001.txt"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "my.cfg"
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_key_in_a_file_names_the_file_and_the_key(tmp_path):
    path = write(tmp_path, '[ner]\nscop = "all"\n')
    with pytest.raises(ConfigError) as error:
        Pipeline.load(path)
    assert str(error.value).startswith(f"{path}: [ner] unknown key 'scop'; known keys: backend,")


def test_unknown_section(tmp_path):
    path = write(tmp_path, "[nerr]\nscope = 1\n")
    with pytest.raises(ConfigError, match=r"my\.cfg: unknown section \[nerr\]; known sections:"):
        load_config(path)


def test_bad_value_names_the_file_and_the_key(tmp_path):
    path = write(tmp_path, '[meetings]\nvenue_window = "far"\n')
    with pytest.raises(ConfigError, match=r"my\.cfg: \[meetings\] venue_window: "):
        load_config(path)
    with pytest.raises(ConfigError, match=r"--set ner.scope=wide: \[ner\] scope: "):
        load_config(overrides=["ner.scope=wide"])


def test_a_file_and_overrides_change_keys_one_by_one(tmp_path):
    path = write(tmp_path, "[meetings]\nvenue_window = 300\n")
    config = load_config(path, ["ner.scope=cues", "meetings.related_days=3"])
    meetings = config.get(MeetingsSettings)
    assert (meetings.venue_window, meetings.related_days) == (300, 3)
    assert meetings.opening_window == 150  # from default.cfg
    assert config.get(NerSettings).scope == "cues"


def test_override_values_are_toml_and_bare_words_strings():
    assert parse_override("ner.scope=all") == ("ner", "scope", "all")
    assert parse_override("persons.use_model=false") == ("persons", "use_model", False)
    assert parse_override("pipeline.components=['tokens', 'dates']")[2] == ["tokens", "dates"]
    with pytest.raises(ConfigError, match="expected section.key=value"):
        parse_override("scope=all")


def extract(tmp_path: Path, *args: str) -> list[dict]:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(CORPUS_BRIEF), "-o", str(out), "--workers", "1", *args]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_set_on_the_command_line_changes_the_run(tmp_path):
    # scope "all": the model also reads the header, so model entities appear before the body
    layout_only = Pipeline.load(overrides=["pipeline.components=[]"])
    doc = layout_only.run(layout_only.make_doc(CORPUS_BRIEF.read_text(encoding="utf-8")))
    body_start = doc.norm.start(doc.layout.body_start)
    default = extract(tmp_path)[0]
    every = extract(tmp_path, "--set", "ner.scope=all")[0]

    def in_header(record: dict) -> list[dict]:
        return [e for e in record["entities"] if e["source"] == "model" and e["end"] <= body_start]

    assert in_header(default) == []
    assert in_header(every)


def test_set_with_an_unknown_key_is_one_line_and_exit_2(tmp_path):
    result = CliRunner().invoke(
        app,
        ["extract", str(CORPUS_BRIEF), "-o", str(tmp_path / "o.jsonl"), "--set", "ner.scop=all"],
    )
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "--set ner.scop=all: [ner] unknown key 'scop'; known keys: backend" in lines[0]
    assert "Traceback" not in result.output


def test_set_with_a_bad_component_list_is_one_line_and_exit_2(tmp_path):
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(CORPUS_BRIEF),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--set",
            "pipeline.components=['tokens', 'meetings']",
        ],
    )
    assert result.exit_code == 2
    assert result.output.count("\n") == 1, result.output
    assert "[pipeline] components: pipeline component 'meetings' requires Dates" in result.output


def test_the_pipeline_spec_carries_the_overrides_to_workers():
    spec = PipelineSpec(overrides=("ner.backend=none", "ner.scope=all"))
    assert pickle.loads(pickle.dumps(spec)) == spec
    assert hash(spec) != hash(PipelineSpec(overrides=("ner.backend=none",)))
    assert spec.load().config.get(NerSettings).scope == "all"


def test_a_missing_optional_backend_is_an_error_naming_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "mjci_extract.ner.transformers_backend", None)
    with pytest.raises(NerModelError, match=r"mjci-extract\[transformers\]"):
        Pipeline.load(overrides=["ner.backend=transformers", f"ner.model={tmp_path}"])
