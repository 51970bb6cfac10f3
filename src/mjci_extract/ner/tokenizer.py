"""The NER model's tokenizer: the project's Thai words, with punctuation split off.

nlpo3 glues punctuation to neighbouring letters ("(ม", "ทส.", ".)", ".พบป"), so an entity such as
"มทส." or "สนช." inside brackets has no token boundary where it starts or ends, and an entity
recogniser cannot get it exactly right. Splitting each bracket, quote, comma, ... and every period
that is not a decimal point into a token of its own makes those boundaries reachable. The model's
config names this tokenizer, so training and `find()` always tokenize the same way.
"""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from mjci_extract.ner.gazetteer_tags import TagTable, gazetteer_tags
from mjci_extract.text.segment import ThaiTokenizer, tokenize_words

# A period between two digits is a decimal point ("16.00", "4.5"); every other period splits.
_PUNCTUATION = re.compile(r"[()\[\]{}\"'“”‘’,;:!?/\\|<>«»…]|\.(?!\d)|(?<!\d)\.")


def split_punctuation(words: list[str]) -> list[str]:
    """Split punctuation characters out of words; the result still concatenates to the input."""
    out: list[str] = []
    search = _PUNCTUATION.search
    for word in words:
        if len(word) < 2 or search(word) is None:
            out.append(word)
            continue
        last = 0
        for match in _PUNCTUATION.finditer(word):
            if match.start() > last:
                out.append(word[last : match.start()])
            out.append(match.group())
            last = match.end()
        if last < len(word):
            out.append(word[last:])
    return out


def ner_words(text: str, engine: str = "nlpo3") -> list[str]:
    return split_punctuation(tokenize_words(text, engine))


class ThaiNerTokenizer(ThaiTokenizer):
    """With `gazetteer_tags`, every token's `tag_` carries its gazetteer class (gazetteer_tags.py),
    which a model config can embed as the TAG attribute. Training builds its input docs with
    this tokenizer too (spaCy's Corpus re-tokenizes the reference text), so both see the same."""

    def __init__(self, vocab, engine: str = "nlpo3", gazetteer_tags: bool = False) -> None:
        super().__init__(vocab, engine=engine)
        self.gazetteer_tags = gazetteer_tags
        # The model's own table (see gazetteer_tags.TAG_TABLE_FILE); None: the live gazetteer.
        self.tag_table: TagTable | None = None

    def __call__(self, text: str) -> Doc:
        return self.from_words(tokenize_words(text, self.engine))

    def from_words(self, words: list[str]) -> Doc:
        """The doc for a text already segmented by this tokenizer's engine (the pipeline's
        `tokens` component has done it): the same doc as `self(text)`, without segmenting
        again."""
        words = split_punctuation(words)
        tags = gazetteer_tags(words, self.tag_table) if self.gazetteer_tags else None
        return Doc(self.vocab, words=words, spaces=[False] * len(words), tags=tags)


@spacy.registry.tokenizers("mjci_extract.ThaiNerTokenizer.v1")
def create_thai_ner_tokenizer(engine: str = "nlpo3", gazetteer_tags: bool = False):
    def make_tokenizer(nlp):
        return ThaiNerTokenizer(nlp.vocab, engine=engine, gazetteer_tags=gazetteer_tags)

    return make_tokenizer
