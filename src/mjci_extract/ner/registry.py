"""Importing this module registers with spaCy everything our NER configs name: the tokenizer,
the BIO tagger factory, the model architectures and the headline-label scorer. Whatever builds or
loads a model (training, pretraining, the spaCy backend) imports it, so none of them can miss one.
"""

import mjci_extract.ner.architectures  # noqa: F401
import mjci_extract.ner.bio_tagger  # noqa: F401
import mjci_extract.ner.scorer  # noqa: F401
import mjci_extract.ner.tokenizer  # noqa: F401
