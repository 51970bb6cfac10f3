"""Model architectures the NER config names, registered with spaCy's registry."""

from __future__ import annotations

import spacy
from spacy.ml.models.parser import build_tb_parser_model
from spacy.tokens import Doc
from thinc.api import Model
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
