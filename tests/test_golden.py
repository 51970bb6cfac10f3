"""Golden tests: whole records for the seed brief and every brief of corpus/.

A difference means extraction changed. If the change is deliberate, regenerate with
`python tools/update_golden.py` and review `git diff tests/golden` before committing.
"""

import json

import pytest
from golden_support import GOLDEN_DIR, SEED, golden_inputs, record_for

from mjci_extract.run.pipeline import Pipeline

INPUTS = golden_inputs()


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.load()


@pytest.mark.parametrize(("name", "path", "relative"), INPUTS, ids=[i[0] for i in INPUTS])
def test_whole_record_matches_golden(pipeline, name, path, relative):
    golden_file = GOLDEN_DIR / f"{name}.json"
    assert golden_file.exists(), f"no golden record for {name}: run tools/update_golden.py"
    expected = json.loads(golden_file.read_text(encoding="utf-8"))
    actual = record_for(pipeline, path, relative)
    assert actual == expected


@pytest.mark.parametrize(("name", "path", "relative"), INPUTS, ids=[i[0] for i in INPUTS])
def test_every_offset_slices_the_original_text(pipeline, name, path, relative):
    text = path.read_bytes().decode("utf-8")
    record = record_for(pipeline, path, relative)
    spans = [e for e in record["entities"]]
    for meeting in record["meetings"]:
        spans += meeting["evidence"]
        spans += [v for v in (meeting["date"], meeting["venue"]) if v]
    for official in record["officials"]:
        spans += official["evidence"]
    for project in record["projects"]:
        spans += project["evidence"]
    if record["published"]:
        spans.append(record["published"])
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not beside the repository")
def test_seed_gives_exactly_its_gold_record(pipeline):
    gold = json.loads((SEED.parents[1] / "dev" / "gold" / "seed.json").read_text(encoding="utf-8"))
    record = record_for(pipeline, SEED, "seeds/000_1222a793f4919218.txt")
    assert record["published"]["date"] == gold["published"]
    meetings = [
        {
            "number": m["number"],
            "date": m["date"]["date"] if m["date"] else None,
            "end_date": m["date"]["end_date"] if m["date"] else None,
            "venue": m["venue"]["text"] if m["venue"] else None,
            "country": m["country"],
        }
        for m in record["meetings"]
    ]
    assert meetings == gold["meetings"]
    officials = [{"name": o["name"], "position": o["position"]} for o in record["officials"]]
    assert officials == gold["officials"]
    assert [p["title"] for p in record["projects"]] == gold["projects"]
    (meeting,) = record["meetings"]
    assert meeting["chairs"] == ["สำลี บุษดี", "ยาสุจิ โคมิยามะ"]
    assert (
        meeting["name_en"]
        == "29th Meeting on Mekong-Japan Economic and Industrial Cooperation under WEC-WG"
    )
    roles = {o["name"]: (o["honorific"], o["name_en"], o["role"]) for o in record["officials"]}
    assert roles["สำลี บุษดี"] == ("นาย", "Samly Boutsady", "chair")
    assert roles["ยาสุจิ โคมิยามะ"] == ("นาย", "Yasuji Komiyama", "co-chair")
