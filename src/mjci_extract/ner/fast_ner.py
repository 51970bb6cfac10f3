"""A fast inference path for the shipped transition-based NER model: the same weights, the same
arithmetic, the same decisions as spaCy's `ner` component, without its per-token transition loop.

Profiled on whole thaigov briefs (~1,000 tokens), spaCy's greedy parse cost ~100 µs a token:
about 25 µs the CNN, 5 the projection and the precomputed lower layer, and ~70 the transition
loop (each step re-acquires the GIL, allocates, and calls `is_valid` for all 74 moves of every
state) plus reading `doc.text` once per entity. The loop is where the time goes, and for this
model it is simple:

- the state features are B(0) (the current token), E(0) (the first token of the open entity)
  and B(0)-1 when an entity is open, padding vectors otherwise;
- with no entity open, the scores of a token do not depend on earlier decisions at all: they are
  computed for every token at once (one matrix product), and the best valid move (B-, U- or O;
  B- not on the last token, neither B- nor U- on a whitespace token) is taken from them;
- with an entity open, only I-<label> (not on the last token or before a sentence start) and
  L-<label> are valid, and their scores depend on the token and the entity's start only.

So the decoder walks each document in Python only through the tokens inside entities, and
computes those scores a few tokens at a time. The CNN (hash embeddings, maxout, layer norm, four
residual window layers, spaCy's padding of 8 rows between documents) is re-implemented in NumPy
so that its matrix products go through NumPy's BLAS; the embedding tables (and, in
`mjci_extract.MultiHashCharEmbed.v1` models, each byte position's character table) are multiplied
by their block of the first maxout layer once at load, and the projection to the hidden width is
folded into the lower layer (both linear maps, so the result is the same up to float rounding).

`FastNer.supports(nlp)` says whether a pipeline has exactly this shape; the backend falls back to
`nlp.pipe` otherwise. `tests/test_ner_fast.py` checks the spans equal spaCy's.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc
from thinc.api import NumpyOps

try:  # one BLAS thread per worker: extraction scales by worker processes, not BLAS threads
    from threadpoolctl import ThreadpoolController
except ImportError:  # pragma: no cover - threadpoolctl is a dependency
    ThreadpoolController = None

_OPS = NumpyOps()
# Tokens of an open entity scored at a time (entities are a few tokens long).
_CHUNK = 8


@dataclass
class _Embed:
    column: int
    seed: int
    table: numpy.ndarray  # rows x (nP * nO): the hash table times its block of the maxout


def _layers(model, name):
    return [node for node in model.walk() if node.name == name]


def _piece_major(W: numpy.ndarray, b: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """A maxout layer's W (nO, nP, nI) and b (nO, nP) as an (nI, nP*nO) matrix and a bias whose
    columns run piece by piece, so that the max over pieces is an elementwise maximum of
    contiguous blocks (reducing over a trailing axis of 2 or 3 is ~100x slower in NumPy)."""
    nO, nP, nI = W.shape
    return (
        numpy.ascontiguousarray(W.transpose(1, 0, 2).reshape(nP * nO, nI).T, dtype="f"),
        numpy.ascontiguousarray(b.T.reshape(nP * nO), dtype="f"),
    )


def _max_pieces(Y: numpy.ndarray, nP: int) -> numpy.ndarray:
    nO = Y.shape[-1] // nP
    out = numpy.maximum(Y[..., :nO], Y[..., nO : 2 * nO])
    for p in range(2, nP):
        numpy.maximum(out, Y[..., p * nO : (p + 1) * nO], out=out)
    return out


def _layer_norm(X: numpy.ndarray, G: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    """thinc's LayerNorm: (X - mean) / sqrt(var + 1e-8) * G + b, over each row."""
    d = X - X.mean(axis=1, keepdims=True)
    var = numpy.einsum("ij,ij->i", d, d)[:, None]
    var *= 1.0 / X.shape[1]
    var += 1e-08
    numpy.sqrt(var, out=var)
    d /= var
    d *= G
    d += b
    return d


