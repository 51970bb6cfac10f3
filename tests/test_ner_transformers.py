"""The transformers backend on a tiny, randomly initialised BERT built here (no hub, no download)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from mjci_extract.ner import EntitySpan, NerModelError, load_backend  # noqa: E402
from mjci_extract.ner.transformers_backend import parse_tag, tags_to_spans  # noqa: E402

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "E-ORG", "S-MISC"]
TEXT = "นายสมชาย ใจดี ไปลำปาง"


def _build(folder: Path, favourite: str) -> Path:
    """A 1-layer BERT over a character WordPiece vocabulary whose classifier always prefers
    `favourite` (weights zero, bias one-hot), so the expected output is known exactly."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast

    chars = sorted(set(TEXT.replace(" ", "")) | set("abc"))
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars, *[f"##{c}" for c in chars]]
    ids = {token: i for i, token in enumerate(vocab)}
    # Built with `tokenizers` directly so it works with transformers 4.x and 5.x alike.
    core = Tokenizer(models.WordPiece(ids, unk_token="[UNK]"))
    # Thai vowel marks are combining characters: no accent stripping, no lower-casing.
    core.normalizer = normalizers.BertNormalizer(
        lowercase=False, strip_accents=False, handle_chinese_chars=False
    )
    core.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    core.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])]
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=core,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    folder.mkdir(parents=True, exist_ok=True)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=24,  # shorter than the text: forces overlapping windows
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    model = BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        model.classifier.bias[LABELS.index(favourite)] = 5.0
    tokenizer.save_pretrained(folder)
    model.save_pretrained(folder)
    return folder


def test_inside_tags_merge_into_one_span_per_phrase(tmp_path: Path):
    backend = load_backend("transformers", _build(tmp_path / "per", "I-PER"))
    assert backend.labels == ("LOCATION", "ORGANIZATION", "PERSON")  # MISC maps to nothing
    # Every token is I-PER, so I- continues the entity across the spaces between words too.
    spans = backend.find(TEXT)
    assert spans == [EntitySpan(0, len(TEXT), "PERSON")]


def test_begin_tags_give_one_span_per_token_with_character_offsets(tmp_path: Path):
    backend = load_backend("transformers", _build(tmp_path / "loc", "B-LOC"))
    text = TEXT + " " + TEXT  # longer than one window of 24 positions
    spans = backend.find(text)
    # One LOCATION per character (the vocabulary is characters), none lost or doubled between
    # the overlapping windows.
    assert [text[s.start : s.end] for s in spans] == [c for c in text if not c.isspace()]
    assert {s.label for s in spans} == {"LOCATION"}
    assert list(backend.pipe(["", "   ", TEXT])) == [[], [], spans[: len(TEXT.replace(" ", ""))]]


def test_label_map_option_renames_checkpoint_types(tmp_path: Path):
    folder = _build(tmp_path / "misc", "S-MISC")
    assert load_backend("transformers", folder).find(TEXT) == []
    mapped = load_backend("transformers", folder, label_map={"MISC": "PROJECT"})
    assert mapped.labels == ("LOCATION", "ORGANIZATION", "PERSON", "PROJECT")
    assert mapped.find("ab") == [EntitySpan(0, 1, "PROJECT"), EntitySpan(1, 2, "PROJECT")]


def test_missing_or_wrong_model_directory_is_a_clear_error(tmp_path: Path):
    with pytest.raises(NerModelError, match="needs a model directory"):
        load_backend("transformers", None)
    with pytest.raises(NerModelError, match="no config.json"):
        load_backend("transformers", tmp_path)


def test_tag_parsing_and_merging():
    label_map = {"PER": "PERSON", "LOC": "LOCATION"}
    assert parse_tag("B-PER", label_map) == ("B", "PERSON")
    assert parse_tag("L-LOC", label_map) == ("E", "LOCATION")
    assert parse_tag("U-DATE", label_map) == ("S", "DATE")  # ThaiNER labels map to themselves
    assert parse_tag("PER", label_map) == ("I", "PERSON")
    assert parse_tag("O", label_map) is None and parse_tag("B-XYZ", label_map) is None
    text = "ab cd ef"
    tokens = [
        (0, 1, ("B", "PERSON")),
        (1, 2, ("I", "PERSON")),
        (3, 4, ("E", "PERSON")),
        (4, 5, ("E", "PERSON")),  # E after a closed entity opens (and closes) a new one
        (6, 7, ("I", "LOCATION")),  # stray I- opens an entity
        (7, 8, None),
    ]
    assert tags_to_spans(text, tokens) == [
        EntitySpan(0, 4, "PERSON"),
        EntitySpan(4, 5, "PERSON"),
        EntitySpan(6, 7, "LOCATION"),
    ]
