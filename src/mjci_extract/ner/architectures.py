"""Model architectures the NER config names, registered with spaCy's registry."""

from __future__ import annotations

import spacy
from spacy.ml import _character_embed
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.models.parser import build_tb_parser_model
from spacy.tokens import Doc
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d

# The ref under which the entity recogniser exposes its own token-to-vector CNN.
CNN_REF = "cnn_tok2vec"


@spacy.registry.architectures("mjci_extract.EntityRecognizer.v1")
def entity_recognizer(
    tok2vec: Model[list[Doc], list[Floats2d]],
    hidden_width: int,
    maxout_pieces: int,
    use_upper: bool = True,
    nO: int | None = None,
) -> Model:
    """spaCy's transition-based NER model (TransitionBasedParser.v2, state_type "ner"), with its
    CNN reachable as the `cnn_tok2vec` ref.

    spaCy's own "tok2vec" ref on this model ends in a projection to the hidden width and outputs
    one array, which `spacy pretrain` and `[initialize] init_tok2vec` cannot use: they need the
    per-document CNN. `[pretraining] layer = "cnn_tok2vec"` points them at it.
    """
    model = build_tb_parser_model(
        tok2vec,
        state_type="ner",
        extra_state_tokens=False,
        hidden_width=hidden_width,
        maxout_pieces=maxout_pieces,
        use_upper=use_upper,
        nO=nO,
    )
    model.set_ref(CNN_REF, tok2vec)
    return model


@spacy.registry.architectures("mjci_extract.MultiHashCharEmbed.v1")
def multi_hash_char_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    nM: int,
    nC: int,
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed.v2 (one hash table per attribute, e.g. NORM, PREFIX, SUFFIX,
    SHAPE and the gazetteer TAG) with spaCy's character embedding concatenated on, as
    CharacterEmbed.v2 does for its single attribute: the first and last UTF-8 bytes of each
    word (`nC` in all, alternating from both ends; a Thai character is 3 bytes), `nM` dimensions
    each, one table per byte position. One maxout (3 pieces, layer-normed) maps the
    concatenation to `width`, as in MultiHashEmbed. No static vectors.
    """
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    # The same tables and seeds as MultiHashEmbed.v2 (8, 9, ...).
    embeddings = [
        HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0) for i, n_rows in enumerate(rows)
    ]
    hashed = chain(
        FeatureExtractor(attrs),
        list2ragged(),
        with_array(concatenate(*embeddings)),
    )
    chars = chain(_character_embed.CharacterEmbed(nM=nM, nC=nC), list2ragged())
    return chain(
        concatenate(hashed, chars),
        with_array(Maxout(width, width * len(attrs) + nM * nC, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