class FastNer:
    """Runs a spaCy `ner` component (TransitionBasedParser, state_type ner, greedy) on docs."""

    def __init__(self, nlp) -> None:
        ner = nlp.get_pipe(nlp.pipe_names[0])
        model = ner.model
        moves = ner.moves
        self.columns = list(_layers(model, "extract_features")[0].attrs["columns"])
        maxouts = _layers(model, "maxout")
        norms = _layers(model, "layernorm")
        # Embedding: concatenated hash vectors -> maxout -> layer norm. The maxout's product
        # with the concatenation is the sum of each table's product with its block of W.
        embed_maxout = maxouts[0]
        nO, nP, nI = embed_maxout.get_param("W").shape
        W, self.embed_bias = _piece_major(embed_maxout.get_param("W"), embed_maxout.get_param("b"))
        self.embed_pieces = nP
        self.embeds = []
        offset = 0
        for layer in _layers(model, "hashembed"):
            E = layer.get_param("E")
            width = E.shape[1]
            self.embeds.append(
                _Embed(
                    column=layer.attrs["column"],
                    seed=layer.attrs["seed"],
                    table=numpy.ascontiguousarray(E @ W[offset : offset + width], dtype="f"),
                )
            )
            offset += width
        # A character embedding (mjci_extract.MultiHashCharEmbed.v1) comes after the hash
        # tables in the concatenation: its table for byte position c times its block of W.
        self.char_tables = None
        chars = _layers(model, "charembed")
        if chars:
            E = chars[0].get_param("E")  # (nC, 256, nM)
            nC, nV, nM = E.shape
            block = W[offset : offset + nC * nM].reshape(nC, nM, -1)
            self.char_tables = numpy.ascontiguousarray(
                numpy.einsum("cvm,cmo->cvo", E, block), dtype="f"
            ).reshape(nC * nV, -1)
            self.char_offsets = (numpy.arange(nC) * nV).astype(numpy.intp)
            offset += nC * nM
        if offset != nI:
            raise ValueError("unexpected embedding layout")
        self.norms = [(n.get_param("G").copy(), n.get_param("b").copy()) for n in norms]
        self.encoder = []
        for maxout in maxouts[1:]:
            W_, b_ = _piece_major(maxout.get_param("W"), maxout.get_param("b"))
            self.encoder.append((W_, b_, maxout.get_param("W").shape[1]))
        self.window = _layers(model, "expand_window")[0].attrs["window_size"]
        self.pad = _cnn_padding(model)
        # The projection to the hidden width (linear) and the precomputable lower layer are both
        # linear: one matrix, columns (feature, piece, hidden).
        proj = [n for n in model.get_ref("tok2vec").walk() if n.name == "linear"][-1]
        lower = model.get_ref("lower")
        nF, nH, nPl, nIl = (lower.get_dim(d) for d in ("nF", "nO", "nP", "nI"))
        Wl = lower.get_param("W").transpose(0, 2, 1, 3).reshape(nF * nPl * nH, nIl)
        Wp, bp = proj.get_param("W"), proj.get_param("b")  # (nIl, width), (nIl,)
        self.lower_W = numpy.ascontiguousarray((Wl @ Wp).T, dtype="f")
        self.lower_b = (Wl @ bp).astype("f")
        self.lower_shape = (nF, nPl, nH)
        w = nPl * nH
        self.lower_parts = [
            (
                numpy.ascontiguousarray(self.lower_W[:, f * w : (f + 1) * w]),
                self.lower_b[f * w : (f + 1) * w].copy(),
            )
            for f in range(nF)
        ]
        self.lower_pad = lower.get_param("pad")[0].transpose(0, 2, 1).reshape(nF, nPl * nH).copy()
        self.hidden_bias = lower.get_param("b").T.reshape(nPl * nH).copy()
        upper = model.get_ref("upper")
        self.upper_W = numpy.ascontiguousarray(upper.get_param("W").T)  # (nH, nClasses)
        self.upper_b = upper.get_param("b").copy()
        unseen = model.attrs.get("unseen_classes") or set()
        self.seen = numpy.array([i not in unseen for i in range(moves.n_moves)])
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        self.labels = sorted({n[2:] for n in names if n[:2] in ("B-", "U-") and len(n) > 2})
        index = {name: i for i, name in enumerate(names)}
        self.begin = numpy.array([index[f"B-{x}"] for x in self.labels])
        self.inside = numpy.array([index[f"I-{x}"] for x in self.labels])
        self.last = numpy.array([index[f"L-{x}"] for x in self.labels])
        self.unit = numpy.array([index[f"U-{x}"] for x in self.labels])
        self.out = index["O"]
        # Closed-state candidates (B-*, U-*, O) in class-index order, for first-max tie-breaks.
        self._candidates = numpy.concatenate([self.begin, self.unit, [self.out]])
        self._order = numpy.argsort(self._candidates, kind="stable")
        self._blas = ThreadpoolController() if ThreadpoolController is not None else None

    @staticmethod
    def supports(nlp) -> bool:
        """Whether `nlp` is one greedy `ner` component over a hash-embedding maxout CNN."""
        if len(nlp.pipe_names) != 1:
            return False
        pipe = nlp.get_pipe(nlp.pipe_names[0])
        if type(pipe).__name__ != "EntityRecognizer" or pipe.cfg.get("beam_width", 1) != 1:
            return False
        model = pipe.model
        if not {"tok2vec", "lower", "upper"} <= set(model.ref_names):
            return False
        names = [n.name for n in model.walk()]
        # Exactly: features -> hash embeddings (and optionally a character embedding, at most
        # one) -> maxout/layer norm -> residual window layers.
        allowed = {
            "extract_features", "list2ragged", "ints-getitem", "hashembed", "maxout",
            "layernorm", "dropout", "ragged2list", "expand_window", "list2array", "linear",
            "precomputable_affine", "charembed",
        }  # fmt: skip
        inner = {n for n in names if ">>" not in n and "|" not in n and "(" not in n}
        if not inner <= allowed | {"parser_model"} or names.count("charembed") > 1:
            return False
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        return (
            lower.name == "precomputable_affine"
            and lower.get_dim("nF") == 3
            and upper is not None
            and bool(model.attrs.get("has_upper", False))
            and names.count("maxout") >= 2
            and names.count("expand_window") == names.count("maxout") - 1
        )

    def _one_thread(self):
        return self._blas.limit(limits=1, user_api="blas") if self._blas else nullcontext()

    # The CNN -------------------------------------------------------------------------------

    def tokvecs(self, docs: list[Doc]) -> numpy.ndarray:
        """The CNN's output for the docs' tokens, concatenated (as spaCy's list2array)."""
        lengths = [len(doc) for doc in docs]
        feats = numpy.concatenate([doc.to_array(self.columns) for doc in docs]).astype("uint64")
        Y = numpy.empty((feats.shape[0], self.embed_bias.shape[0]), dtype="f")
        Y[:] = self.embed_bias
        for embed in self.embeds:
            keys = _OPS.hash(numpy.ascontiguousarray(feats[:, embed.column]), embed.seed)
            keys %= embed.table.shape[0]
            for j in range(keys.shape[1]):
                Y += embed.table[keys[:, j]]
        if self.char_tables is not None:
            nC = self.char_offsets.shape[0]
            ids = numpy.concatenate([doc.to_utf8_array(nr_char=nC) for doc in docs])
            ids = ids.astype(numpy.intp) + self.char_offsets
            for c in range(nC):
                Y += self.char_tables[ids[:, c]]
        X = _layer_norm(_max_pieces(Y, self.embed_pieces), *self.norms[0])
        # The encoder runs over the docs concatenated with `pad` zero rows around each, like
        # thinc's with_array(pad=...): the padding rows' values feed the neighbours' windows.
        pad = self.pad
        total = sum(lengths) + pad * (len(docs) + 1)
        flat = numpy.zeros((total, X.shape[1]), dtype="f")
        rows = numpy.empty(sum(lengths), dtype=numpy.intp)
        row = src = 0
        for n in lengths:
            rows[src : src + n] = numpy.arange(row + pad, row + pad + n)
            row += n + pad
            src += n
        flat[rows] = X
        for (W, b, nP), (G, nb) in zip(self.encoder, self.norms[1:], strict=True):
            Y = _OPS.seq2col(flat, self.window) @ W
            Y += b
            flat += _layer_norm(_max_pieces(Y, nP), G, nb)
        return flat[rows]

    # Decoding ------------------------------------------------------------------------------

    def predict(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """Entities of each doc as (start token, end token, label), as spaCy's `ner` finds."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        todo = [i for i, doc in enumerate(docs) if len(doc)]
        if not todo:
            return out
        with self._one_thread():
            batch = [docs[i] for i in todo]
            found = self._decode(batch, self.tokvecs(batch))
        for i, spans in zip(todo, found, strict=True):
            out[i] = spans
        return out

    def _decode(self, docs, X):
        nP = self.lower_shape[1]
        # Feature 0 (the current token) for every token; features 1 (the entity's first token)
        # and 2 (the previous token) only inside entities, computed there.
        (W0, b0), (W1, b1), (W2, b2) = self.lower_parts
        c0 = X @ W0
        c0 += b0
        bias, pad = self.hidden_bias, self.lower_pad
        # With no entity open, features 1 and 2 are padding (spaCy sums f0, f1, f2, then bias).
        closed = _max_pieces(((c0 + pad[1]) + pad[2]) + bias, nP) @ self.upper_W
        closed += self.upper_b
        lengths = [len(doc) for doc in docs]
        flags = numpy.concatenate([doc.to_array([IS_SPACE, SENT_START]) for doc in docs])
        space = flags[:, 0].astype(bool)
        ends = numpy.cumsum(lengths)
        is_last = numpy.zeros(len(space), dtype=bool)
        is_last[ends - 1] = True
        # A sentence start on the next token of the same doc forbids B- and I- (ner.pyx).
        next_starts = numpy.zeros(len(space), dtype=bool)
        next_starts[:-1] = flags[1:, 1].astype(numpy.int64) == 1
        next_starts &= ~is_last
        best = self._closed_moves(closed, space, is_last | next_starts)
        n_labels = len(self.labels)
        W_upper, b_upper = self.upper_W, self.upper_b
        results = []
        start_of_doc = 0
        for n in lengths:
            spans = []
            lo, hi = start_of_doc, start_of_doc + n
            i = lo
            entities = numpy.flatnonzero(best[lo:hi] >= 0) + lo
            k_ent = 0
            while k_ent < len(entities):
                i = int(entities[k_ent])
                move = int(best[i])
                if move >= n_labels:  # U-
                    spans.append((i - lo, i + 1 - lo, self.labels[move - n_labels]))
                    k_ent += 1
                    continue
                label, first = move, i
                cols = [self.inside[label], self.last[label]]
                Wu, bu = W_upper[:, cols], b_upper[cols]
                c1 = X[first] @ W1
                c1 += b1
                i += 1
                end = None
                while end is None:
                    k = min(_CHUNK, hi - i)
                    c2 = X[i - 1 : i - 1 + k] @ W2
                    c2 += b2
                    pre = (c0[i : i + k] + c1) + c2
                    pre += bias
                    scores = _max_pieces(pre, nP) @ Wu
                    scores += bu
                    for j in range(k):
                        token = i + j
                        stop = is_last[token] or next_starts[token]
                        if stop or scores[j, 0] < scores[j, 1]:
                            end = token + 1
                            break
                    else:
                        i += k
                spans.append((first - lo, end - lo, self.labels[label]))
                # Skip the closed-state candidates inside the entity just read.
                while k_ent < len(entities) and entities[k_ent] < end:
                    k_ent += 1
            results.append(spans)
            start_of_doc = hi
        return results

    def _closed_moves(self, scores, space, no_begin):
        """Per token with no entity open: -1 for O, label index for B-, n_labels + index for U-.

        The valid move with the highest score wins, the lowest class index on ties (spaCy's
        arg_max_if_valid): B- needs a next token in the doc that starts no sentence, and
        neither B- nor U- may start on whitespace."""
        if not self.seen.all():
            scores = scores.copy()
            scores[:, ~self.seen] = scores.min()
        cand = scores[:, self._candidates]
        n_labels = len(self.labels)
        cand[:, :n_labels][space | no_begin] = -numpy.inf
        cand[:, n_labels : 2 * n_labels][space] = -numpy.inf
        choice = self._order[cand[:, self._order].argmax(axis=1)]
        return numpy.where(choice == 2 * n_labels, -1, choice)


def _cnn_padding(model) -> int:
    for node in model.walk():
        if node.name.startswith("with_array(residual"):
            return int(node.attrs.get("pad", 0))
    return 0
